import { i as findMeasureById } from "./measures-Dj0ua4gL.js";
import { t as AppError } from "./errors-D5rubfHc.js";
import { t as backUp } from "./backup-DpHNx6jF.js";
import { b as writeTransaction, h as rememberMeasureAlias, l as catalogueSnapshot, m as rememberAreaAlias } from "./database-Dvu7gefL.js";
import { i as findReleaseBySha, l as writeRelease } from "./app-BWIFkLlT.js";
import { t as listRevisions } from "./revisions-zYrEdm-k.js";
import { a as unmatchedRowsWarnings, i as unknownAreasOf, r as previewTable, t as areasBySlug } from "./preview-CIuziJeo.js";
// main/import/commit.ts
function measureById(store, id) {
	const known = findMeasureById(id);
	if (known) return known;
	const row = store.db.prepare("SELECT id, label, unit, kind, category, level FROM measure WHERE id = ?").get(id);
	if (!row) throw new AppError("bad_input", `Unknown measure "${id}" in the import mappings`);
	return {
		...row,
		aliases: []
	};
}
/** Applies column and period corrections to a copy of the parsed release. */
function applyMappings(store, parsed, mappings) {
	const columnMeasures = /* @__PURE__ */ new Map();
	for (const { table, column, measureId } of mappings.columns ?? []) columnMeasures.set(`${table}:${column}`, measureById(store, measureId));
	const periods = new Map((mappings.periods ?? []).map(({ table, period }) => [table, period]));
	const tables = columnMeasures.size === 0 && periods.size === 0 ? parsed.tables : parsed.tables.map((table, index) => {
		const period = periods.get(index);
		const periodValue = period ? {
			key: period,
			label: period
		} : void 0;
		return {
			...table,
			period: periodValue && table.layout === "wide" ? periodValue : table.period,
			periodSource: periodValue && table.layout === "wide" ? "set by hand" : table.periodSource,
			observations: table.observations.map((observation) => ({
				...observation,
				measure: columnMeasures.get(`${index}:${observation.colIndex}`) ?? observation.measure,
				period: periodValue && table.layout === "wide" ? periodValue : observation.period
			}))
		};
	});
	const period = latestPeriodOf([parsed.period, ...tables.flatMap((table) => [table.period, ...table.observations.map((observation) => observation.period)])]);
	return {
		...parsed,
		period,
		tables
	};
}
function latestPeriodOf(periods) {
	return periods.reduce((latest, period) => period && (!latest || period.key > latest.key) ? period : latest, void 0);
}
/** The reporter's row mappings by label, own keys only: a row called "toString" maps nothing it did not choose. */
var chosenAreas = (mappings) => new Map(Object.entries(mappings.areas ?? {}));
function applyAreaMappings(areas, mappings) {
	const chosen = chosenAreas(mappings);
	return areas.map((assignment) => new Map([...assignment].map(([label, slug]) => [label, chosen.has(label) ? chosen.get(label) : slug])));
}
function remember(store, analysis, mappings) {
	if (mappings.remember === false) return;
	for (const [label, slug] of chosenAreas(mappings)) if (slug) rememberAreaAlias(store.db, label, slug);
	for (const { table, column, measureId } of mappings.columns ?? []) {
		const header = analysis.parsed.tables[table]?.observations.find((observation) => observation.colIndex === column)?.columnLabel;
		if (header) rememberMeasureAlias(store.db, header, measureId);
	}
}
/**
* Whether any other release has a figure for an (area, measure, period) this one has: without
* one there can be no revision, and the revision view (which ranks every stored figure) is skipped.
*/
function sharesAFigureKey(store, releaseId) {
	if (store.db.prepare("SELECT 1 FROM release WHERE id <> ? LIMIT 1").pluck().get(releaseId) === void 0) return false;
	return store.db.prepare(`SELECT 1 FROM observation o
         WHERE o.source_table_id IN (SELECT id FROM source_table WHERE release_id = ?) AND o.area_id IS NOT NULL AND o.period IS NOT NULL
           AND EXISTS (SELECT 1 FROM observation p WHERE p.area_id = o.area_id AND p.measure_id = o.measure_id AND p.period = o.period AND p.release_id <> o.release_id)
         LIMIT 1`).pluck().get(releaseId) !== void 0;
}
var SAMPLE_EDITION_LABEL = "Sample data (published figures as quoted by local newspapers)";
function duplicateSummary(store, releaseId) {
	const release = store.db.prepare("SELECT file_name AS fileName, edition_label AS editionLabel, period, recogniser, format FROM release WHERE id = ?").get(releaseId);
	const tables = store.db.prepare(`SELECT t.id, t.sheet, t.title, t.layout, (SELECT count(*) FROM observation o WHERE o.source_table_id = t.id) AS observations
      FROM source_table t WHERE t.release_id = ? ORDER BY t.ordinal`).all(releaseId);
	return {
		status: "duplicate",
		releaseId,
		...release,
		tables,
		observations: tables.reduce((sum, table) => sum + table.observations, 0),
		matchedAreas: 0,
		unknownRowLabels: [],
		warnings: [{
			code: "duplicate",
			message: `Already imported as "${release.editionLabel}" (${release.fileName}): nothing was stored twice`
		}],
		revisions: [],
		findings: []
	};
}
function commitAnalysis(store, analysis, bytes, mappings = {}, options = {}) {
	const existing = findReleaseBySha(store.db, analysis.sha256);
	if (existing !== void 0) return duplicateSummary(store, existing);
	if (!options.isBackedUp) backUp(store, "import");
	const mapped = applyMappings(store, analysis.parsed, mappings);
	const parsed = options.isSample ? {
		...mapped,
		editionLabel: SAMPLE_EDITION_LABEL
	} : mapped;
	const areas = applyAreaMappings(analysis.areas, mappings);
	const written = writeTransaction(store.db, () => {
		const result = writeRelease(store.db, {
			fileName: analysis.fileName,
			bytes,
			sha256: analysis.sha256,
			isSample: options.isSample ?? false
		}, parsed, areas);
		remember(store, analysis, mappings);
		return result;
	});
	const byslug = areasBySlug(catalogueSnapshot(store.db));
	const chosen = chosenAreas(mappings);
	const unknown = unknownAreasOf(parsed.tables, areas).filter((label) => chosen.get(label) !== null);
	const warnings = [...analysis.preview.warnings.filter((warning) => warning.code !== "unmatched_rows"), ...unmatchedRowsWarnings(unknown)];
	return {
		status: "imported",
		releaseId: written.releaseId,
		fileName: analysis.fileName,
		editionLabel: parsed.editionLabel,
		period: parsed.period?.key ?? null,
		recogniser: parsed.recogniser,
		format: parsed.format,
		tables: parsed.tables.map((table, index) => ({
			id: written.tableIds[index],
			sheet: table.sheet,
			title: table.title ?? null,
			layout: table.layout,
			observations: table.observations.length
		})),
		observations: written.observations,
		matchedAreas: written.matchedAreas,
		unknownRowLabels: unknown,
		warnings,
		revisions: sharesAFigureKey(store, written.releaseId) ? listRevisions(store.db, { releaseId: written.releaseId }) : [],
		findings: parsed.tables.map((table, index) => previewTable(table, index, areas[index], byslug))
	};
}
export { commitAnalysis, duplicateSummary };
