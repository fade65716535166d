import { t as refuseOverlongDraft } from "./limits-BRb4rBJa.js";
import { t as AppError } from "./errors-D5rubfHc.js";
import { n as findWorkerScript, t as DEFAULT_LIMITS } from "./worker-thread-DPMvj0sq.js";
import { t as createWorkerRunner } from "./worker-task-Dze3HQVT.js";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
// main/jobs/drafts.ts
/** Drafts read or checked at once: the window does one at a time; a second is another tab or the command line. */
var MAX_RUNNING = 2;
function findDraftWorker() {
	return findWorkerScript(dirname(fileURLToPath(import.meta.url)), {
		built: "draft-worker.js",
		source: "draft-worker.ts"
	});
}
var NAMES = {
	read: {
		doing: "Reading the draft",
		whose: "a draft",
		largest: "any story"
	},
	check: {
		doing: "Checking the draft",
		whose: "a check",
		largest: "any story"
	}
};
/**
* Drafts read and checked in the worker given (by default the one findDraftWorker() finds) or,
* with 'in-thread' or where there is none, in this thread, within the same caps.
*/
function createDrafts(worker = findDraftWorker(), limits = DEFAULT_LIMITS) {
	let running = 0;
	const runner = worker === void 0 || worker === "in-thread" ? void 0 : createWorkerRunner(worker, limits);
	const run = async (request) => {
		if (running >= MAX_RUNNING) throw new AppError("busy", `${running} drafts are being read or checked already: wait for one to finish, then try again`);
		running++;
		try {
			if (!runner) return await (await import("../draft-worker.js")).runDraftTask(request);
			return await runner.run(request, NAMES[request.task]);
		} finally {
			running--;
		}
	};
	return {
		read: (fileName, bytes) => run({
			task: "read",
			args: [fileName, bytes]
		}),
		check: async (...args) => {
			refuseOverlongDraft(args[0]);
			return run({
				task: "check",
				args
			});
		},
		close: () => runner?.close()
	};
}
var shared;
/** The drafts the window and the command line share in one process. */
var drafts = () => shared ??= createDrafts();
export { drafts as t };
