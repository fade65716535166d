import { t as documentText } from "./safe-text-B1drZhbS.js";
import { a as matchMeasure, t as MAPPA_CATEGORIES } from "./measures-Dj0ua4gL.js";
import { t as AppError } from "./errors-D5rubfHc.js";
import { t as currentFigures } from "./figures-XTJ_aqNy.js";
import { a as oneInN, d as wholeRate, n as areaPopulation, o as percentChange, r as change, s as rankAmong, t as RATE_PAIRS, u as share } from "./derived-BSlZwqEX.js";
import { t as mappaTotal } from "./total-BVq_KHOG.js";
import { i as periodKeyForStartYear } from "./periods-p4j1Mj8l.js";
import { i as toCell, n as figureKey, o as warningsFor, t as currentRows } from "./current-BYzmbNyk.js";
import { p as assertMeasure, u as areaIdOf } from "./annotations-DAf014Hh.js";
import { _ as getSetting } from "./database-Dvu7gefL.js";
import { n as formatFigure, r as provenanceOf } from "./provenance-CJ1M823P.js";
import { i as derivedText, r as derivedData, t as DERIVED_COLUMNS } from "./derived-columns-CkM9NlLd.js";
// main/store/pivots.ts
/** Measures the derived figures need besides the one shown: the counts and rates that give a population, the total and its categories. */
var SUPPORT = [.../* @__PURE__ */ new Set([
	"total",
	...MAPPA_CATEGORIES,
	...RATE_PAIRS.flatMap((pair) => [pair.count, pair.rate])
])];
function markedKeys(db, sql) {
	return new Set(db.prepare(sql).all().map((row) => figureKey(row.area, row.measure, row.period)));
}
var previousPeriod = (period) => periodKeyForStartYear(Number(period.slice(0, 4)) - 1);
function buildLookup(rows) {
	const byKey = /* @__PURE__ */ new Map();
	const kinds = /* @__PURE__ */ new Map();
	for (const row of rows) {
		byKey.set(figureKey(row.area, row.measure, row.period), row);
		kinds.set(row.area, row.area_kind);
	}
	return {
		value: (area, measure, period) => byKey.get(figureKey(area, measure, period))?.value,
		imported: (area, measure, period) => byKey.get(figureKey(area, measure, period))?.imported_value,
		row: (area, measure, period) => byKey.get(figureKey(area, measure, period)),
		kind: (area) => kinds.get(area) ?? "other"
	};
}
var whole = (value) => value === void 0 ? void 0 : Math.round(value);
/** Derived figures for one area, measure and period; ranks are filled in separately. */
function derive(lookup, area, measure, period, kinds) {
	const shown = lookup.row(area, measure, period);
	const value = shown?.value;
	const derived = {};
	const put = (kind, result) => {
		if (kinds.has(kind) && result !== void 0) derived[kind] = result;
	};
	const previous = lookup.value(area, measure, previousPeriod(period));
	put("change", change(value, previous));
	put("percentChange", percentChange(value, previous));
	const isRate = shown?.unit === "rate";
	if (!isRate && measure !== "total" && shown?.measure_kind === "snapshot") {
		const total = mappaTotal((part) => {
			const row = lookup.row(area, part, period);
			return row && { value: row.value ?? void 0 };
		});
		put("share", share(value, total?.value));
	}
	const rate = isRate ? value ?? void 0 : wholeRate(value, areaPopulation((count, at) => lookup.imported(area, count, at), period));
	if (!isRate) put("rate", rate);
	if (measure === "rso" || measure === "rso_rate" || measure === "total" || measure === "total_rate") put("oneInN", whole(oneInN(rate)));
	return derived;
}
function addRanks(rows, kinds, placeFor) {
	if (!kinds.has("rank")) return;
	for (const row of rows) for (const period of Object.keys(row.cells)) {
		const place = placeFor(row, period);
		if (place !== void 0) row.derived[period] = {
			...row.derived[period],
			rank: place.rank,
			rankOf: place.of,
			rankTied: place.isTied
		};
	}
}
/** Places among the 42 areas only: totals and the National Security Division are never ranked. */
function placesOf(lookup, areas, measure, period) {
	return rankAmong(new Map(areas.filter((area) => lookup.kind(area) === "area").map((area) => [area, lookup.value(area, measure, period)])));
}
function marks(db) {
	return {
		annotated: markedKeys(db, `SELECT a.slug AS area, n.measure_id AS measure, n.period FROM annotation n JOIN area a ON a.id = n.area_id
      WHERE n.deleted_at IS NULL AND n.target_kind = 'cell'`),
		revised: markedKeys(db, "SELECT a.slug AS area, r.measure_id AS measure, r.period FROM revision r JOIN area a ON a.id = r.area_id")
	};
}
function cellOf(row, marked, warnings) {
	const key = figureKey(row.area, row.measure, row.period);
	return toCell(row, {
		isAnnotated: marked.annotated.has(key),
		isRevised: marked.revised.has(key)
	}, warnings.get(key));
}
function measurePivot(db, measure, kinds = /* @__PURE__ */ new Set()) {
	assertMeasure(db, measure);
	const rows = currentRows(db, { measures: [.../* @__PURE__ */ new Set([measure, ...SUPPORT])] });
	const lookup = buildLookup(rows);
	const shown = rows.filter((row) => row.measure === measure);
	const marked = marks(db);
	const warnings = warningsFor(db, shown);
	const annotatedAreas = new Set(db.prepare("SELECT a.slug FROM annotation n JOIN area a ON a.id = n.area_id WHERE n.deleted_at IS NULL AND n.target_kind = 'area'").pluck().all());
	const home = getSetting(db, "homeArea");
	const byArea = /* @__PURE__ */ new Map();
	for (const row of shown) {
		let pivotRow = byArea.get(row.area);
		if (!pivotRow) {
			pivotRow = {
				key: row.area,
				label: row.area_name,
				areaKind: row.area_kind,
				isHome: row.area === home,
				isAnnotated: annotatedAreas.has(row.area),
				cells: {},
				derived: {}
			};
			byArea.set(row.area, pivotRow);
		}
		pivotRow.cells[row.period] = cellOf(row, marked, warnings);
		pivotRow.derived[row.period] = derive(lookup, row.area, measure, row.period, kinds);
	}
	const pivotRows = [...byArea.values()];
	const areas = pivotRows.map((row) => row.key);
	const placeCache = /* @__PURE__ */ new Map();
	addRanks(pivotRows, kinds, (row, period) => {
		if (!placeCache.has(period)) placeCache.set(period, placesOf(lookup, areas, measure, period));
		return placeCache.get(period).get(row.key);
	});
	return {
		by: "measure",
		subject: db.prepare("SELECT id, label, unit FROM measure WHERE id = ?").get(measure),
		periods: [...new Set(shown.map((row) => row.period))].sort(),
		annotatedPeriods: annotatedPeriodsOf(db, measure),
		rows: pivotRows
	};
}
function annotatedPeriodsOf(db, measure) {
	return db.prepare("SELECT DISTINCT period FROM annotation WHERE deleted_at IS NULL AND target_kind = 'period' AND (measure_id IS NULL OR measure_id = ?) ORDER BY period").pluck().all(measure);
}
function areaPivot(db, area, kinds = /* @__PURE__ */ new Set()) {
	areaIdOf(db, area);
	const rows = currentRows(db);
	const lookup = buildLookup(rows);
	const shown = rows.filter((row) => row.area === area);
	const marked = marks(db);
	const warnings = warningsFor(db, shown);
	const annotatedMeasures = new Set(db.prepare("SELECT measure_id FROM annotation WHERE deleted_at IS NULL AND target_kind = 'measure'").pluck().all());
	const byMeasure = /* @__PURE__ */ new Map();
	for (const row of shown) {
		let pivotRow = byMeasure.get(row.measure);
		if (!pivotRow) {
			pivotRow = {
				key: row.measure,
				label: row.measure_label,
				areaKind: null,
				isHome: false,
				isAnnotated: annotatedMeasures.has(row.measure),
				cells: {},
				derived: {}
			};
			byMeasure.set(row.measure, pivotRow);
		}
		pivotRow.cells[row.period] = cellOf(row, marked, warnings);
		pivotRow.derived[row.period] = derive(lookup, area, row.measure, row.period, kinds);
	}
	const allAreas = [...new Set(rows.map((row) => row.area))];
	const pivotRows = [...byMeasure.values()];
	addRanks(pivotRows, kinds, (row, period) => placesOf(lookup, allAreas, row.key, period).get(area));
	return {
		by: "area",
		subject: db.prepare("SELECT slug AS id, name AS label, kind FROM area WHERE slug = ?").get(area),
		periods: [...new Set(shown.map((row) => row.period))].sort(),
		annotatedPeriods: annotatedPeriodsOf(db, null),
		rows: pivotRows
	};
}
// main/export/tables/spec.ts
var DERIVED_NOTE = "Columns marked as change, per cent change, share, rate, one in N or rank are worked out by MAPPA Desk from the published figures; they are not official statistics.";
/** "Ranks are among the 42 areas with a figure (1 = highest; "=" marks a shared rank)." */
function rankNote(pivot, periods) {
	const counts = new Set(pivot.rows.flatMap((row) => periods.map((period) => row.derived[period]?.rankOf).filter((of) => of !== void 0)));
	return ` Ranks are among ${counts.size === 1 ? `the ${[...counts][0]} areas with a figure` : "the areas with a figure in each year"} (1 = highest; "=" marks a shared rank); England and Wales is not ranked.`;
}
var MISSING = {
	token: "[x]",
	meaning: "not available"
};
var NOT_APPLICABLE = {
	token: "[z]",
	meaning: "not applicable"
};
var QUALIFIERS = {
	estimate: "[e]",
	provisional: "[p]",
	revised: "[r]",
	low_reliability: "[u]"
};
function decimalsOf(value, raw) {
	const shown = /\d\.(\d+)/.exec(raw);
	if (shown) return Math.min(shown[1].length, 6);
	const own = /\.(\d+)$/.exec(String(value));
	return own ? Math.min(own[1].length, 2) : 0;
}
/** One published figure as shown and as a data file holds it. */
function figureCell(cell) {
	const base = {
		isSigned: false,
		isEdited: cell?.isEdited ?? false
	};
	if (!cell) return {
		...base,
		value: null,
		text: MISSING.token,
		data: MISSING.token,
		decimals: 0,
		status: "missing"
	};
	const qualifier = QUALIFIERS[cell.status];
	if (cell.value !== null && cell.status !== "text") {
		const decimals = decimalsOf(cell.value, cell.raw);
		const text = cell.status === "nil" ? cell.raw.trim() || "0" : formatFigure(cell.value, cell.raw);
		const data = qualifier ? `${cell.value} ${qualifier}` : cell.value;
		return {
			...base,
			value: cell.value,
			text: qualifier ? `${text} ${qualifier}` : text,
			data,
			decimals,
			status: cell.status
		};
	}
	const token = cell.raw.trim() || MISSING.token;
	return {
		...base,
		value: null,
		text: token,
		data: token,
		decimals: 0,
		status: cell.status
	};
}
function derivedCell(info, value, isTied, isRanked) {
	const base = {
		isSigned: info.isSigned,
		isEdited: false,
		status: "derived",
		decimals: info.decimals
	};
	if (info.kind === "rank" && !isRanked) return {
		...base,
		value: null,
		text: NOT_APPLICABLE.token,
		data: NOT_APPLICABLE.token,
		status: "not_applicable"
	};
	if (value === void 0 || !Number.isFinite(value)) return {
		...base,
		value: null,
		text: MISSING.token,
		data: MISSING.token,
		status: "missing"
	};
	return {
		...base,
		value: derivedData(info.kind, value),
		text: derivedText(info.kind, value, { isTied }),
		data: derivedData(info.kind, value)
	};
}
function chosen(all, wanted, what, known) {
	if (!wanted || wanted.length === 0) return [...all];
	for (const value of wanted) if (!known(value)) throw new AppError("bad_input", `Unknown ${what} "${value}"`);
	return [...new Set(wanted)];
}
function pivotOf(db, request, kinds) {
	return request.by === "area" ? areaPivot(db, request.subject, kinds) : measurePivot(db, request.subject, kinds);
}
/** Default rows: the 42 areas then England and Wales (by measure), or every measure (by area). */
function defaultRows(pivot) {
	if (pivot.by === "area") return pivot.rows.map((row) => row.key);
	const areas = pivot.rows.filter((row) => row.areaKind === "area").map((row) => row.key);
	return pivot.rows.some((row) => row.key === "england-and-wales") ? [...areas, "england-and-wales"] : areas;
}
function rowLabels(db, by) {
	const sql = by === "measure" ? "SELECT slug AS key, name AS label, kind FROM area" : "SELECT id AS key, label, 'measure' AS kind FROM measure";
	const rows = db.prepare(sql).all();
	return new Map(rows.map((row) => [row.key, {
		label: row.label,
		kind: row.kind
	}]));
}
function columnsOf(periods, kinds) {
	const infos = DERIVED_COLUMNS.filter((info) => kinds.includes(info.kind));
	return periods.flatMap((period) => [{
		key: period,
		period,
		kind: "figure",
		header: period,
		dataHeader: period
	}, ...infos.map((info) => ({
		key: `${period}|${info.kind}`,
		period,
		kind: info.kind,
		header: `${period} ${info.tableHeader}`,
		dataHeader: `${period} ${info.tableHeader} [derived]`
	}))]);
}
function titleOf(request, subjectLabel, periods) {
	const given = request.title?.trim();
	if (given) return given;
	const span = periods.length === 0 ? "" : periods.length === 1 ? `, ${periods[0]}` : `, ${periods[0]} to ${periods[periods.length - 1]}`;
	return request.by === "area" ? `${subjectLabel}: MAPPA figures by measure${span}` : `${subjectLabel}, by area${span}`;
}
function dataTitleOf(title, by, subject) {
	if (by === "area" || matchMeasure(title)?.id === subject.id) return title;
	return `${title} (${subject.label})`;
}
function shownFigures(db, request, rows, periods) {
	const query = request.by === "area" ? { area: request.subject } : { measure: request.subject };
	const rowSet = new Set(rows);
	const periodSet = new Set(periods);
	return currentFigures(db, query).filter((figure) => rowSet.has(request.by === "area" ? figure.measure : figure.area) && periodSet.has(figure.period));
}
function notesOf(provenance, derivedNote) {
	return [
		...derivedNote ? [{
			kind: "derived",
			text: derivedNote
		}] : [],
		...provenance.footnotes.map((footnote) => ({
			kind: "footnote",
			text: footnote.text
		})),
		...provenance.notes.map((note) => ({
			kind: "note",
			text: note.line
		})),
		...provenance.edits.map((edit) => ({
			kind: "edit",
			text: edit.line
		}))
	].map((note, index) => ({
		...note,
		ref: `[note ${index + 1}]`
	}));
}
function buildTableSpec(db, request) {
	const by = request.by ?? "measure";
	const kinds = [...new Set(request.derived ?? [])];
	const pivot = pivotOf(db, {
		...request,
		by
	}, new Set(kinds));
	const labels = rowLabels(db, by);
	const rowKeys = chosen(defaultRows(pivot), request.rows, by === "measure" ? "area" : "measure", (key) => labels.has(key));
	const periods = chosen(pivot.periods, request.periods, "period", (period) => /^\d{4}\/\d{2}$/.test(period)).sort();
	const columns = columnsOf(periods, kinds);
	const byKey = new Map(pivot.rows.map((row) => [row.key, row]));
	const highlight = by === "measure" ? request.highlight === void 0 ? getSetting(db, "homeArea") : request.highlight : null;
	const rows = rowKeys.map((key) => {
		const row = byKey.get(key);
		const label = labels.get(key);
		return {
			key,
			label: row?.label ?? label.label,
			kind: label.kind,
			isHighlighted: key === highlight,
			cells: columns.map((column) => {
				if (column.kind === "figure") return figureCell(row?.cells[column.period]);
				const derived = row?.derived[column.period];
				const value = derived?.[column.kind];
				return derivedCell(DERIVED_COLUMNS.find((candidate) => candidate.kind === column.kind), value, column.kind === "rank" && derived?.rankTied === true, by === "area" || label.kind === "area");
			})
		};
	});
	const figures = shownFigures(db, {
		...request,
		by
	}, rowKeys, periods);
	const provenance = provenanceOf(db, figures);
	const markers = [...provenance.markers];
	for (const [status, marker] of [["missing", MISSING], ["not_applicable", NOT_APPLICABLE]]) if (rows.some((row) => row.cells.some((cell) => cell.status === status || cell.status !== "derived" && cell.data === marker.token)) && !markers.some((known) => known.token === marker.token)) markers.push(marker);
	const subject = {
		id: pivot.subject.id,
		label: pivot.subject.label
	};
	const title = titleOf({
		...request,
		by
	}, subject.label, periods);
	return {
		by,
		title,
		dataTitle: dataTitleOf(title, by, subject),
		subject,
		rowHeader: by === "measure" ? "Area" : "Measure",
		columns,
		rows,
		sourceLine: provenance.sourceLine,
		markers,
		notes: notesOf(provenance, kinds.length === 0 ? null : `${DERIVED_NOTE}${kinds.includes("rank") ? rankNote(pivot, periods) : ""}`),
		figures,
		madeOn: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
	};
}
/** "[x] not available; [c] suppressed": each marker in the table explained once. */
function markersLine(spec) {
	return spec.markers.length === 0 ? null : spec.markers.map((marker) => `${marker.token} ${marker.meaning}`).join("; ");
}
/** Every line that goes under a table, in order: source, markers, numbered notes. */
function footerLines(spec) {
	const markers = markersLine(spec);
	return [
		spec.sourceLine,
		...markers ? [`Markers: ${markers}`] : [],
		...spec.notes.map((note) => `${note.ref} ${note.text}`)
	];
}
// main/export/tables/html.ts
var ESCAPES = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"\"": "&quot;",
	"'": "&#39;"
};
/** Text as HTML character data or an attribute value: markup escaped, characters XML forbids dropped. */
function escapeHtml(text) {
	return documentText(text).replace(/[&<>"']/g, (character) => ESCAPES[character]);
}
/** House style: one sans-serif at news-table sizes, hairlines between rows, tabular figures. */
var HOUSE = {
	table: "border-collapse:collapse;width:100%;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.35;color:#1a1a1a",
	caption: "caption-side:top;text-align:left;font-size:17px;font-weight:700;padding:0 0 8px",
	headCell: "text-align:right;vertical-align:bottom;padding:6px 8px;border-bottom:2px solid #1a1a1a;font-weight:700",
	headLabel: "text-align:left;vertical-align:bottom;padding:6px 8px;border-bottom:2px solid #1a1a1a;font-weight:700",
	rowLabel: "text-align:left;padding:5px 8px;border-bottom:1px solid #d9d9d9;font-weight:400",
	figure: "text-align:right;padding:5px 8px;border-bottom:1px solid #d9d9d9;font-variant-numeric:tabular-nums;white-space:nowrap",
	derived: "font-style:italic;color:#4d4d4d",
	marker: "color:#6b6b6b",
	highlight: "background:#fff1b8;font-weight:700",
	total: "border-top:2px solid #1a1a1a;font-weight:700",
	foot: "text-align:left;padding:6px 8px 0;font-size:12px;color:#4d4d4d;font-weight:400"
};
function cellStyle(cell) {
	const extra = cell.status === "derived" ? `;${HOUSE.derived}` : cell.value === null ? `;${HOUSE.marker}` : "";
	return `${HOUSE.figure}${extra}`;
}
function tableHtml(spec) {
	const width = spec.columns.length + 1;
	const head = [`<th scope="col" style="${HOUSE.headLabel}">${escapeHtml(spec.rowHeader)}</th>`, ...spec.columns.map((column) => `<th scope="col" style="${HOUSE.headCell}">${escapeHtml(column.header)}</th>`)];
	const body = spec.rows.map((row) => {
		const rowStyle = [row.isHighlighted ? HOUSE.highlight : "", row.kind === "total" ? HOUSE.total : ""].filter(Boolean).join(";");
		const cells = [`<th scope="row" style="${HOUSE.rowLabel}${row.isHighlighted || row.kind === "total" ? ";font-weight:700" : ""}">${escapeHtml(row.label)}</th>`, ...row.cells.map((cell) => `<td style="${cellStyle(cell)}">${escapeHtml(cell.text)}</td>`)];
		return `<tr${rowStyle ? ` style="${rowStyle}"` : ""}>${cells.join("")}</tr>`;
	});
	const foot = footerLines(spec).map((text) => `<tr><td colspan="${width}" style="${HOUSE.foot}">${escapeHtml(text)}</td></tr>`);
	return [
		`<table style="${HOUSE.table}">`,
		`<caption style="${HOUSE.caption}">${escapeHtml(spec.title)}</caption>`,
		`<thead><tr>${head.join("")}</tr></thead>`,
		`<tbody>`,
		...body,
		`</tbody>`,
		`<tfoot>`,
		...foot,
		`</tfoot>`,
		`</table>`,
		""
	].join("\n");
}
function writeHtml(spec) {
	return new TextEncoder().encode(tableHtml(spec));
}
export { footerLines as a, measurePivot as c, buildTableSpec as i, tableHtml as n, markersLine as o, writeHtml as r, areaPivot as s, escapeHtml as t };
