import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { i as startWorker } from "./worker-thread-DPMvj0sq.js";
import { parentPort } from "node:worker_threads";
// main/jobs/worker-task.ts
var stoppedForTime = (names, limits) => new AppError("too_large", `${names.doing} took longer than ${limits.timeMs / 1e3} s, so it was stopped: it is damaged, or far larger than ${names.largest}`);
/** A worker's 'error' event as one line: out of memory is the input's fault, anything else ours. */
function workerStopped(error, names, limits) {
	if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return new AppError("too_large", `${names.doing} needed more than the ${limits.heapMb} MB ${names.whose} may use, so it was stopped: it is damaged, or far larger than ${names.largest}`);
	return new AppError("internal", oneLine(error));
}
/**
* How long a worker that answered waits for the next piece of work before it is let go: a reporter
* checks a draft, edits it and checks again within minutes, and a warm worker answers in the time
* the work takes instead of a start-up's (npm run bench: the 1,000-word check through the worker).
*/
var IDLE_MS = 3e5;
/**
* Runs pieces of work through the worker `script` (which answers with serveTask). A worker that
* answered is kept for the next run, not holding the process open; one that broke a limit, failed
* or stopped is ended, and the next run starts another.
*/
function createWorkerRunner(script, limits) {
	let idle;
	const take = () => {
		const kept = idle;
		idle = void 0;
		if (kept) clearTimeout(kept.timer);
		if (kept && kept.worker.threadId >= 0) return kept.worker.ref(), kept.worker;
		const worker = startWorker(script, null, limits);
		worker.on("error", () => void 0);
		return worker;
	};
	const keep = (worker) => {
		if (idle) return void worker.terminate();
		worker.unref();
		const timer = setTimeout(() => {
			if (idle?.worker === worker) idle = void 0;
			worker.terminate();
		}, IDLE_MS);
		timer.unref();
		idle = {
			worker,
			timer
		};
	};
	return {
		run: (input, names) => new Promise((resolve, reject) => {
			const worker = take();
			let isSettled = false;
			const settle = (isReusable, outcome) => {
				if (isSettled) return;
				isSettled = true;
				clearTimeout(timer);
				worker.off("message", onMessage).off("error", onError).off("exit", onExit);
				if (isReusable) keep(worker);
				else worker.terminate();
				outcome();
			};
			const onMessage = (message) => settle(true, () => message.type === "done" ? resolve(message.result) : reject(new AppError(message.code, message.message)));
			const onError = (error) => settle(false, () => reject(workerStopped(error, names, limits)));
			const onExit = (code) => settle(false, () => reject(new AppError("internal", `${names.doing} stopped unexpectedly (exit code ${code})`)));
			const timer = limits.timeMs > 0 ? setTimeout(() => settle(false, () => reject(stoppedForTime(names, limits))), limits.timeMs) : void 0;
			worker.on("message", onMessage).on("error", onError).on("exit", onExit);
			worker.postMessage(input);
		}),
		close() {
			if (idle) {
				clearTimeout(idle.timer);
				idle.worker.terminate();
			}
			idle = void 0;
		}
	};
}
/** The worker's side: runs the work on each input it is sent and posts one answer for each. */
function serveTask(run) {
	const port = parentPort;
	if (!port) return;
	const post = (message) => port.postMessage(message);
	port.on("message", async (input) => {
		try {
			post({
				type: "done",
				result: await run(input)
			});
		} catch (error) {
			post({
				type: "failed",
				code: error instanceof AppError ? error.code : "internal",
				message: oneLine(error)
			});
		}
	});
}
export { workerStopped as i, serveTask as n, stoppedForTime as r, createWorkerRunner as t };
