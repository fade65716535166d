import { c as aliasKey } from "./measures-Dj0ua4gL.js";
// main/import/preview.ts
/**
* Which rows are areas. "Total" alone names England and Wales only in a table that also names
* an area; in any other table (age bands, ethnic groups) it is that table's own total.
*/
function assignAreas(table, catalogue) {
	const labels = [...new Set(table.observations.map((observation) => observation.rowLabel))];
	const found = labels.map((label) => catalogue.areas.get(aliasKey(label)));
	const isAreaTable = labels.some((label, index) => found[index] !== void 0 && aliasKey(label) !== "total");
	return new Map(labels.map((label, index) => [label, isAreaTable ? found[index]?.slug ?? null : null]));
}
function isAreaTable(assignment) {
	return [...assignment.values()].some((slug) => slug !== null);
}
function countMarkers(table) {
	const counts = {
		values: 0,
		nils: 0,
		suppressed: 0,
		notAvailable: 0,
		notApplicable: 0,
		flagged: 0,
		text: 0
	};
	for (const { reading } of table.observations) if (reading.status === "value") counts.values++;
	else if (reading.status === "nil") counts.nils++;
	else if (reading.status === "suppressed") counts.suppressed++;
	else if (reading.status === "not_available") counts.notAvailable++;
	else if (reading.status === "not_applicable") counts.notApplicable++;
	else if (reading.status === "text") counts.text++;
	else counts.flagged++;
	return counts;
}
function previewTable(table, index, areas, byslug) {
	const columns = /* @__PURE__ */ new Map();
	const rows = /* @__PURE__ */ new Map();
	const periods = /* @__PURE__ */ new Set();
	for (const observation of table.observations) {
		if (observation.period) periods.add(observation.period.key);
		if (!columns.has(observation.colIndex)) columns.set(observation.colIndex, {
			column: observation.colIndex,
			header: observation.columnLabel,
			measureId: observation.measure.id,
			measureLabel: observation.measure.label,
			isCustom: observation.measure.id.startsWith("custom:"),
			period: table.layout === "series" ? observation.period?.key ?? null : null,
			footnotes: table.columnFootnotes[observation.colIndex] ?? []
		});
		if (!rows.has(observation.rowLabel)) {
			const slug = areas.get(observation.rowLabel) ?? null;
			const area = slug ? byslug.get(slug) : void 0;
			rows.set(observation.rowLabel, {
				label: observation.rowLabel,
				areaSlug: slug,
				areaName: area?.name ?? null,
				areaKind: area?.kind ?? null
			});
		}
	}
	const single = periods.size === 1 ? [...periods][0] : null;
	return {
		index,
		sheet: table.sheet,
		title: table.title ?? null,
		headerRow: table.headerRow,
		layout: table.layout,
		period: table.period?.key ?? single,
		periodSource: table.period ? table.periodSource ?? null : single ? table.periodSource ?? null : null,
		columns: [...columns.values()].sort((a, b) => a.column - b.column),
		rows: [...rows.values()],
		counts: countMarkers(table),
		observations: table.observations.length
	};
}
function areasBySlug(catalogue) {
	return new Map([...catalogue.areas.values()].map((area) => [area.slug, area]));
}
function unknownAreasOf(tables, areas) {
	const unknown = /* @__PURE__ */ new Set();
	tables.forEach((_, index) => {
		if (!isAreaTable(areas[index])) return;
		for (const [label, slug] of areas[index]) if (slug === null) unknown.add(label);
	});
	return [...unknown];
}
/** The warning for rows that match no area (none when every row matched), naming the first eight. */
function unmatchedRowsWarnings(labels) {
	if (labels.length === 0) return [];
	return [{
		code: "unmatched_rows",
		message: `Rows not matched to a MAPPA area: ${labels.slice(0, 8).join(", ")}${labels.length > 8 ? "…" : ""}`
	}];
}
export { unmatchedRowsWarnings as a, unknownAreasOf as i, assignAreas as n, previewTable as r, areasBySlug as t };
