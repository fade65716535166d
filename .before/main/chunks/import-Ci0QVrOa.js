import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { r as readImportFile } from "./files-D-K67Z7z.js";
import { r as startStandbyWorker } from "./worker-thread-DPMvj0sq.js";
import { UsageError, t as parse } from "../cli.js";
import { n as holdingWriterLock, t as dbPathFor } from "./common-C8OXZ_v4.js";
import { r as importJson, t as describeImport } from "./describe-ZLjPUw4a.js";
import { basename } from "node:path";
// main/cli/import.ts
async function commandImport(argv, io) {
	const { values, positionals } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			json: { type: "boolean" }
		},
		allowPositionals: true
	});
	if (positionals.length === 0) throw new UsageError("import needs at least one FILE");
	const dbPath = dbPathFor(values.db, io);
	const standby = startStandbyWorker();
	try {
		return await holdingWriterLock(dbPath, "import", () => importFiles(dbPath, positionals, values.json === true, io, standby));
	} finally {
		standby?.terminate();
	}
}
async function importFiles(dbPath, positionals, json, io, standby) {
	const { createCore } = await import("./app-BWIFkLlT.js").then((n) => n.t);
	const core = createCore({
		dbPath,
		mode: "browser",
		log: io.err
	});
	let failures = 0;
	try {
		if (standby) core.jobs.standBy(standby);
		for (const [index, file] of positionals.entries()) try {
			const importing = core.jobs.importNow(basename(file), readImportFile(file));
			if (standby && index + 1 < positionals.length) core.jobs.standBy(startStandbyWorker());
			const summary = await importing;
			if (json) io.out(JSON.stringify(importJson(file, summary)));
			else describeImport(file, summary).forEach((line) => io.out(line));
		} catch (error) {
			failures++;
			const code = error instanceof AppError ? error.code : "internal";
			if (json) io.out(JSON.stringify({
				file,
				ok: false,
				error: {
					code,
					message: oneLine(error)
				}
			}));
			else io.err(`${file}: ${oneLine(error)}`);
		}
	} finally {
		core.close();
	}
	return failures > 0 ? 1 : 0;
}
export { commandImport };
