import { n as groupedCount } from "./format-CRIpvfIs.js";
// main/cli/describe.ts
function describeImport(file, summary) {
	if (summary.status === "duplicate") return [`${file}: already imported as "${summary.editionLabel}"; nothing stored`];
	const lines = [`${file}: imported "${summary.editionLabel}"${summary.period ? ` (${summary.period})` : ""} with the ${summary.recogniser} reader`, `  ${summary.tables.length} table(s), ${groupedCount(summary.observations)} observations, ${summary.matchedAreas} areas matched`];
	for (const table of summary.findings) {
		const { counts } = table;
		lines.push(`  - ${table.sheet}: ${table.title ?? "(untitled)"} [${table.layout}${table.period ? `, ${table.period} from the ${table.periodSource}` : ""}]`);
		lines.push(`    ${table.observations} cells: ${counts.values} values, ${counts.nils} nil, ${counts.suppressed} suppressed, ${counts.notAvailable} not available, ${counts.notApplicable} not applicable, ${counts.flagged} flagged, ${counts.text} text`);
		const custom = table.columns.filter((column) => column.isCustom).map((column) => column.header);
		lines.push(`    columns: ${table.columns.length - custom.length} matched to measures${custom.length > 0 ? `; new custom measures: ${custom.join("; ")}` : ""}`);
	}
	for (const warning of summary.warnings) lines.push(`  warning: ${warning.message}`);
	for (const revision of summary.revisions) lines.push(`  revision: ${describeRevision(revision)}`);
	return lines;
}
/** `import --json`: `warnings` stays a list of lines, as documented; `warningCodes` says what each is about, in the same order. */
function importJson(file, summary) {
	return {
		file,
		ok: true,
		...summary,
		warnings: summary.warnings.map((warning) => warning.message),
		warningCodes: summary.warnings.map((warning) => warning.code)
	};
}
function describeRevision(revision) {
	return `${revision.area_name} ${revision.measure} ${revision.period}: ${revision.old_raw} → ${revision.new_raw} (${revision.from_release} → ${revision.to_release})`;
}
export { describeRevision as n, importJson as r, describeImport as t };
