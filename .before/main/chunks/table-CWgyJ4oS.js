import { n as parsePeriod } from "./periods-p4j1Mj8l.js";
import { t as AppError } from "./errors-D5rubfHc.js";
import { n as DERIVED_KINDS } from "./derived-columns-CkM9NlLd.js";
import { UsageError, n as writeOutFile, t as parse } from "../cli.js";
import { r as writeTable, t as TABLE_FORMATS } from "./registry-CizziSuz.js";
import { i as buildTableSpec } from "./html-DcHLug8i.js";
import { c as resolveDbPath } from "./writer-lock-BVEuZlFt.js";
import { r as openStore } from "./database-Dvu7gefL.js";
import "./common-C8OXZ_v4.js";
import { existsSync } from "node:fs";
// main/cli/table.ts
function derivedKinds(text) {
	if (text === void 0) return [];
	const kinds = text.split(",").map((kind) => kind.trim()).filter(Boolean);
	for (const kind of kinds) if (!DERIVED_KINDS.includes(kind)) throw new UsageError(`--derived "${kind}" is not one of ${DERIVED_KINDS.join(", ")}`);
	return kinds;
}
async function commandTable(argv, io) {
	const { values } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			measure: { type: "string" },
			area: {
				type: "string",
				multiple: true
			},
			period: {
				type: "string",
				multiple: true
			},
			derived: { type: "string" },
			title: { type: "string" },
			format: { type: "string" },
			out: { type: "string" }
		}
	});
	if (!values.measure) throw new UsageError("table needs --measure ID (such as rso, violent, other_dangerous, total or rso_rate)");
	if (!values.format || !TABLE_FORMATS.includes(values.format)) throw new UsageError(`table needs --format ${TABLE_FORMATS.join("|")}${values.format ? `, not "${values.format}"` : ""}`);
	if (!values.out) throw new UsageError("table needs --out FILE");
	const periods = (values.period ?? []).map((text) => {
		const period = parsePeriod(text, { allowBareYear: true })?.key;
		if (!period) throw new UsageError(`--period "${text}" is not a financial year such as 2021/22`);
		return period;
	});
	const derived = derivedKinds(values.derived);
	const dbPath = resolveDbPath(values.db);
	if (!existsSync(dbPath)) throw new UsageError(`No database at ${dbPath}: import the MoJ tables first, or name one with --db PATH`);
	const store = openStore(dbPath);
	try {
		let spec;
		try {
			spec = buildTableSpec(store.db, {
				subject: values.measure,
				rows: values.area,
				periods,
				derived,
				title: values.title
			});
		} catch (error) {
			if (error instanceof AppError && (error.code === "not_found" || error.code === "bad_input")) throw new UsageError(error.message);
			throw error;
		}
		if (spec.rows.length === 0 || spec.columns.length === 0) throw new UsageError(`No figures for measure "${values.measure}" in ${store.path}: import the MoJ tables first`);
		const written = await writeTable(spec, values.format);
		writeOutFile(values.out, written.bytes);
		io.out(`${values.out}: ${spec.rows.length} rows × ${spec.columns.length} columns, ${spec.notes.length} note(s); ${spec.sourceLine}`);
	} finally {
		store.close();
	}
	return 0;
}
export { commandTable };
