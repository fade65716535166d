import { c as resolveDbPath, n as heldRefusal, o as takeWriterLock } from "./writer-lock-BVEuZlFt.js";
import { t as AppError } from "./errors-D5rubfHc.js";
import "../cli.js";
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
// main/cli/common.ts
/**
* The database a command works on. A path that does not exist yet is created, but only after
* saying so, so a mistyped --db is noticed rather than quietly starting an empty desk.
*/
function dbPathFor(flag, io) {
	const path = resolveDbPath(flag);
	if (!existsSync(path)) io.err(`No database at ${path} yet: creating a new one.`);
	return path;
}
/**
* Runs a command-line write holding the database's writer lock, so it never races a window (or
* another write): where one holds it, refuses in one line. Where no lock can be written (a
* read-only medium) the work runs and the read-only store refuses it in its own words.
*/
function holdingWriterLock(dbPath, mode, work) {
	let lock = null;
	try {
		mkdirSync(dirname(dbPath), { recursive: true });
		const attempt = takeWriterLock(dbPath, mode);
		if (!attempt.taken) throw new AppError("busy", heldRefusal(attempt.heldBy, dbPath));
		lock = attempt.lock;
	} catch (error) {
		if (error instanceof AppError) throw error;
	}
	const release = () => lock?.release();
	try {
		const result = work();
		if (result instanceof Promise) return result.finally(release);
		release();
		return result;
	} catch (error) {
		release();
		throw error;
	}
}
export { holdingWriterLock as n, dbPathFor as t };
