import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { chmodSync, closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { randomBytes } from "node:crypto";
// main/files/databases.ts
/** The folder beside a database where its backups (and no other database's) are kept. */
function backupFolder(dbPath) {
	return join(dirname(dbPath), "backups");
}
var open = /* @__PURE__ */ new Map();
/** Remembers an open database until the returned function is called (once per open; opens are counted). */
function protectDatabase(path) {
	if (path === ":memory:") return () => {};
	const key = resolve(path);
	open.set(key, (open.get(key) ?? 0) + 1);
	let isDone = false;
	return () => {
		if (isDone) return;
		isDone = true;
		const count = (open.get(key) ?? 1) - 1;
		if (count > 0) open.set(key, count);
		else open.delete(key);
	};
}
function openDatabases() {
	return [...open.keys()];
}
var SQLITE_HEADER = "SQLite format 3\0";
/** Whether the file starts as an SQLite database does (false where it is missing or unreadable). */
function isSqliteFile(path) {
	try {
		const header = Buffer.alloc(16);
		const fd = openSync(path, "r");
		try {
			readSync(fd, header, 0, 16, 0);
		} finally {
			closeSync(fd);
		}
		return header.toString("latin1") === SQLITE_HEADER;
	} catch {
		return false;
	}
}
// main/files/guard.ts
/** The files SQLite keeps beside a database while it is open or after a crash, and what each is. */
var COMPANIONS = [
	["-wal", "write-ahead log"],
	["-shm", "shared-memory file"],
	["-journal", "journal"]
];
/** Windows and macOS folders ignore case, so `Desk.SQLITE` is `desk.sqlite` there. */
var isCaseBlind = process.platform === "win32" || process.platform === "darwin";
/** The path with every folder that exists resolved through its links, so two spellings of one file compare equal. */
function canonical(path) {
	let folder = resolve(path);
	const rest = [];
	for (;;) try {
		const real = join(realpathSync(folder), ...rest);
		return isCaseBlind ? real.toLowerCase() : real;
	} catch {
		if (dirname(folder) === folder) return isCaseBlind ? resolve(path).toLowerCase() : resolve(path);
		rest.unshift(basename(folder));
		folder = dirname(folder);
	}
}
var isInside = (path, folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
/** Why writing at `path` would damage a database or its backups, in one line; null where it is safe. */
function protectedPathReason(path) {
	const target = canonical(path);
	for (const db of openDatabases()) {
		const database = canonical(db);
		if (target === database) return `${path} is the database MAPPA Desk has open: an export never replaces it. Choose another file name`;
		for (const [suffix, label] of COMPANIONS) if (target === database + suffix) return `${path} is the ${label} of the database ${db}: an export never replaces it. Choose another file name`;
		if (isInside(target, canonical(backupFolder(db)))) return `${path} is in ${backupFolder(db)}, where the backups of ${db} are kept: choose another folder`;
	}
	if (isSqliteFile(path)) return `${path} is an SQLite database: an export never replaces one. Choose another file name`;
	for (const [suffix, label] of COMPANIONS) if (path.endsWith(suffix) && isSqliteFile(path.slice(0, -suffix.length))) return `${path} is the ${label} of the database ${path.slice(0, -suffix.length)}: an export never replaces it. Choose another file name`;
	return null;
}
/** Throws the one-line refusal where `path` is a database, part of one, or among an open database's backups. */
function refuseProtectedPath(path) {
	const reason = protectedPathReason(path);
	if (reason) throw new AppError("bad_input", reason);
}
// main/files/write.ts
/** What a temporary file is called while it is written: hidden, and plainly not the finished file. */
var PARTIAL_MARK = ".mappa-partial-";
function partialNameFor(fileName) {
	return `.${fileName}${PARTIAL_MARK}${process.pid}-${randomBytes(4).toString("hex")}`;
}
/** The system's code for a failed write; SQLite's own (a VACUUM INTO's) read as the system's. */
function systemCodeOf(error) {
	const code = error?.code;
	if (code === "SQLITE_FULL") return "ENOSPC";
	if (code === "SQLITE_READONLY") return "EROFS";
	return code;
}
/**
* The one line a failed write says, in the reporter's words, naming the folder: a full disk, a
* folder that cannot be written, a folder that is not there. Anything else keeps the system's words.
*/
function writeFailure(error, path, isFolder = false) {
	if (error instanceof AppError) return error;
	const code = systemCodeOf(error);
	const folder = dirname(path);
	const what = isFolder ? `the folder ${basename(path)} was not made` : `${basename(path)} was not saved`;
	const kept = isFolder ? "" : "; anything already there under that name is unchanged";
	switch (code) {
		case "ENOSPC":
		case "EDQUOT": return new AppError("disk_full", `The disk holding ${folder} is full: ${what}${kept}. Free some space or choose another folder`);
		case "EROFS":
		case "EACCES":
		case "EPERM": return new AppError("read_only", `${folder} cannot be written to (a read-only disk or folder): ${what}${kept}. Choose another folder`);
		case "ENOENT": return new AppError("not_found", `The folder ${folder} does not exist: ${what}. Choose a folder that exists`);
		case "ENOTDIR": return new AppError("bad_input", `${folder} is a file, not a folder: ${what}`);
		case "EISDIR": return new AppError("bad_input", `${path} is a folder: name a file to save to`);
		case "ENAMETOOLONG": return new AppError("bad_input", `The name ${basename(path)} is too long for the disk: choose a shorter one`);
		default: return new AppError("internal", `Could not save ${basename(path)} in ${folder}: ${oneLine(error)}`);
	}
}
/** The file the name points at: a symbolic link is followed, so the link stays and its target is replaced. */
function targetOf(path) {
	try {
		return lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
	} catch {
		return path;
	}
}
function writeAll(fd, bytes) {
	for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}
/**
* Writes `bytes` to `path` whole or not at all: into a temporary file beside it, flushed to the
* disk, then renamed over it. An existing file keeps its permissions. On any failure the temporary
* file is removed and an AppError names the folder; whatever was at `path` is untouched.
*/
function writeFileWhole(path, contents) {
	const target = targetOf(resolve(path));
	refuseProtectedPath(target);
	const bytes = typeof contents === "string" ? Buffer.from(contents, "utf8") : contents;
	const partial = join(dirname(target), partialNameFor(basename(target)));
	let fd;
	try {
		const mode = existingMode(target);
		fd = openSync(partial, "wx", mode ?? 438);
		writeAll(fd, bytes);
		fsyncSync(fd);
		closeSync(fd);
		fd = void 0;
		if (mode !== void 0) chmodSync(partial, mode);
		renameSync(partial, target);
		return target;
	} catch (error) {
		if (fd !== void 0) closeSync(fd);
		rmSync(partial, { force: true });
		throw writeFailure(error, target);
	}
}
function existingMode(path) {
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) throw Object.assign(/* @__PURE__ */ new Error(`${path} is a folder`), { code: "EISDIR" });
		return stat.mode & 4095;
	} catch (error) {
		if (error.code === "ENOENT") return void 0;
		throw error;
	}
}
/**
* Makes a folder (and its parents) for MAPPA Desk's own files, with the same one-line failures as
* a write. One level at a time: a recursive mkdir on a read-only disk says ENOENT, not EROFS.
*/
function makeFolder(path) {
	refuseProtectedPath(path);
	const missing = [];
	for (let folder = resolve(path); !isThere(folder); folder = dirname(folder)) {
		missing.unshift(folder);
		if (dirname(folder) === folder) break;
	}
	for (const folder of missing) try {
		mkdirSync(folder);
	} catch (error) {
		if (error.code !== "EEXIST") throw writeFailure(error, folder, true);
	}
}
function isThere(path) {
	try {
		statSync(path);
		return true;
	} catch {
		return false;
	}
}
export { writeFileWhole as a, isSqliteFile as c, writeFailure as i, protectDatabase as l, makeFolder as n, refuseProtectedPath as o, partialNameFor as r, backupFolder as s, PARTIAL_MARK as t };
