import { existsSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import { homedir, hostname, uptime } from "node:os";
// main/paths.ts
var APP_NAME = "MAPPA Desk";
var DB_FILE_NAME = "mappa-desk.sqlite";
/** The per-user application data folder, following each platform's convention. */
function userDataDir(env = process.env, platform = process.platform) {
	if (platform === "win32") return join(env.APPDATA ?? join(homedir(), "AppData", "Roaming"), APP_NAME);
	if (platform === "darwin") return join(homedir(), "Library", "Application Support", APP_NAME);
	return join(env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), APP_NAME);
}
/** `--db PATH` wins, then MAPPA_DB, then the user's data folder. */
function resolveDbPath(flag, env = process.env) {
	if (flag) return resolve(flag);
	if (env.MAPPA_DB) return resolve(env.MAPPA_DB);
	return join(userDataDir(env), DB_FILE_NAME);
}
/**
* The bundled resources/ folder: found by walking up from this module, so it works from
* main/ (sources), out/main/ (build) and a packaged app's resources path alike.
*/
function resourcesDir(start = dirname(fileURLToPath(import.meta.url))) {
	let folder = start;
	for (let depth = 0; depth < 6; depth++) {
		const candidate = join(folder, "resources");
		if (existsSync(join(candidate, "sample"))) return candidate;
		folder = dirname(folder);
	}
	throw new Error(`The resources folder was not found above ${start}`);
}
function samplePath() {
	return join(resourcesDir(), "sample", "mappa-sample.csv");
}
/** The built renderer (out/renderer), from the sources or from the build. */
function rendererDir(start = dirname(fileURLToPath(import.meta.url))) {
	let folder = start;
	for (let depth = 0; depth < 6; depth++) {
		for (const candidate of [join(folder, "out", "renderer"), join(folder, "renderer")]) if (existsSync(join(candidate, "index.html")) && existsSync(join(candidate, "assets"))) return resolve(candidate);
		folder = dirname(folder);
	}
	throw new Error("The app is not built yet: run `npm run build` first");
}
// main/store/writer-lock.ts
function lockPathFor(dbPath) {
	return `${dbPath}.lock`;
}
/**
* This boot of the machine: Linux names each boot (boot_id), untouched by clock changes; elsewhere
* the time it started, from the uptime, which has a second's grain.
*/
function currentBoot() {
	try {
		return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
	} catch {
		return (/* @__PURE__ */ new Date(Date.now() - uptime() * 1e3)).toISOString();
	}
}
/** Boot times further apart than this are two boots (a reboot takes longer; a clock's correction while running less). */
var SAME_BOOT_MS = 12e4;
function isSameBoot(recorded, now) {
	const [then, current] = [Date.parse(recorded), Date.parse(now)];
	return Number.isNaN(then) || Number.isNaN(current) ? recorded === now : Math.abs(current - then) <= SAME_BOOT_MS;
}
/** A process's start, in clock ticks since boot, from /proc (Linux); undefined where the system does not say. */
function processStartOf(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
		return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
	} catch {
		return;
	}
}
/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
function isProcessAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === "EPERM";
	}
}
function readHolder(path) {
	let text;
	try {
		text = readFileSync(path, "utf8");
	} catch (error) {
		return error.code === "ENOENT" ? "missing" : "unreadable";
	}
	try {
		const value = JSON.parse(text);
		if (Number.isInteger(value.pid) && typeof value.mode === "string" && typeof value.since === "string") return {
			pid: value.pid,
			mode: value.mode,
			since: value.since,
			host: typeof value.host === "string" ? value.host : hostname(),
			...typeof value.boot === "string" ? { boot: value.boot } : {},
			...typeof value.processStart === "string" ? { processStart: value.processStart } : {}
		};
	} catch {}
	return "unreadable";
}
/**
* A holder on another machine (a shared folder) cannot be checked, so it counts as alive. On this
* one, a holder is gone when its pid runs nothing, when the machine has restarted since it took the
* lock, or when the process with its pid started at another time: after a reboot or a wrap of pids,
* the number can name somebody else's process. Locks written without those fields are judged by pid.
*/
function isStale(holder) {
	if (holder.host !== hostname()) return false;
	if (!isProcessAlive(holder.pid)) return true;
	if (holder.boot !== void 0 && !isSameBoot(holder.boot, currentBoot())) return true;
	const start = holder.processStart === void 0 ? void 0 : processStartOf(holder.pid);
	return start !== void 0 && start !== holder.processStart;
}
var sameHolder = (a, b) => typeof a !== "string" && a.pid === b.pid && a.since === b.since && a.host === b.host;
/**
* The lock file is written whole under another name and linked into place, which fails if a lock
* exists: nobody ever reads a lock half-written.
*/
function createExclusively(path, holder) {
	const draft = `${path}.${process.pid}-${randomBytes(4).toString("hex")}`;
	writeFileSync(draft, JSON.stringify(holder), { flag: "wx" });
	try {
		linkSync(draft, path);
		return true;
	} catch (error) {
		if (error.code === "EEXIST") return false;
		throw error;
	} finally {
		rmSync(draft, { force: true });
	}
}
/**
* Takes a stale lock out of the way, unless another process took it over first: the lock is
* moved aside, and put back if what was moved is not the stale one that was read.
*/
function clearStale(path, stale) {
	const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
	try {
		renameSync(path, aside);
	} catch {
		return;
	}
	const moved = readHolder(aside);
	if (stale === "unreadable" ? moved === "unreadable" : sameHolder(moved, stale)) {
		rmSync(aside, { force: true });
		return;
	}
	try {
		linkSync(aside, path);
	} catch {}
	rmSync(aside, { force: true });
}
var held = /* @__PURE__ */ new Set();
var exitHooked = false;
/** Locks go on exit, and on Ctrl+C or a kill where nothing else handles those signals. */
function hookExit() {
	if (exitHooked) return;
	exitHooked = true;
	process.on("exit", () => [...held].forEach((lock) => lock.release()));
	for (const signal of ["SIGINT", "SIGTERM"]) {
		const onSignal = () => {
			[...held].forEach((lock) => lock.release());
			if (process.listenerCount(signal) === 1) {
				process.removeListener(signal, onSignal);
				process.kill(process.pid, signal);
			}
		};
		process.on(signal, onSignal);
	}
}
/** Takes the database's writer lock, or says who holds it. A stale lock (its process gone) is taken over. */
function takeWriterLock(dbPath, mode) {
	return takeLockFile(lockPathFor(dbPath), mode);
}
/** Takes the lock file at `path` (a database's, or a localise folder's), or says who holds it; a stale one is taken over. */
function takeLockFile(path, mode) {
	const start = processStartOf("self");
	const holder = {
		pid: process.pid,
		mode,
		since: (/* @__PURE__ */ new Date()).toISOString(),
		host: hostname(),
		boot: currentBoot(),
		...start === void 0 ? {} : { processStart: start }
	};
	for (let attempt = 0; attempt < 5; attempt++) {
		if (createExclusively(path, holder)) {
			const lock = {
				path,
				holder,
				release() {
					if (!held.delete(lock)) return;
					if (sameHolder(readHolder(path), holder)) rmSync(path, { force: true });
				}
			};
			held.add(lock);
			hookExit();
			return {
				taken: true,
				lock
			};
		}
		const existing = readHolder(path);
		if (existing === "missing") continue;
		if (existing !== "unreadable" && !isStale(existing)) return {
			taken: false,
			heldBy: existing
		};
		clearStale(path, existing);
	}
	const last = readHolder(path);
	return {
		taken: false,
		heldBy: typeof last === "string" ? {
			pid: 0,
			mode: "window",
			since: (/* @__PURE__ */ new Date()).toISOString(),
			host: hostname()
		} : last
	};
}
/** Who holds the lock now, if a live process does; a stale or missing lock is nobody's. */
function lockHolder(dbPath) {
	const existing = readHolder(lockPathFor(dbPath));
	return typeof existing === "string" || isStale(existing) ? null : existing;
}
/** "10:42 UTC" or, on another day, "1 Dec 10:42 UTC": when the holder started. */
function describeSince(since, now = /* @__PURE__ */ new Date()) {
	const at = new Date(since);
	const time = at.toLocaleTimeString("en-GB", {
		hour: "2-digit",
		minute: "2-digit",
		timeZone: "UTC"
	});
	return at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10) ? `${time} UTC` : `${at.toLocaleDateString("en-GB", {
		day: "numeric",
		month: "short",
		timeZone: "UTC"
	})} ${time} UTC`;
}
/** What a window opened read-only beside a writing one says (its banner, and the log). */
function openElsewhereNotice(holder) {
	return `MAPPA Desk is already open on this database (pid ${holder.pid}, since ${describeSince(holder.since)}): this window is read-only; close the other window to make changes here`;
}
/** The one line a command-line write prints when something else writes to the database. */
function heldRefusal(holder, dbPath) {
	const since = `(pid ${holder.pid}, since ${describeSince(holder.since)})`;
	return holder.mode === "window" ? `MAPPA Desk has ${dbPath} open in a window ${since}: make this change there, or close it first` : `A command-line ${holder.mode} is writing to ${dbPath} ${since}: wait for it to finish`;
}
export { takeLockFile as a, resolveDbPath as c, openElsewhereNotice as i, resourcesDir as l, heldRefusal as n, takeWriterLock as o, lockHolder as r, rendererDir as s, describeSince as t, samplePath as u };
