import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { c as isSqliteFile, i as writeFailure, s as backupFolder } from "./write-3upzu9tP.js";
import { c as identityOf, i as openToRead, n as openSnapshot, r as openStore, s as ensureIdentity, t as checkMigrations, x as MIGRATIONS } from "./database-Dvu7gefL.js";
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
var REASONS = "import|removal|daily|restore|manual";
/** `<database>-<yyyymmdd>-<hhmmss>-<ms>-<reason>-<first 8 hex digits of its id>.sqlite` */
var NAME = new RegExp(`^(.+)-(\\d{8})-(\\d{6})-(\\d{3})-(${REASONS})-([0-9a-f]{8})\\.sqlite$`);
/** Names written before backups said whose they were: they belong to whichever database they prove to be a copy of. */
var OLD_NAME = new RegExp(`^mappa-desk-(\\d{8})-(\\d{6})-(\\d{3})-(${REASONS})\\.sqlite$`);
/** What a database's backups are named for: its file name, without `.sqlite`. */
function backupOwner(dbPath) {
	return basename(dbPath).replace(/\.sqlite$/i, "");
}
function stamp(date) {
	const iso = date.toISOString();
	return `${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}-${iso.slice(20, 23)}`;
}
var atOf = (day, time, ms) => `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${ms}Z`;
function parseName(file) {
	const named = NAME.exec(file);
	if (named) {
		const [, owner, day, time, ms, reason, idPrefix] = named;
		return {
			file,
			at: atOf(day, time, ms),
			reason,
			owner,
			idPrefix
		};
	}
	const old = OLD_NAME.exec(file);
	if (old) return {
		file,
		at: atOf(old[1], old[2], old[3]),
		reason: old[4],
		owner: null,
		idPrefix: null
	};
	return null;
}
/**
* Why a backup or a restore could not write in `folder`, in a reporter's words, with its error
* code: files/write.ts tells which failure it is (a full disk, a folder that cannot be written).
*/
function failureIn(error, folder) {
	const { code } = writeFailure(error, join(folder, "any file"));
	if (code === "disk_full") return {
		code,
		reason: `the disk holding ${folder} is full`
	};
	if (code === "read_only") return {
		code,
		reason: `${folder} cannot be written (a read-only disk or folder)`
	};
	return {
		code: "database",
		reason: `${oneLine(error)} (in ${folder})`
	};
}
/** The identity of a database file (a live one, a backup, one beside it), read without changing it; null where it is missing or cannot be read. */
function readIdentity(path) {
	try {
		const db = openToRead(path);
		try {
			return identityOf(db);
		} finally {
			db.close();
		}
	} catch {
		return null;
	}
}
/** What a database file holds, read without changing it; null where it cannot be read or is damaged. */
function inspectDatabase(path) {
	try {
		const db = openSnapshot(path);
		try {
			const isIntact = db.pragma("quick_check", { simple: true }) === "ok";
			const count = (sql) => db.prepare(sql).pluck().get();
			return {
				isIntact,
				releases: count("SELECT count(*) FROM release"),
				edits: count("SELECT count(*) FROM edit WHERE undone_at IS NULL"),
				notes: count("SELECT count(*) FROM annotation WHERE deleted_at IS NULL")
			};
		} finally {
			db.close();
		}
	} catch {
		return {
			isIntact: false,
			releases: 0,
			edits: 0,
			notes: 0
		};
	}
}
/** The temporary file a restore copies into, beside the database; only a restore writes it. */
var restoringPath = (dbPath) => `${dbPath}.restoring`;
/**
* Whether no other database beside this one was born at the same moment: a copy of it made by
* hand (or a file it was kept aside as) shares its birth, so an old-named backup with that birth
* cannot be proved to be this database's.
*/
function isOnlyOneBorn(dbPath, birth) {
	const folder = dirname(dbPath);
	const name = basename(dbPath);
	for (const file of readdirSync(folder)) {
		if (file === name || file.startsWith(`${name}.replaced-`) || file === basename(restoringPath(dbPath))) continue;
		if (/-(wal|shm|journal)$|\.lock$/.test(file)) continue;
		const path = join(folder, file);
		if (!statSync(path, { throwIfNoEntry: false })?.isFile() || !isSqliteFile(path)) continue;
		if (readIdentity(path)?.birth === birth) return false;
	}
	return true;
}
/** Old-named backups' identities by path, with the size and time they had: a backup is never changed once written, so each is opened once. */
var oldCopies = /* @__PURE__ */ new Map();
/** Whether an old-named backup has this birth (and no id, or this one). */
function isCopyBorn(path, birth, id) {
	const stat = statSync(path, { throwIfNoEntry: false });
	if (!stat) return false;
	let known = oldCopies.get(path);
	if (!known || known.size !== stat.size || known.mtimeMs !== stat.mtimeMs) {
		known = {
			size: stat.size,
			mtimeMs: stat.mtimeMs,
			identity: readIdentity(path)
		};
		oldCopies.set(path, known);
	}
	const copy = known.identity;
	return copy?.birth === birth && (copy.id === null || copy.id === id);
}
/**
* This database's backups, newest first, by name (nothing opened) except for the old naming: a
* copy named for it whose id matches (any id where its own cannot be read: the name is the proof
* then), and an old-named copy only where it has this database's birth and no other database
* beside it has.
*/
function ownBackups(dbPath, identity) {
	const folder = backupFolder(dbPath);
	if (!existsSync(folder)) return [];
	const owner = backupOwner(dbPath);
	const entries = readdirSync(folder).map(parseName).filter((entry) => entry !== null);
	const named = entries.filter((entry) => entry.owner === owner && (identity?.id == null || identity.id.startsWith(entry.idPrefix)));
	const old = entries.filter((entry) => entry.owner === null);
	const birth = identity?.birth;
	const matching = birth ? old.filter((entry) => isCopyBorn(join(folder, entry.file), birth, identity.id)) : [];
	const proved = matching.length > 0 && isOnlyOneBorn(dbPath, birth) ? matching : [];
	return [...named, ...proved].sort((a, b) => a.at === b.at ? a.file < b.file ? 1 : -1 : a.at < b.at ? 1 : -1);
}
/** One backup with what it holds (opened read-only and quick-checked). */
function describeBackup(dbPath, entry) {
	const path = join(backupFolder(dbPath), entry.file);
	return {
		file: entry.file,
		path,
		at: entry.at,
		reason: entry.reason,
		sizeBytes: statSync(path).size,
		...inspectDatabase(path)
	};
}
/** This database's backups, newest first, each with what it holds. */
function listBackups(dbPath) {
	return ownBackups(dbPath, readIdentity(dbPath)).map((entry) => describeBackup(dbPath, entry));
}
function prune(dbPath, identity) {
	const folder = backupFolder(dbPath);
	for (const entry of ownBackups(dbPath, identity).slice(20)) rmSync(join(folder, entry.file), { force: true });
}
/** Flushes a file (or a folder's entries) to the disk; where the system cannot (a folder on Windows), the rename stands as it is. */
function flush(path) {
	let fd;
	try {
		fd = openSync(path, "r");
		fsyncSync(fd);
	} catch {} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
/**
* Removes this database's part-written backups, left where a process was killed while copying:
* only one process writes to a database at a time (the writer lock), so none is being written now.
*/
function removeLeftovers(folder, owner, id) {
	for (const file of readdirSync(folder)) {
		const entry = file.endsWith(".partial") ? parseName(file.slice(0, -8)) : null;
		if (entry && entry.owner === owner && entry.idPrefix === id.slice(0, 8)) rmSync(join(folder, file), { force: true });
	}
}
/**
* Writes a consistent copy of the database, unless there is nothing in it to lose. Runs outside
* any transaction (VACUUM INTO cannot run inside one); the copy is written to a temporary file
* and renamed, so it is complete or absent.
*/
function backUp(store, reason, now = /* @__PURE__ */ new Date()) {
	if (store.path === ":memory:" || store.db.readonly) return null;
	if (store.db.prepare("SELECT (SELECT count(*) FROM release) + (SELECT count(*) FROM edit) + (SELECT count(*) FROM annotation)").pluck().get() === 0) return null;
	const before = stateOf(store);
	const last = lastBackups.get(store.db);
	if ((reason === "import" || reason === "removal") && last && isAsItWas(last, before)) return last.backup;
	const identity = identityOf(store.db);
	const id = identity.id ?? ensureIdentity(store.db);
	const folder = backupFolder(store.path);
	const file = `${backupOwner(store.path)}-${stamp(now)}-${reason}-${id.slice(0, 8)}.sqlite`;
	const path = join(folder, file);
	const partial = `${path}.partial`;
	try {
		mkdirSync(folder, { recursive: true });
		removeLeftovers(folder, backupOwner(store.path), id);
		store.db.prepare("VACUUM INTO ?").run(partial);
		flush(partial);
		renameSync(partial, path);
		flush(folder);
	} catch (error) {
		rmSync(partial, { force: true });
		const { code, reason } = failureIn(error, folder);
		throw new AppError(code, `No backup was written: ${reason}`);
	}
	prune(store.path, {
		...identity,
		id
	});
	const backup = existsSync(path) ? describeBackup(store.path, parseName(file)) : null;
	if (backup) lastBackups.set(store.db, {
		state: before,
		backup
	});
	return backup;
}
var stateOf = (store) => ({
	changes: store.db.prepare("SELECT total_changes()").pluck().get(),
	version: store.db.pragma("data_version", { simple: true })
});
/** The last backup each connection made, with the database's state as the copy began. */
var lastBackups = /* @__PURE__ */ new WeakMap();
var isAsItWas = (last, now) => last.state.changes === now.changes && last.state.version === now.version && existsSync(last.backup.path);
/**
* Whether a backup this connection made holds the database as it still is, so a write another
* connection makes next (an import worker's) needs no copy of its own.
*/
function isBackedUpAsItIs(store) {
	const last = lastBackups.get(store.db);
	return last !== void 0 && isAsItWas(last, stateOf(store));
}
/** The daily backup: one a day the app is used, on the first open of the day; another database's copies do not count. */
function backUpDailyIfDue(store, now = /* @__PURE__ */ new Date()) {
	if (store.path === ":memory:" || store.db.readonly) return null;
	const today = now.toISOString().slice(0, 10);
	if (ownBackups(store.path, identityOf(store.db)).some((entry) => entry.owner !== null && entry.at.startsWith(today))) return null;
	return backUp(store, "daily", now);
}
/** The newest of this database's backups that passes its check; older ones are opened only while newer ones fail. */
function latestGoodBackup(dbPath) {
	for (const entry of ownBackups(dbPath, readIdentity(dbPath))) {
		const backup = describeBackup(dbPath, entry);
		if (backup.isIntact) return backup;
	}
}
/** Why a backup named by the reporter is not one this database can take, in one line. */
function refusalFor(name, dbPath, identity) {
	const folder = backupFolder(dbPath);
	const entry = parseName(name);
	if (entry === null || !existsSync(join(folder, name))) return new AppError("not_found", `No backup named ${name} in ${folder}`);
	if (entry.owner !== null && entry.owner !== backupOwner(dbPath)) {
		const owner = [`${entry.owner}.sqlite`, entry.owner].map((file) => join(dirname(dbPath), file)).find((path) => existsSync(path)) ?? join(dirname(dbPath), `${entry.owner}.sqlite`);
		return new AppError("bad_input", `${name} is a backup of ${basename(owner)}, not of ${basename(dbPath)}: restore it with --db ${owner}`);
	}
	if (entry.owner !== null) return new AppError("bad_input", `${name} is a backup of another database that was once at ${dbPath} (its id begins ${entry.idPrefix}, this one's ${identity?.id?.slice(0, 8)}): it is left untouched`);
	return new AppError("bad_input", `${name} was made before backups were named for their database, and it cannot be proved to be a copy of ${basename(dbPath)}: it is left untouched`);
}
/**
* Checks the copy a restore is about to put in place: the full integrity check, a MAPPA Desk
* database this build can open, and the same database (its id, or for an old backup its birth).
*/
function checkCopy(path, entry, target) {
	const db = openSnapshot(path);
	try {
		const problems = db.pragma("integrity_check(20)", { simple: false }).map((row) => Object.values(row)[0]).filter((text) => text !== "ok");
		if (problems.length > 0) throw new AppError("database_damaged", `the backup is damaged (integrity check: ${problems[0]})`);
		if (!(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'").pluck().get() === 1)) throw new AppError("bad_input", "the backup is not a MAPPA Desk database");
		try {
			checkMigrations(db, MIGRATIONS, path);
		} catch {
			throw new AppError("database", "the backup was written by a newer or different version of MAPPA Desk");
		}
		const copy = identityOf(db);
		if (!(entry.idPrefix !== null ? copy.id !== null && copy.id.startsWith(entry.idPrefix) && (target?.id == null || copy.id === target.id) : target !== null && copy.birth === target.birth && (copy.id === null || copy.id === target.id))) throw new AppError("bad_input", "the backup holds another database than its name says");
	} finally {
		db.close();
	}
}
/** A second name for a file (a hard link), or a copy where the file system has no links. */
function keepAside(from, to) {
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to, 1);
	}
}
/**
* Puts one of this database's backups (the latest intact one unless named) in its place. The
* backup is copied to a temporary file beside the database and checked (integrity, ours, the same
* database) before anything is touched; the database is then kept aside under a second name with
* its -wal and -shm files, and the copy renamed over it. On any failure the database stays where
* it was. The caller must have closed every connection to the database.
*/
function restoreBackup(dbPath, from, now = /* @__PURE__ */ new Date(), onStep) {
	const target = readIdentity(dbPath);
	const entries = ownBackups(dbPath, target);
	const folder = backupFolder(dbPath);
	let chosen;
	if (from === void 0) {
		for (const entry of entries) if ((chosen = describeBackup(dbPath, entry)).isIntact) break;
		if (!chosen?.isIntact) throw new AppError("not_found", `There is no intact backup of ${basename(dbPath)} in ${folder} to restore`);
	} else {
		const name = basename(from);
		const entry = entries.find((each) => each.file === name);
		if (basename(from) !== from && resolve(from) !== join(folder, name)) throw new AppError("not_found", `${from} is not in ${folder}, where the backups of ${basename(dbPath)} are kept`);
		if (!entry) throw refusalFor(name, dbPath, target);
		chosen = describeBackup(dbPath, entry);
		if (!chosen.isIntact) throw new AppError("database_damaged", `The backup ${chosen.file} is damaged too; choose another`);
	}
	const entry = parseName(chosen.file);
	const temp = restoringPath(dbPath);
	const keptAs = existsSync(dbPath) ? `${dbPath}.replaced-${stamp(now)}` : null;
	const kept = [];
	const removed = [];
	let isPlaced = false;
	try {
		for (const leftover of [
			temp,
			`${temp}-wal`,
			`${temp}-shm`
		]) rmSync(leftover, { force: true });
		copyFileSync(chosen.path, temp);
		flush(temp);
		onStep?.("copied");
		checkCopy(temp, entry, target);
		if (entry.idPrefix === null && target?.id) {
			const store = openStore(temp);
			try {
				ensureIdentity(store.db, target.id);
			} finally {
				store.close();
			}
		}
		onStep?.("checked");
		if (keptAs) {
			for (const suffix of [
				"",
				"-wal",
				"-shm"
			]) {
				if (!existsSync(dbPath + suffix)) continue;
				keepAside(dbPath + suffix, keptAs + suffix);
				kept.push(suffix);
			}
			for (const suffix of ["-wal", "-shm"]) {
				if (!kept.includes(suffix)) continue;
				rmSync(dbPath + suffix);
				removed.push(suffix);
			}
		}
		onStep?.("kept");
		renameSync(temp, dbPath);
		isPlaced = true;
		flush(dirname(dbPath));
	} catch (error) {
		if (!isPlaced) {
			for (const suffix of removed) if (!existsSync(dbPath + suffix)) linkSync(keptAs + suffix, dbPath + suffix);
			if (existsSync(dbPath)) for (const suffix of kept) rmSync(keptAs + suffix, { force: true });
			for (const leftover of [
				temp,
				`${temp}-wal`,
				`${temp}-shm`
			]) rmSync(leftover, { force: true });
		}
		const { code, reason } = error instanceof AppError ? {
			code: error.code,
			reason: error.message
		} : failureIn(error, dirname(dbPath));
		throw new AppError(code, `Could not restore ${chosen.file}: ${reason}. Nothing was replaced: ${keptAs ? `the database is still at ${dbPath}` : `there is still no database at ${dbPath}`}, the backup at ${chosen.path}`);
	}
	return {
		restored: chosen,
		keptAs
	};
}
export { listBackups as a, latestGoodBackup as i, backUpDailyIfDue as n, restoreBackup as o, isBackedUpAsItIs as r, backUp as t };
