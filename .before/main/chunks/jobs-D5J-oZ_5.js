import { t as fileStem } from "./file-names-Dy4K7J4l.js";
import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { i as startWorker, n as findWorkerScript } from "./worker-thread-DPMvj0sq.js";
import { r as openPacksFolder, t as runLocalise } from "./run-XreOtHCg.js";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
// main/export/localise/jobs.ts
/** Drawing 42 charts three ways peaks well under 400 MB (npm run bench); 1 GB is room, and a ceiling. */
var WORKER_HEAP_MB = 1024;
function findLocaliseWorker() {
	return findWorkerScript(dirname(fileURLToPath(import.meta.url)), {
		built: "localise-worker.js",
		source: "worker.ts"
	});
}
var emptyProgress = (total) => ({
	done: 0,
	total,
	current: null,
	made: [],
	kept: [],
	failed: []
});
function createLocaliseJobs(store, options = {}) {
	const jobs = /* @__PURE__ */ new Map();
	const script = options.worker ?? findLocaliseWorker() ?? "in-thread";
	const get = (jobId) => {
		const job = jobs.get(jobId);
		if (!job) throw new AppError("not_found", `No localise run ${jobId}: it finished before this window opened, or never started`);
		return job;
	};
	function runInThread(job, request) {
		return runLocalise(store.db, request, {
			onProgress: (progress) => job.status.progress = progress,
			isCancelled: () => job.cancelRequested
		}).then((result) => (job.status = {
			...job.status,
			state: result.isCancelled ? "cancelled" : "done",
			progress: result,
			result
		}, job.status), (error) => (job.status = {
			...job.status,
			state: "failed",
			error: {
				code: error instanceof AppError ? error.code : "internal",
				message: oneLine(error)
			}
		}, job.status));
	}
	function runInWorker(job, worker, request) {
		const input = {
			dbPath: store.path,
			nativeBinding: options.nativeBinding,
			...request,
			areas: request.areas && [...request.areas]
		};
		const thread = startWorker(worker, input, {
			heapMb: WORKER_HEAP_MB,
			timeMs: 0
		});
		job.worker = thread;
		return new Promise((resolve) => {
			const finish = (next) => {
				if (job.status.state !== "running") return;
				job.status = {
					...job.status,
					...next
				};
				job.worker = void 0;
				thread.terminate();
				resolve(job.status);
			};
			thread.on("message", (message) => {
				if (message.type === "progress") job.status.progress = message.progress;
				else if (message.type === "done") finish({
					state: message.result.isCancelled ? "cancelled" : "done",
					progress: message.result,
					result: message.result
				});
				else finish({
					state: "failed",
					error: message.error
				});
			});
			thread.on("error", (error) => finish({
				state: "failed",
				error: {
					code: "internal",
					message: oneLine(error)
				}
			}));
			thread.on("exit", () => finish({
				state: "failed",
				error: {
					code: "internal",
					message: "The localise worker stopped before it finished"
				}
			}));
		});
	}
	return {
		start(request) {
			if (store.path === ":memory:" && script !== "in-thread") throw new AppError("bad_input", "Localise needs a database on disk");
			const folder = openPacksFolder(request.outDir, { owner: request.owner });
			const held = {
				...request,
				outDir: folder.path,
				isFolderHeld: true
			};
			const jobId = randomBytes(12).toString("base64url");
			const job = {
				status: {
					jobId,
					state: "running",
					outDir: folder.path,
					progress: emptyProgress(request.areas?.length || 42),
					result: null,
					error: null
				},
				cancelRequested: false,
				finished: Promise.resolve(null)
			};
			jobs.set(jobId, job);
			job.finished = (script === "in-thread" ? runInThread(job, held) : runInWorker(job, script, held)).finally(() => folder.release());
			return {
				jobId,
				outDir: folder.path
			};
		},
		status: (jobId) => structuredClone(get(jobId).status),
		cancel(jobId) {
			const job = get(jobId);
			if (job.status.state !== "running") return { cancelled: false };
			job.cancelRequested = true;
			job.worker?.postMessage("cancel");
			return { cancelled: true };
		},
		finished: (jobId) => get(jobId).finished,
		close() {
			for (const job of jobs.values()) job.worker?.terminate();
			jobs.clear();
		}
	};
}
/**
* Where a chart's packs go when no folder is named: beside the database, one folder per chart,
* named from its title (or, untitled, `chart-<id>`), so a re-run resumes; a chart whose name is
* taken by another chart's folder gets the next free `-2`, `-3`… (see openPacksFolder).
*/
function defaultPacksFolder(dbPath, chart) {
	const kind = chart.chartId === void 0 ? "chart" : `chart-${chart.chartId}`;
	const owner = chart.chartId === void 0 ? `title:${chart.title.trim()}` : `chart:${chart.chartId}`;
	return {
		outDir: join(dirname(dbPath), "MAPPA Desk packs", fileStem(chart.title, kind)),
		owner
	};
}
export { createLocaliseJobs, defaultPacksFolder, findLocaliseWorker };
