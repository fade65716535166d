import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
// main/import/worker-thread.ts
/**
* A runaway file fails its own job instead of the app. A 100,000-row sheet peaks near 450 MB in
* all and reads in under 3 s (npm run bench), so 1 GB and 60 s are room for any real table and
* a ceiling for a damaged one (SheetJS can loop forever on some damaged .xls records).
*/
var DEFAULT_LIMITS = {
	heapMb: 1024,
	timeMs: 6e4
};
/** tsx's ESM API, where tsx is installed (development and tests); never in a packaged app. */
function tsxLoader() {
	try {
		return import.meta.resolve("tsx/esm/api");
	} catch {
		return;
	}
}
/**
* The built worker (out/main/import-worker.cjs, bundled by electron.vite.config.ts) beside the
* bundle or, from a shared chunk in out/main/chunks/, one folder up; else the source under tsx.
*/
function findWorkerScript(start = dirname(fileURLToPath(import.meta.url)), names = {
	built: "import-worker.cjs",
	source: "worker.ts"
}) {
	for (const folder of [start, join(start, "..")]) {
		const built = join(folder, names.built);
		if (existsSync(built)) return { path: built };
	}
	const source = join(start, names.source);
	const loader = tsxLoader();
	return existsSync(source) && loader ? {
		path: source,
		loader
	} : void 0;
}
/**
* A worker started before its file is known, so its modules (SheetJS, the recognisers) load while
* the command line loads the core and opens the database; the next read hands it the file
* (ImportJobs.standBy). Until then a failure has nobody to tell: that read starts another worker.
*/
function startStandbyWorker(script = findWorkerScript(), limits = DEFAULT_LIMITS) {
	if (!script) return void 0;
	const worker = startWorker(script, null, limits);
	worker.on("error", () => void 0);
	return worker;
}
/**
* Node 20 does not apply `--import tsx` from a worker's execArgv to the worker's own file, so
* the source worker starts from a few lines that register tsx and then import it.
*/
function startWorker(script, workerData, limits) {
	const resourceLimits = { maxOldGenerationSizeMb: limits.heapMb };
	if (!script.loader) return new Worker(script.path, {
		workerData,
		resourceLimits
	});
	const bootstrap = `import(${JSON.stringify(script.loader)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(script.path).href)}) })`;
	return new Worker(bootstrap, {
		eval: true,
		workerData,
		resourceLimits
	});
}
export { startWorker as i, findWorkerScript as n, startStandbyWorker as r, DEFAULT_LIMITS as t };
