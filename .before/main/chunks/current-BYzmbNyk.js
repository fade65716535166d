import { i as impliedPopulation, t as RATE_PAIRS } from "./derived-BSlZwqEX.js";
import { t as formatFigure } from "./format-CRIpvfIs.js";
// main/domain/consistency.ts
/**
* The MoJ publishes rates as whole numbers, so a rate r stands for anything in [r − 0.5, r + 0.5).
* Between years the population aged 10+ of an area moves by well under 1.5% a year (ONS
* mid-year estimates, 2011–2023); 2% more covers re-based estimates after a census.
*/
var RATE_ROUNDING = .5;
var SAME_YEAR_TOLERANCE = .005;
var BASE_TOLERANCE = .02;
var TOLERANCE_PER_YEAR = .015;
function populationOf(count, rate, period) {
	if (count === null || rate === null || !(count > 0) || !(rate > RATE_ROUNDING)) return void 0;
	return {
		low: impliedPopulation(count, rate + RATE_ROUNDING),
		high: impliedPopulation(count, rate - RATE_ROUNDING),
		period
	};
}
var yearOf = (period) => Number(period.slice(0, 4));
function agrees(a, b, tolerance) {
	return a.low <= b.high * (1 + tolerance) && a.high >= b.low * (1 - tolerance);
}
var keyOf = (area, measure, period) => `${area}|${measure}|${period}`;
var roundPopulation = (value) => formatFigure(Math.round(value / 1e3) * 1e3);
/**
* Warnings keyed `area|measure|period`, on both the count and the rate of a pair that disagree:
* with the same year's imported figures (where either was edited), or with most of the
* populations the area's other years and other pairs imply.
*/
function rateCountWarnings(figures) {
	const byKey = new Map(figures.map((figure) => [keyOf(figure.area, figure.measure, figure.period), figure]));
	const warnings = /* @__PURE__ */ new Map();
	const areas = /* @__PURE__ */ new Map();
	for (const figure of figures) areas.set(figure.area, figure.areaName);
	for (const [area] of areas) {
		const current = [];
		for (const pair of RATE_PAIRS) {
			const periods = new Set(figures.filter((figure) => figure.area === area && figure.measure === pair.count).map((figure) => figure.period));
			for (const period of periods) {
				const count = byKey.get(keyOf(area, pair.count, period));
				const rate = byKey.get(keyOf(area, pair.rate, period));
				const interval = count && rate ? populationOf(count.value, rate.value, period) : void 0;
				if (count && rate && interval) current.push({
					pair,
					count,
					rate,
					interval
				});
			}
		}
		for (const entry of current) {
			const { count, rate, interval, pair } = entry;
			const imported = count.value !== count.importedValue || rate.value !== rate.importedValue ? populationOf(count.importedValue, rate.importedValue, count.period) : void 0;
			const others = current.filter((other) => other !== entry);
			const disagreeing = others.filter((other) => !agrees(interval, other.interval, BASE_TOLERANCE + TOLERANCE_PER_YEAR * Math.abs(yearOf(other.interval.period) - yearOf(interval.period))));
			const isOffImported = imported !== void 0 && !agrees(interval, imported, SAME_YEAR_TOLERANCE);
			const isOffOthers = others.length > 0 && disagreeing.length * 2 > others.length;
			if (!isOffImported && !isOffOthers) continue;
			const reference = isOffImported ? imported : median(others.map((other) => other.interval));
			const warning = {
				code: "rate_count_disagree",
				message: `${formatFigure(count.value)} ${pair.label} at a rate of ${formatFigure(rate.value)} per 100,000 imply about ${roundPopulation((interval.low + interval.high) / 2)} people aged 10 and over, but ` + (isOffImported ? `the published ${count.period} figures imply about ` : `the area's other figures imply about `) + `${roundPopulation((reference.low + reference.high) / 2)}: the count and the rate disagree`
			};
			for (const figure of [count, rate]) {
				const key = keyOf(figure.area, figure.measure, figure.period);
				warnings.set(key, [...warnings.get(key) ?? [], warning]);
			}
		}
	}
	return warnings;
}
function median(intervals) {
	const sorted = [...intervals].sort((a, b) => a.low + a.high - (b.low + b.high));
	return sorted[Math.floor(sorted.length / 2)];
}
// main/store/current.ts
function currentRows(db, filter = {}) {
	const measures = filter.measures ?? null;
	const measureClause = measures ? `AND cf.measure_id IN (${measures.map(() => "?").join(", ")})` : "";
	return db.prepare(`SELECT a.slug AS area, a.name AS area_name, a.kind AS area_kind, cf.measure_id AS measure, m.label AS measure_label, m.unit,
        m.kind AS measure_kind, cf.period, cf.value, cf.status, cf.raw, cf.imported_value, cf.imported_status, cf.imported_raw,
        cf.stored_value, cf.edit_id, cf.edit_reason, cf.basis_value, cf.basis_status, cf.basis_raw, cf.basis_edition, cf.is_stale_edit,
        cf.footnotes, cf.file_name, cf.sheet, cf.cell, cf.edition_label, cf.release_id, cf.is_sample
      FROM current_figure cf JOIN area a ON a.id = cf.area_id JOIN measure m ON m.id = cf.measure_id
      WHERE (? IS NULL OR a.slug = ?) AND (? IS NULL OR cf.period = ?) ${measureClause}
      ORDER BY a.sort_order, m.sort_order, cf.period`).all(filter.area ?? null, filter.area ?? null, filter.period ?? null, filter.period ?? null, ...measures ?? []);
}
var figureKey = (area, measure, period) => `${area}|${measure}|${period}`;
function sourceOf(row) {
	return {
		file: row.file_name,
		sheet: row.sheet,
		cell: row.cell,
		release: row.edition_label,
		release_id: row.release_id,
		is_sample: row.is_sample === 1
	};
}
/** The imported figure an edit corrected (its basis), or the imported figure where the basis is unknown. */
function originalOf(row) {
	if (row.edit_id === null) return null;
	if (row.basis_status !== null && row.basis_raw !== null) return {
		value: row.basis_value,
		raw: row.basis_raw,
		status: row.basis_status
	};
	return {
		value: row.imported_value,
		raw: row.imported_raw,
		status: row.imported_status
	};
}
function staleEditOf(row) {
	if (row.edit_id === null || row.is_stale_edit !== 1) return null;
	return {
		editId: row.edit_id,
		madeAgainst: row.basis_edition ?? "an earlier edition",
		newEdition: row.edition_label,
		nowSays: {
			value: row.imported_value,
			raw: row.imported_raw
		}
	};
}
/** The stored value where the sheet held more precision than it showed. */
function storedValueOf(row) {
	return row.stored_value !== null && row.stored_value !== row.imported_value ? row.stored_value : null;
}
function toFigure(row, warnings = []) {
	const original = originalOf(row);
	const stale = staleEditOf(row);
	const stored = storedValueOf(row);
	return {
		area: row.area,
		area_name: row.area_name,
		area_kind: row.area_kind,
		measure: row.measure,
		period: row.period,
		value: row.value,
		status: row.status,
		raw: row.raw,
		footnotes: row.footnotes ? row.footnotes.split(" ") : [],
		edited: row.edit_id !== null,
		...original ? {
			original,
			reason: row.edit_reason ?? ""
		} : {},
		...stale ? { stale_edit: stale } : {},
		...stored !== null ? { stored_value: stored } : {},
		...warnings.length > 0 ? { warnings: [...warnings] } : {},
		source: sourceOf(row)
	};
}
function toCell(row, marks, warnings = []) {
	return {
		value: row.value,
		status: row.status,
		raw: row.raw,
		isEdited: row.edit_id !== null,
		original: originalOf(row),
		editId: row.edit_id,
		reason: row.edit_reason,
		isAnnotated: marks.isAnnotated,
		isRevised: marks.isRevised,
		footnotes: row.footnotes ? row.footnotes.split(" ") : [],
		source: sourceOf(row),
		storedValue: storedValueOf(row),
		staleEdit: staleEditOf(row),
		warnings: [...warnings]
	};
}
var PAIR_MEASURES = RATE_PAIRS.flatMap((pair) => [pair.count, pair.rate]);
/** Rate warnings for the given rows' areas, reading the counts and rates they need. */
function warningsFor(db, rows) {
	const areas = new Set(rows.filter((row) => PAIR_MEASURES.includes(row.measure)).map((row) => row.area));
	if (areas.size === 0) return /* @__PURE__ */ new Map();
	return rateCountWarnings((areas.size === 1 ? currentRows(db, {
		area: [...areas][0],
		measures: PAIR_MEASURES
	}) : currentRows(db, { measures: PAIR_MEASURES })).filter((row) => areas.has(row.area)).map((row) => ({
		area: row.area,
		areaName: row.area_name,
		measure: row.measure,
		period: row.period,
		value: row.value,
		importedValue: row.imported_value
	})));
}
export { toFigure as a, toCell as i, figureKey as n, warningsFor as o, sourceOf as r, currentRows as t };
