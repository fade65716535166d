import { f as slugify, i as findMeasureById, s as AREAS, t as MAPPA_CATEGORIES } from "./measures-Dj0ua4gL.js";
import { i as periodKeyForStartYear } from "./periods-p4j1Mj8l.js";
import { r as listAnnotations } from "./annotations-DAf014Hh.js";
import { o as EDITION_ORDER_SQL } from "./database-Dvu7gefL.js";
import { t as formatFigure$1 } from "./format-CRIpvfIs.js";
// main/contract/chart/series.ts
/** What each marker status means, said for a reader of the finished chart or table. */
var MARKER_MEANINGS = {
	nil: "nil",
	not_available: "not available",
	not_applicable: "not applicable",
	suppressed: "suppressed to protect identities",
	estimate: "estimate",
	provisional: "provisional",
	revised: "revised",
	low_reliability: "low reliability"
};
var AREA_NAMES = new Map(AREAS.map((area) => [slugify(area.name), area.name]));
var ENGLAND_AND_WALES = "england-and-wales";
var AREA_COUNT = AREAS.filter((area) => area.kind === "area").length;
function areaName(slug, figures = []) {
	return figures.find((figure) => figure.area === slug)?.area_name ?? AREA_NAMES.get(slug) ?? slug;
}
function measureLabel(id) {
	return findMeasureById(id)?.label ?? id;
}
/** Every financial year from `from` to `to`, in order. */
function periodRange(from, to) {
	const periods = [];
	for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) periods.push(periodKeyForStartYear(year));
	return periods;
}
/** The areas a spec shows: "all" is the 42 areas, never England and Wales or Wales. */
function areasOf(spec) {
	if (spec.areas === "all") return AREAS.filter((area) => area.kind === "area").map((area) => slugify(area.name));
	return spec.areas;
}
/** The measures a spec plots; a stacked column without its own list stacks the MAPPA categories, which make the MAPPA total. */
function measuresOf(spec) {
	return spec.type === "stacked" ? spec.measures ?? [...MAPPA_CATEGORIES] : [spec.measure];
}
var keyOf = (area, measure, period) => `${area}|${measure}|${period}`;
function indexFigures(figures) {
	return new Map(figures.map((figure) => [keyOf(figure.area, figure.measure, figure.period), figure]));
}
/** A figure's plotted value and, where it has none, the gap it leaves. */
function plotted(index, area, measure, period) {
	const figure = index.get(keyOf(area, measure, period));
	if (!figure) return {
		value: null,
		token: "no figure",
		meaning: "not in the tables imported"
	};
	if (figure.value === null) return {
		value: null,
		token: figure.raw.trim() || "blank",
		meaning: MARKER_MEANINGS[figure.status] ?? "not a figure"
	};
	return {
		value: figure.value,
		token: null,
		meaning: ""
	};
}
function unitOf(measure) {
	return findMeasureById(measure)?.unit ?? "count";
}
/** England and Wales as a comparison: its rate for rates; for counts, the average per area. */
function referenceOf(index, measure, period) {
	const value = index.get(keyOf(ENGLAND_AND_WALES, measure, period))?.value;
	if (value === null || value === void 0) return null;
	if (unitOf(measure) === "rate") return {
		label: "England and Wales",
		value
	};
	return {
		label: "England and Wales average per area",
		value: Math.round(value / AREA_COUNT)
	};
}
/** What every chart's data starts from: the gaps noted as they are met. */
function baseDataOf(spec, gaps) {
	const measure = measuresOf(spec)[0];
	return {
		type: spec.type,
		unit: unitOf(measure),
		measureLabel: shortMeasureLabel(measure),
		referenceLine: null,
		highlightIndex: null,
		isChange: false,
		gaps
	};
}
function chartDataOf(spec, figures) {
	const index = indexFigures(figures);
	const periods = periodRange(spec.periods.from, spec.periods.to);
	const measures = measuresOf(spec);
	const measure = measures[0];
	const gaps = [];
	const note = (series, category, found) => {
		if (found.token !== null) gaps.push({
			series,
			category,
			token: found.token,
			meaning: found.meaning
		});
	};
	const base = baseDataOf(spec, gaps);
	if (spec.type === "bar") {
		const period = spec.periods.to;
		const rows = areasOf(spec).map((area) => {
			const found = plotted(index, area, measure, period);
			note(areaName(area, figures), period, found);
			return {
				area,
				name: areaName(area, figures),
				value: found.value
			};
		});
		rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.name.localeCompare(b.name));
		const highlightIndex = spec.highlight ? rows.findIndex((row) => row.area === spec.highlight) : -1;
		return {
			...base,
			categories: rows.map((row) => row.name),
			categoryKeys: rows.map((row) => row.area),
			series: [{
				key: measure,
				label: measureLabel(measure),
				role: "series",
				values: rows.map((row) => row.value)
			}],
			referenceLine: spec.reference === "england-and-wales" ? referenceOf(index, measure, period) : null,
			highlightIndex: highlightIndex >= 0 ? highlightIndex : null
		};
	}
	if (spec.type === "stacked") {
		const area = spec.highlight ?? areasOf(spec)[0];
		const held = measures.filter((id) => periods.some((period) => index.has(keyOf(area, id, period))));
		const stacked = spec.measures || held.length === 0 ? measures : held;
		return {
			...base,
			categories: periods,
			categoryKeys: periods,
			series: stacked.map((id) => ({
				key: id,
				label: shortMeasureLabel(id),
				role: "series",
				values: periods.map((period) => {
					const found = plotted(index, area, id, period);
					note(`${areaName(area, figures)} ${shortMeasureLabel(id).charAt(0).toLowerCase()}${shortMeasureLabel(id).slice(1)}`, period, found);
					return found.value;
				})
			}))
		};
	}
	const areas = spec.type === "column" ? [spec.highlight ?? areasOf(spec)[0]] : areasOf(spec);
	const isMany = areas.length > 8;
	const series = areas.map((area) => ({
		key: area,
		label: areaName(area, figures),
		role: area === spec.highlight ? "highlight" : isMany ? "context" : "series",
		values: periods.map((period) => {
			const found = plotted(index, area, measure, period);
			if (!isMany || area === spec.highlight) note(areaName(area, figures), period, found);
			return found.value;
		})
	}));
	if (spec.type === "line" && spec.reference && !areas.includes(spec.reference)) {
		const reference = spec.reference;
		const label = reference === "england-and-wales" ? referenceOf(index, measure, spec.periods.to)?.label ?? (unitOf(measure) === "rate" ? "England and Wales" : "England and Wales average per area") : areaName(reference, figures);
		const values = periods.map((period) => {
			const found = plotted(index, reference, measure, period);
			note(label, period, found);
			return reference === "england-and-wales" ? referenceOf(index, measure, period)?.value ?? null : found.value;
		});
		series.push({
			key: spec.reference,
			label,
			role: "reference",
			values
		});
	}
	series.sort((a, b) => Number(a.role === "highlight") - Number(b.role === "highlight"));
	return {
		...base,
		categories: periods,
		categoryKeys: periods,
		series
	};
}
/** "Registered sexual offenders (Category 1) at 31 March" → "Registered sexual offenders". */
function shortMeasureLabel(id) {
	return measureLabel(id).replace(/\s*\(Category \d\)/, "").replace(/\s+at 31 March$/, "");
}
/** "1,867"; rates as published, up to two decimals. */
function formatValue(value) {
	return value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
}
// main/export/provenance.ts
var PUBLISHER = "Ministry of Justice";
var SAMPLE_SOURCE = "MAPPA Desk sample data (Ministry of Justice figures as quoted by local newspapers)";
/** Qualifier tokens kept beside a number ("1,867 [p]"). */
var QUALIFIER_TOKENS = {
	estimate: "[e]",
	provisional: "[p]",
	revised: "[r]",
	low_reliability: "[u]"
};
/** A figure as a reporter writes it: 1,867 rather than 1867; a marker as published. */
function formatFigure(value, raw) {
	if (value !== null) return formatFigure$1(value);
	return raw.trim() === "" ? "(blank)" : raw.trim();
}
function editionsOf(db, figures) {
	const ids = [...new Set(figures.map((figure) => figure.source.release_id))];
	if (ids.length === 0) return [];
	return db.prepare(`SELECT id AS releaseId, edition_label AS editionLabel, file_name AS fileName, is_sample AS isSample, period
      FROM release r WHERE id IN (${ids.map(() => "?").join(", ")})
      ORDER BY ${EDITION_ORDER_SQL}`).all(...ids).map((row) => ({
		releaseId: row.releaseId,
		editionLabel: row.editionLabel,
		fileName: row.fileName,
		isSample: row.isSample === 1
	}));
}
function joinAnd(items) {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
/** Three or more financial years in a row ("2018/19" … "2023/24") read better as a span. */
function isRunOfYears(years) {
	if (years.length < 3 || !years.every((year) => /^\d{4}\/\d{2}$/.test(year))) return false;
	return years.every((year, index) => index === 0 || Number(year.slice(0, 4)) === Number(years[index - 1].slice(0, 4)) + 1);
}
/** "MAPPA annual report 2022/23" + "… 2023/24" → "MAPPA annual reports 2022/23 and 2023/24"; six in a row → "2018/19 to 2023/24". */
function editionsPhrase(labels) {
	const split = labels.map((label) => /^(.*\breport)\s+(\S.*)$/i.exec(label));
	const prefixes = new Set(split.map((match) => match?.[1].toLowerCase()));
	if (labels.length > 1 && split.every(Boolean) && prefixes.size === 1) {
		const years = split.map((match) => match[2]).sort();
		return `${split[0][1]}s ${isRunOfYears(years) ? `${years[0]} to ${years[years.length - 1]}` : joinAnd(years)}`;
	}
	return joinAnd([...labels].reverse());
}
function sourceLineOf(editions) {
	const published = editions.filter((edition) => !edition.isSample).map((edition) => edition.editionLabel);
	const hasSample = editions.some((edition) => edition.isSample);
	const parts = [];
	if (published.length > 0) parts.push(`${PUBLISHER}, ${editionsPhrase([...new Set(published)])}`);
	if (hasSample) parts.push(SAMPLE_SOURCE);
	if (parts.length === 0) return `Source: ${PUBLISHER}, MAPPA annual reports`;
	return `Source: ${parts.join("; ")}`;
}
/** The source line for figures known by their editions' labels (a lead's), each sample or published as the store holds it. */
function sourceLineForLabels(db, labels) {
	const unique = [...new Set(labels)];
	if (unique.length === 0) return sourceLineOf([]);
	return sourceLineOf(db.prepare(`SELECT id AS releaseId, edition_label AS editionLabel, file_name AS fileName, is_sample AS isSample FROM release r WHERE edition_label IN (${unique.map(() => "?").join(", ")}) ORDER BY ${EDITION_ORDER_SQL}`).all(...unique).map((row) => ({
		releaseId: row.releaseId,
		editionLabel: row.editionLabel,
		fileName: row.fileName,
		isSample: row.isSample === 1
	})));
}
function shortDate(iso) {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return date.toLocaleDateString("en-GB", {
		day: "numeric",
		month: "short",
		timeZone: "UTC"
	});
}
function editsOf(db, figures) {
	const edited = figures.filter((figure) => figure.edited);
	if (edited.length === 0) return [];
	const isOneMeasure = new Set(figures.map((figure) => figure.measure)).size === 1;
	const select = db.prepare(`SELECT a.slug AS area, a.name AS area_name, ae.measure_id AS measure, ae.period, ae.before_value, ae.before_raw,
      ae.after_value, ae.after_raw, ae.reason, ae.at
    FROM active_edit ae JOIN area a ON a.id = ae.area_id WHERE a.slug = ? AND ae.measure_id = ? AND ae.period = ?`);
	return edited.flatMap((figure) => {
		const row = select.get(figure.area, figure.measure, figure.period);
		if (!row) return [];
		const what = isOneMeasure ? `${row.area_name} ${row.period}` : `${row.area_name} ${row.period} (${measureLabel(row.measure)})`;
		const before = formatFigure(row.before_value, row.before_raw ?? "");
		const after = formatFigure(row.after_value, row.after_raw);
		return [{
			area: row.area,
			measure: row.measure,
			period: row.period,
			line: `${what} corrected from ${before} to ${after}: ${row.reason}, ${shortDate(row.at)}`
		}];
	});
}
function isNoteOnShown(note, figures, releaseIds) {
	const target = note.target;
	switch (target.kind) {
		case "cell": return figures.some((figure) => figure.area === target.area && figure.measure === target.measure && figure.period === target.period);
		case "area": return figures.some((figure) => figure.area === target.area);
		case "period": return figures.some((figure) => figure.period === target.period && (!target.measure || figure.measure === target.measure));
		case "measure": return figures.some((figure) => figure.measure === target.measure);
		case "release": return target.releaseId !== null && releaseIds.has(target.releaseId);
	}
}
function notesOf(db, figures, releaseIds) {
	if (figures.length === 0) return [];
	return listAnnotations(db).filter((note) => isNoteOnShown(note, figures, releaseIds)).reverse().map((note) => ({
		targetLabel: note.targetLabel,
		text: note.text,
		line: `${note.targetLabel}: ${note.text}`
	}));
}
/** The token a figure shows for its status: "[c]" or "*" as published, "[p]" beside a number. */
function markerToken(figure) {
	if (!MARKER_MEANINGS[figure.status]) return null;
	const qualifier = QUALIFIER_TOKENS[figure.status];
	if (qualifier) return qualifier;
	return figure.raw.trim() || null;
}
function markersOf(figures) {
	const seen = /* @__PURE__ */ new Map();
	for (const figure of figures) {
		const token = markerToken(figure);
		if (token !== null && !seen.has(token)) seen.set(token, MARKER_MEANINGS[figure.status]);
	}
	return [...seen].map(([token, meaning]) => ({
		token,
		meaning
	}));
}
function footnoteRef(ref) {
	return /^\d+$/.test(ref) ? `[note ${ref}]` : ref;
}
function footnotesOf(db, figures) {
	const select = db.prepare("SELECT text FROM footnote WHERE release_id = ? AND ref = ?").pluck();
	const seen = /* @__PURE__ */ new Map();
	for (const figure of figures) for (const ref of figure.footnotes) {
		const text = select.get(figure.source.release_id, ref);
		const footnote = {
			ref: footnoteRef(ref),
			text: text ?? ""
		};
		if (text !== void 0 && !seen.has(`${footnote.ref}|${text}`)) seen.set(`${footnote.ref}|${text}`, footnote);
	}
	return [...seen.values()];
}
function provenanceOf(db, figures) {
	const editions = editionsOf(db, figures);
	const releaseIds = new Set(editions.map((edition) => edition.releaseId));
	return {
		sourceLine: sourceLineOf(editions),
		editions,
		edits: editsOf(db, figures),
		notes: notesOf(db, figures, releaseIds),
		markers: markersOf(figures),
		footnotes: footnotesOf(db, figures)
	};
}
/** "1,867 (Ministry of Justice, MAPPA annual report 2021/22, sheet \"Area tables\", cell B18)" */
function citeFigure(figure) {
	const where = `${figure.source.is_sample ? SAMPLE_SOURCE : `${PUBLISHER}, ${figure.source.release}`}, sheet "${figure.source.sheet}", cell ${figure.source.cell}`;
	const shown = formatFigure(figure.value, figure.raw);
	if (!figure.edited || !figure.original) return `${shown} (${where})`;
	return `${shown} (corrected from ${formatFigure(figure.original.value, figure.original.raw)}: ${figure.reason ?? "no reason given"}; ${where})`;
}
export { ENGLAND_AND_WALES as a, baseDataOf as c, indexFigures as d, measuresOf as f, shortMeasureLabel as h, sourceLineForLabels as i, chartDataOf as l, referenceOf as m, formatFigure as n, areaName as o, plotted as p, provenanceOf as r, areasOf as s, citeFigure as t, formatValue as u };
