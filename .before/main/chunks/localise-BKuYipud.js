import { n as createCore } from "./app-BWIFkLlT.js";
import { createLocaliseJobs } from "./jobs-D5J-oZ_5.js";
import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { UsageError, t as parse } from "../cli.js";
import { r as readImportFile } from "./files-D-K67Z7z.js";
import { t as dbPathFor } from "./common-C8OXZ_v4.js";
import { resolve } from "node:path";
// main/cli/localise.ts
function readSpec(path) {
	const text = new TextDecoder().decode(readImportFile(path));
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new AppError("bad_input", `${path} is not JSON: ${oneLine(error)}`);
	}
}
async function commandLocalise(argv, io) {
	const { values } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			spec: { type: "string" },
			out: { type: "string" },
			areas: { type: "string" }
		}
	});
	if (!values.spec) throw new UsageError("localise needs --spec FILE.json (a chart spec)");
	if (!values.out) throw new UsageError("localise needs --out DIR (the folder for the packs)");
	const spec = readSpec(values.spec);
	const areas = values.areas?.split(",").map((area) => area.trim()).filter(Boolean);
	const core = createCore({
		dbPath: dbPathFor(values.db, io),
		mode: "browser"
	});
	const jobs = createLocaliseJobs(core.store);
	const stop = () => jobs.cancel(jobId);
	let jobId = "";
	try {
		const requested = resolve(values.out);
		const started = jobs.start({
			spec,
			outDir: requested,
			areas
		});
		jobId = started.jobId;
		if (started.outDir !== requested) io.err(`${requested} holds files MAPPA Desk did not make, so they are left alone: the packs go in ${started.outDir}`);
		process.once("SIGINT", stop);
		let shown = -1;
		const timer = setInterval(() => {
			const { progress } = jobs.status(jobId);
			if (progress.done === shown && !progress.current) return;
			shown = progress.done;
			io.err(`[${progress.done}/${progress.total}]${progress.current ? ` making ${progress.current}` : ""}`);
		}, 250);
		const status = await jobs.finished(jobId);
		clearInterval(timer);
		if (status.state === "failed") throw new AppError(status.error?.code ?? "internal", status.error?.message ?? "localise failed");
		const result = status.result;
		for (const failure of result.failed) io.err(`${failure.area}: ${failure.message}`);
		io.err(`${result.made.length} made, ${result.kept.length} already complete, ${result.failed.length} failed${result.isCancelled ? ", cancelled" : ""}`);
		if (result.indexPath) io.out(result.indexPath);
		return result.isComplete ? 0 : 1;
	} finally {
		process.removeListener("SIGINT", stop);
		jobs.close();
		core.close();
	}
}
export { commandLocalise };
