import { n as oneLine, t as AppError } from "./chunks/errors-D5rubfHc.js";
import { r as openStore } from "./chunks/database-Dvu7gefL.js";
import { t as runLocalise } from "./chunks/run-XreOtHCg.js";
import { parentPort, workerData } from "node:worker_threads";
// main/export/localise/worker.ts
async function main(input) {
	let isCancelled = false;
	parentPort.on("message", (message) => {
		if (message === "cancel") isCancelled = true;
	});
	const post = (message) => parentPort.postMessage(message);
	try {
		const store = openStore(input.dbPath, { nativeBinding: input.nativeBinding });
		try {
			post({
				type: "done",
				result: await runLocalise(store.db, input, {
					onProgress: (progress) => post({
						type: "progress",
						progress
					}),
					isCancelled: () => isCancelled
				})
			});
		} finally {
			store.close();
		}
	} catch (error) {
		post({
			type: "failed",
			error: {
				code: error instanceof AppError ? error.code : "internal",
				message: oneLine(error)
			}
		});
	}
	parentPort.removeAllListeners("message");
}
if (parentPort) main(workerData);
export {};
