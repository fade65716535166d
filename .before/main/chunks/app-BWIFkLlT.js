import { t as __exportAll } from "./rolldown-runtime-BJohB4LM.js";
import { n as oneLine, r as printable, t as AppError } from "./errors-D5rubfHc.js";
import { i as latestGoodBackup, n as backUpDailyIfDue, o as restoreBackup, r as isBackedUpAsItIs, t as backUp } from "./backup-DpHNx6jF.js";
import { a as readOnlyNotice, b as writeTransaction, g as upsertMeasure, l as catalogueSnapshot, o as EDITION_ORDER_SQL, r as openStore, y as readOnlyRefusal } from "./database-Dvu7gefL.js";
import { t as CELL_STATUSES } from "./markers-Dd7rlal8.js";
import { i as workerStopped, r as stoppedForTime } from "./worker-task-Dze3HQVT.js";
import { i as startWorker, n as findWorkerScript, t as DEFAULT_LIMITS } from "./worker-thread-DPMvj0sq.js";
import { c as resolveDbPath, i as openElsewhereNotice, l as resourcesDir, o as takeWriterLock, r as lockHolder, u as samplePath } from "./writer-lock-BVEuZlFt.js";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
var CHANNELS = [
	"app:info",
	"releases:list",
	"tables:grid",
	"import:file",
	"sample:open",
	"figures:list",
	"import:start",
	"import:status",
	"import:cancel",
	"import:commit",
	"import:discard",
	"revisions:list",
	"areas:list",
	"measures:list",
	"pivot:measure",
	"pivot:area",
	"edits:apply",
	"edits:revert",
	"edits:list",
	"history:list",
	"history:undo",
	"history:redo",
	"history:state",
	"annotations:list",
	"annotations:create",
	"annotations:update",
	"annotations:delete",
	"settings:get",
	"settings:set",
	"story:sentences",
	"story:check",
	"story:read-copy",
	"story:style",
	"story:set-style",
	"leads:list",
	"leads:confirm",
	"leads:unconfirm",
	"localise:start",
	"localise:status",
	"localise:cancel",
	"localise:index",
	"releases:impact",
	"releases:remove",
	"edits:keep",
	"aliases:list",
	"aliases:forget",
	"backups:list",
	"backups:create",
	"backups:restore",
	"charts:render",
	"charts:export",
	"charts:list",
	"charts:save",
	"charts:duplicate",
	"charts:delete",
	"templates:list",
	"templates:save",
	"templates:delete",
	"tables:formats",
	"tables:preview",
	"tables:export",
	"tables:save",
	"figures:editions",
	"figures:cite",
	"verify:start",
	"verify:status"
];
function isChannel(name) {
	return typeof name === "string" && CHANNELS.includes(name);
}
// main/store/releases.ts
var KNOWN_STATUSES = new Set(CELL_STATUSES);
/**
* A cell is stored with what it means, or the file is refused naming the cell: a reading the
* store cannot hold never reaches SQLite's NOT NULL or CHECK constraints as an internal error.
*/
function checkReading(observation) {
	if (KNOWN_STATUSES.has(observation.reading?.status)) return;
	throw new AppError("unsupported_file", `The cell ${observation.sheet}!${observation.cell} ("${printable(observation.raw, 40)}") could not be read as a figure, a marker or text, so nothing was stored`);
}
var OBSERVATION_COLUMNS = "release_id, source_table_id, row_label, column_label, area_id, measure_id, period, period_label, value, stored_value, status, raw, sheet, cell, row_index, col_index, footnotes";
var OBSERVATION_FIELDS = OBSERVATION_COLUMNS.split(", ").length;
/**
* Rows per INSERT: a statement of 200 rows costs SQLite one parse-and-step where 200 one-row
* statements cost 200 (a 148,000-row ODS wrote in a third of the time); 200 × 17 values stays
* far below SQLite's 32,766 bound parameters.
*/
var ROWS_PER_INSERT = 200;
/** Inserts observations in order, many rows to a statement, all statements prepared once. */
function observationInserter(db) {
	const statement = (rows) => db.prepare(`INSERT INTO observation (${OBSERVATION_COLUMNS}) VALUES ${Array.from({ length: rows }, () => `(${Array(OBSERVATION_FIELDS).fill("?").join(", ")})`).join(", ")}`);
	const many = statement(ROWS_PER_INSERT);
	const one = statement(1);
	let pending = [];
	return {
		add(...values) {
			pending.push(...values);
			if (pending.length === ROWS_PER_INSERT * OBSERVATION_FIELDS) {
				many.run(pending);
				pending = [];
			}
		},
		flush() {
			for (let at = 0; at < pending.length; at += OBSERVATION_FIELDS) one.run(pending.slice(at, at + OBSERVATION_FIELDS));
			pending = [];
		}
	};
}
function findReleaseBySha(db, sha256) {
	return db.prepare("SELECT id FROM release WHERE sha256 = ?").pluck().get(sha256);
}
/**
* Writes a release in one transaction. `areas[i]` maps each row label of table i to an area
* slug, or null where the row is not an area; the caller decides (see import/analyse.ts).
*/
function writeRelease(db, file, parsed, areas) {
	const insertRelease = db.prepare(`INSERT INTO release
    (file_name, sha256, size_bytes, bytes, format, recogniser, edition_label, period, period_label, is_sample, imported_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
	const insertTable = db.prepare(`INSERT INTO source_table (release_id, ordinal, sheet, title, header_row, layout, notes)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
	const insertFootnote = db.prepare("INSERT OR REPLACE INTO footnote (release_id, ref, text) VALUES (?, ?, ?)");
	const insertObservations = observationInserter(db);
	const areaBySlug = db.prepare("SELECT id FROM area WHERE slug = ?").pluck();
	const knownMeasures = new Set(db.prepare("SELECT id FROM measure").pluck().all());
	const nextMeasureOrder = db.prepare("SELECT coalesce(max(sort_order), 0) + 1 FROM measure").pluck();
	return writeTransaction(db, () => {
		const releaseId = Number(insertRelease.run(file.fileName, file.sha256, file.bytes.length, Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), parsed.format, parsed.recogniser, parsed.editionLabel, parsed.period?.key ?? null, parsed.period?.label ?? null, file.isSample ? 1 : 0, (/* @__PURE__ */ new Date()).toISOString()).lastInsertRowid);
		for (const footnote of parsed.footnotes) insertFootnote.run(releaseId, footnote.ref, footnote.text);
		const idCache = /* @__PURE__ */ new Map();
		const areaId = (slug) => {
			if (!slug) return null;
			if (!idCache.has(slug)) {
				const id = areaBySlug.get(slug);
				if (id === void 0) throw new AppError("bad_input", `Unknown area "${slug}" in the import mappings`);
				idCache.set(slug, id);
			}
			return idCache.get(slug);
		};
		const tableIds = [];
		const unknown = /* @__PURE__ */ new Set();
		const matched = /* @__PURE__ */ new Set();
		let observations = 0;
		parsed.tables.forEach((table, ordinal) => {
			const tableId = Number(insertTable.run(releaseId, ordinal, table.sheet, table.title ?? null, table.headerRow, table.layout, table.notes.join("\n") || null).lastInsertRowid);
			tableIds.push(tableId);
			const assignment = areas[ordinal] ?? /* @__PURE__ */ new Map();
			const isAreaTable = [...assignment.values()].some((slug) => slug !== null);
			const tableAreas = table.observations.map((observation) => areaId(assignment.get(observation.rowLabel)));
			table.observations.forEach((observation, index) => {
				if (!knownMeasures.has(observation.measure.id)) {
					upsertMeasure(db, observation.measure, nextMeasureOrder.get(), true);
					knownMeasures.add(observation.measure.id);
				}
				checkReading(observation);
				const areaId = tableAreas[index];
				if (areaId !== null) matched.add(areaId);
				else if (isAreaTable) unknown.add(observation.rowLabel);
				insertObservations.add(releaseId, tableId, observation.rowLabel, observation.columnLabel, areaId, observation.measure.id, observation.period?.key ?? null, observation.period?.label ?? null, observation.reading.value, observation.reading.stored ?? null, observation.reading.status, observation.raw, observation.sheet, observation.cell, observation.rowIndex, observation.colIndex, observation.reading.footnotes.length > 0 ? observation.reading.footnotes.join(" ") : null);
				observations++;
			});
		});
		insertObservations.flush();
		return {
			releaseId,
			tableIds,
			observations,
			matchedAreas: matched.size,
			unknownRowLabels: [...unknown]
		};
	});
}
function listReleases(db) {
	const releases = db.prepare(`SELECT id, file_name AS fileName, sha256, size_bytes AS sizeBytes, format, recogniser,
      edition_label AS editionLabel, period, is_sample AS isSample, imported_at AS importedAt
      FROM release r ORDER BY ${EDITION_ORDER_SQL}`).all();
	const tables = db.prepare(`SELECT t.id, t.release_id AS releaseId, t.ordinal, t.sheet, t.title, t.header_row AS headerRow, t.layout,
      (SELECT count(*) FROM observation o WHERE o.source_table_id = t.id) AS observations
      FROM source_table t ORDER BY t.release_id, t.ordinal`).all();
	return releases.map((release) => ({
		...release,
		isSample: release.isSample === 1,
		tables: tables.filter((table) => table.releaseId === release.id).map(({ releaseId: _, ...table }) => table)
	}));
}
function impactOf(db, releaseId) {
	const release = db.prepare("SELECT id AS releaseId, edition_label AS editionLabel, file_name AS fileName, is_sample AS isSample FROM release WHERE id = ?").get(releaseId);
	if (!release) throw new AppError("not_found", `Release ${releaseId} is not in the store (was it removed already?)`);
	const count = (sql) => db.prepare(sql).pluck().get({ id: releaseId });
	return {
		...release,
		isSample: release.isSample === 1,
		figures: count("SELECT count(*) FROM observation WHERE release_id = @id"),
		currentFigures: count("SELECT count(*) FROM current_figure WHERE release_id = @id"),
		edits: count(`SELECT count(*) FROM edit e WHERE e.undone_at IS NULL AND EXISTS (SELECT 1 FROM observation o WHERE o.release_id = @id
      AND o.area_id = e.area_id AND o.measure_id = e.measure_id AND o.period = e.period)`),
		notes: count(`SELECT count(*) FROM annotation n WHERE n.deleted_at IS NULL AND (n.release_id = @id OR (n.target_kind = 'cell' AND EXISTS (
      SELECT 1 FROM observation o WHERE o.release_id = @id AND o.area_id = n.area_id AND o.measure_id = n.measure_id AND o.period = n.period)))`)
	};
}
/** What removing a release would touch: for the confirmation a reporter reads first. */
function releaseImpact(db, releaseId) {
	return impactOf(db, releaseId);
}
/**
* Removes a release and its figures in one transaction. Edits and notes are never deleted with
* it: edits stay on their figures (the next edition's figure, or none until one is imported), and
* notes on the release keep its name.
*/
function removeRelease(db, releaseId) {
	return writeTransaction(db, () => {
		const impact = impactOf(db, releaseId);
		db.prepare("UPDATE annotation SET release_label = ?, release_id = NULL WHERE release_id = ?").run(impact.editionLabel, releaseId);
		db.prepare("DELETE FROM release WHERE id = ?").run(releaseId);
		return impact;
	});
}
/** How many releases and figures the store holds. */
function storeCounts(db) {
	return db.prepare("SELECT (SELECT count(*) FROM release) AS releases, (SELECT count(*) FROM observation) AS observations").get();
}
// main/import/worker-commit.ts
/** The worker's own connection, where the store is a file another connection can open. */
function storeLocationOf(store, nativeBinding) {
	return store.path === ":memory:" || store.path === "" ? void 0 : {
		path: store.path,
		nativeBinding
	};
}
function commitInWorker(worker, mappings, heapMb, isBackedUp = false) {
	return new Promise((resolve, reject) => {
		if (worker.threadId < 0) {
			reject(new AppError("not_found", "That import was closed before it was written: start it again"));
			return;
		}
		const settle = () => {
			worker.off("message", onMessage);
			worker.off("error", onError);
			worker.off("exit", onExit);
		};
		const onMessage = (message) => {
			if (message.type === "committed") {
				settle();
				resolve(message.summary);
			} else if (message.type === "commit-failed") {
				settle();
				reject(new AppError(message.code, message.message));
			}
		};
		const onError = (error) => {
			settle();
			reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new AppError("too_large", `Writing the file needed more than the ${heapMb} MB an import may use, so nothing was stored`) : new AppError("internal", oneLine(error)));
		};
		const onExit = (code) => {
			settle();
			reject(new AppError("not_found", `That import was closed before it was written (exit code ${code}): start it again`));
		};
		worker.on("message", onMessage);
		worker.on("error", onError);
		worker.on("exit", onExit);
		worker.postMessage({
			type: "commit",
			mappings,
			isBackedUp
		});
	});
}
// main/import/jobs.ts
/** Previews hold the file's bytes; a few are plenty for one reporter, and memory stays bounded. */
var MAX_KEPT_PREVIEWS = 4;
/** Failed and cancelled jobs keep only their status line, and only so many of those. */
var MAX_KEPT_ENDED = 16;
var NO_BYTES = /* @__PURE__ */ new Uint8Array(0);
/**
* The writer for work written in this thread: a file read here, or one small enough for a worker
* to send back (WORKER_WRITES_FROM). It loads while the file is read, so the commit writes at once.
*/
var inThreadWriter;
var inThreadCommit;
var loadWriter = () => inThreadWriter ??= import("./commit-VAqj7kuJ.js").then((commit) => {
	inThreadCommit = commit.commitAnalysis;
});
/** The reader (SheetJS) for a file read in this thread, loaded by the first such job, with the writer. */
var inThreadReader;
var loadInThread = () => inThreadReader ??= Promise.all([import("./analyse-MPFSYUbw.js"), loadWriter()]).then(([analyse]) => analyse);
/**
* Two reads at once: the window imports one file at a time (several dropped files queue), so a
* second is the CLI or another tab; each read may take 1 GB (DEFAULT_LIMITS) besides the file's
* 100 MB, and this project's laptops have two cores. An hour for a preview: a reporter reviews one
* in minutes, and starting again after a longer break costs about a second (npm run bench: a
* MoJ-size workbook imports in 250 ms). Ten minutes for a failure: the window polls every
* 150 ms and reads it at once; ten minutes also covers a laptop that slept mid-import.
*/
var DEFAULT_POLICY = {
	maxRunning: 2,
	previewTtlMs: 36e5,
	endedTtlMs: 6e5,
	now: Date.now
};
/** Why a read was stopped, in the words every worker uses (jobs/worker-task.ts). */
var IMPORT_NAMES = {
	doing: "Reading the file",
	whose: "an import",
	largest: "any MAPPA table"
};
/** How often what was left behind is looked for even when nobody calls (a minute: idle memory). */
var SWEEP_MS = 6e4;
var newId = () => randomBytes(12).toString("base64url");
var isHeldInWorker = (analysis) => analysis !== void 0 && "isHeldInWorker" in analysis;
/**
* Import jobs over one store. Reading runs in the worker script given (by default the one
* findWorkerScript() finds) or, with 'in-thread' or where no worker script exists, in this thread.
*/
function createImportJobs(store, worker = findWorkerScript(), limits = DEFAULT_LIMITS, policy = DEFAULT_POLICY, writer = storeLocationOf(store)) {
	const script = worker === "in-thread" ? void 0 : worker;
	const jobs = /* @__PURE__ */ new Map();
	const finish = (job, analysis) => {
		job.analysis = analysis;
		const duplicate = findReleaseBySha(store.db, analysis.sha256);
		const duplicateOf = duplicate === void 0 ? null : store.db.prepare("SELECT id AS releaseId, edition_label AS editionLabel, file_name AS fileName FROM release WHERE id = ?").get(duplicate);
		job.status = {
			...job.status,
			state: "done",
			phase: "Ready to import",
			progress: 1,
			preview: {
				...analysis.preview,
				previewId: job.status.jobId,
				duplicateOf
			}
		};
		stop(job);
	};
	const fail = (job, code, message) => {
		job.status = {
			...job.status,
			state: "failed",
			phase: "Failed",
			error: {
				code,
				message
			}
		};
		stop(job);
	};
	const failWith = (job, error) => fail(job, error.code, error.message);
	/** Ends a job's worker and timer, lets go of the bytes a failed or cancelled job can no longer use, and wakes whoever waits. */
	const stop = (job) => {
		clearTimeout(job.timer);
		if (!isHeldInWorker(job.analysis) || job.status.state !== "done") forgetWorker(job);
		job.endedAt = policy.now();
		if (job.status.state !== "done") {
			job.bytes = NO_BYTES;
			job.analysis = void 0;
		}
		job.settle();
		prune();
	};
	/** Forgets previews nobody committed or discarded in time, old failures, and all but the newest few of each. */
	const prune = () => {
		const now = policy.now();
		const ended = [...jobs.values()].filter((job) => job.endedAt !== void 0);
		const isPreview = (job) => job.status.state === "done";
		for (const job of ended) if (now - job.endedAt >= (isPreview(job) ? policy.previewTtlMs : policy.endedTtlMs)) forget(job);
		const keep = (kept, max) => kept.slice(0, Math.max(0, kept.length - max)).forEach(forget);
		keep(ended.filter((job) => jobs.has(job.status.jobId) && isPreview(job)), MAX_KEPT_PREVIEWS);
		keep(ended.filter((job) => jobs.has(job.status.jobId) && !isPreview(job)), MAX_KEPT_ENDED);
	};
	const forgetWorker = (job) => {
		job.worker?.terminate();
		job.worker = void 0;
	};
	/** Lets a job go with the worker that may hold its analysis. */
	const forget = (job) => {
		forgetWorker(job);
		jobs.delete(job.status.jobId);
	};
	const progressed = (job, phase, progress) => {
		job.status = {
			...job.status,
			phase,
			progress
		};
		job.onProgress?.(progress);
	};
	const sweeper = setInterval(prune, SWEEP_MS);
	sweeper.unref();
	let standby;
	/** The standby worker, given this job's file; none where there is none, or it has stopped (threadId -1). */
	const takeStandby = (input) => {
		const worker = standby;
		standby = void 0;
		if (!worker || worker.threadId < 0) return void 0;
		worker.postMessage({
			type: "read",
			input
		});
		return worker;
	};
	const runInWorker = (job, input, script) => {
		const worker = takeStandby(input) ?? startWorker(script, input, limits);
		job.worker = worker;
		job.timer = setTimeout(() => {
			if (job.status.state === "running") failWith(job, stoppedForTime(IMPORT_NAMES, limits));
		}, limits.timeMs);
		job.timer.unref();
		worker.on("message", (message) => {
			if (job.status.state !== "running") return;
			if (message.type === "progress") progressed(job, message.phase, message.progress);
			else if (message.type === "done") finish(job, message.analysis);
			else if (message.type === "failed") fail(job, message.code, message.message);
		});
		worker.on("error", (error) => job.status.state === "running" && failWith(job, workerStopped(error, IMPORT_NAMES, limits)));
		worker.on("exit", (code) => job.status.state === "running" && code !== 0 && fail(job, "internal", `The import stopped unexpectedly (exit code ${code})`));
	};
	const runHere = (job, input) => {
		const failed = (error) => fail(job, error instanceof AppError ? error.code : "internal", oneLine(error));
		loadInThread().then(({ analyseFile }) => {
			setImmediate(() => {
				if (job.status.state !== "running") return;
				try {
					finish(job, analyseFile(input, input.catalogue, (phase, progress) => progressed(job, phase, progress)));
				} catch (error) {
					failed(error);
				}
			});
		}, (error) => job.status.state === "running" && failed(error));
	};
	const get = (jobId) => {
		prune();
		const job = jobs.get(jobId);
		if (!job) throw new AppError("not_found", "That import is no longer open: start it again");
		return job;
	};
	/** Starts reading a file; the caller decides whether the store may be written. */
	/** Starts reading; `isForImport` lets the worker keep what it read and write it on commit. */
	const begin = (fileName, bytes, isForImport) => {
		const running = [...jobs.values()].filter((job) => job.status.state === "running").length;
		if (running >= policy.maxRunning) throw new AppError("busy", `${running} imports are being read already: wait for one to finish, or cancel it, then try again`);
		const jobId = newId();
		let settle = () => void 0;
		const job = {
			bytes,
			settled: new Promise((resolve) => settle = resolve),
			settle,
			status: {
				jobId,
				state: "running",
				phase: "Starting",
				progress: 0,
				preview: null,
				error: null
			}
		};
		jobs.set(jobId, job);
		const input = {
			fileName,
			bytes,
			catalogue: catalogueSnapshot(store.db),
			writer: script && isForImport ? writer : void 0
		};
		if (script) runInWorker(job, input, script);
		else runHere(job, input);
		if (isForImport) loadWriter().catch(() => void 0);
		return job;
	};
	return {
		standBy(worker) {
			standby?.terminate();
			if (script) standby = worker;
			else worker.terminate();
		},
		start(fileName, bytes) {
			prune();
			if (store.readOnlyReason === "other_window") throw new AppError("read_only", readOnlyRefusal(store.readOnlyReason));
			if (store.isReadOnly) throw new AppError("read_only", "The database is open read-only (its file or folder cannot be written): copy it to a writable folder to import files");
			return { jobId: begin(fileName, bytes, true).status.jobId };
		},
		status: (jobId) => get(jobId).status,
		cancel(jobId) {
			const job = get(jobId);
			if (job.status.state !== "running") return { cancelled: false };
			job.status = {
				...job.status,
				state: "cancelled",
				phase: "Cancelled"
			};
			stop(job);
			return { cancelled: true };
		},
		commit(previewId, mappings) {
			const job = get(previewId);
			if (!job.analysis) throw new AppError("bad_input", "That import has no preview yet: wait for it to finish reading");
			if (isHeldInWorker(job.analysis)) {
				if (!job.worker) throw new AppError("not_found", "That import is no longer open: start it again");
				return commitInWorker(job.worker, mappings, limits.heapMb, isBackedUpAsItIs(store)).then((summary) => {
					forget(job);
					return summary;
				});
			}
			const { analysis } = job;
			const write = (commitAnalysis) => {
				const summary = commitAnalysis(store, analysis, job.bytes, mappings);
				jobs.delete(previewId);
				return summary;
			};
			return inThreadCommit ? write(inThreadCommit) : loadWriter().then(() => write(inThreadCommit));
		},
		async importNow(fileName, bytes) {
			const { jobId } = this.start(fileName, bytes);
			const job = get(jobId);
			await job.settled;
			if (job.status.state !== "done") {
				jobs.delete(jobId);
				throw new AppError(job.status.error?.code ?? "internal", job.status.error?.message ?? "The import was stopped");
			}
			return this.commit(jobId, {});
		},
		async readNow(fileName, bytes, onProgress) {
			const job = begin(fileName, bytes, false);
			job.onProgress = onProgress;
			await job.settled;
			jobs.delete(job.status.jobId);
			if (!job.analysis || isHeldInWorker(job.analysis)) throw new AppError(job.status.error?.code ?? "internal", job.status.error?.message ?? "Reading the file was stopped");
			return job.analysis;
		},
		discard(previewId) {
			jobs.get(previewId)?.worker?.terminate();
			return { discarded: jobs.delete(previewId) };
		},
		heldBytes() {
			prune();
			return [...jobs.values()].reduce((sum, job) => sum + job.bytes.length, 0);
		},
		close() {
			clearInterval(sweeper);
			standby?.terminate();
			standby = void 0;
			for (const job of jobs.values()) job.worker?.terminate();
			jobs.clear();
		}
	};
}
// main/app.ts
var app_exports = /* @__PURE__ */ __exportAll({ createCore: () => createCore });
function appVersion() {
	return JSON.parse(readFileSync(join(resourcesDir(), "..", "package.json"), "utf8")).version ?? "0.0.0";
}
var describeBackup = (at) => new Date(at).toLocaleString("en-GB", {
	day: "numeric",
	month: "short",
	hour: "2-digit",
	minute: "2-digit",
	timeZone: "UTC"
}) + " UTC";
/** The command that restores this database's latest good backup: `--db` named unless it is the one used by default. */
var restoreCommand = (dbPath) => `npm run mappa -- restore${dbPath === resolveDbPath(void 0) ? "" : ` --db "${dbPath}"`}`;
/** Opens the store; a damaged one is refused in one line that names the latest good backup. */
function openDeskStore(options) {
	try {
		return openStore(options.dbPath, {
			nativeBinding: options.nativeBinding,
			readOnly: options.openElsewhere ? "other_window" : void 0
		});
	} catch (error) {
		if (!(error instanceof AppError) || error.code !== "database_damaged") throw error;
		const backup = latestGoodBackup(options.dbPath);
		throw new AppError("database_damaged", `${error.message}. ${backup ? `The latest good backup is from ${describeBackup(backup.at)} (${backup.file}): restore it with ${restoreCommand(options.dbPath)}` : "There is no backup to restore"}`);
	}
}
/** A dispatch built on its first call (or when prepared), so what it loads is paid for only when used. */
function lazyDispatch(build) {
	let built;
	const ready = () => built ??= build().catch((error) => {
		built = void 0;
		throw error;
	});
	return {
		dispatch: async (channel, args) => (await ready())(channel, args),
		prepare: () => void ready().catch(() => void 0)
	};
}
var loadRegistrar = () => import("./registrar-CHWLPqYO.js");
function createCore(options) {
	const store = openDeskStore(options);
	if (store.isReadOnly) (options.log ?? console.warn)(options.openElsewhere ? openElsewhereNotice(options.openElsewhere) : readOnlyNotice(store.path));
	const jobs = createImportJobs(store, findWorkerScript(), DEFAULT_LIMITS, DEFAULT_POLICY, storeLocationOf(store, options.nativeBinding));
	try {
		backUpDailyIfDue(store);
	} catch (error) {
		options.log?.(`Daily backup skipped: ${oneLine(error)}`);
	}
	let localise;
	const localiseJobs = async () => {
		const { createLocaliseJobs } = await import("./jobs-D5J-oZ_5.js");
		if (!store.db.open) throw new AppError("database", "The database was closed: open it again to make packs");
		return localise ??= createLocaliseJobs(store, { nativeBinding: options.nativeBinding });
	};
	const { dispatch, prepare } = lazyDispatch(async () => {
		const [{ createHandlers }, { createDispatch }] = await Promise.all([import("./handlers-BHShMjZa.js"), loadRegistrar()]);
		return createDispatch(createHandlers({
			store,
			jobs,
			mode: options.mode,
			version: appVersion(),
			samplePath: samplePath(),
			desk: options.desk,
			openElsewhere: options.openElsewhere,
			chooseSavePath: options.chooseSavePath,
			localise: localiseJobs
		}), options.log);
	});
	return {
		store,
		jobs,
		dispatch,
		prepare,
		close: () => {
			jobs.close();
			localise?.close();
			store.close();
		}
	};
}
/** Answers only what the recovery screen needs; every other call says the database is damaged. */
function recoveryHandlers(recovery, version, mode, restore) {
	const refuse = () => {
		throw new AppError("database_damaged", recovery.message);
	};
	const handlers = Object.fromEntries(CHANNELS.map((channel) => [channel, refuse]));
	handlers["app:info"] = () => ({
		name: "MAPPA Desk",
		version,
		mode,
		dbPath: recovery.dbPath,
		isReadOnly: false,
		releases: 0,
		observations: 0,
		recovery
	});
	handlers["backups:restore"] = ({ file }) => restore(file);
	return handlers;
}
/**
* The core behind a window. Where the database is damaged it starts in recovery: the window
* shows why and offers the latest good backup; restoring it opens the desk as usual. One window
* writes to a database: it holds the writer lock, and a window opened beside it reads only, until
* the first one closes (then its next `app:info` takes the lock over and reopens it writable).
*/
function createDesk(options) {
	let core = null;
	let recoveryDispatch = null;
	let lock = null;
	let heldBy;
	const claim = () => {
		if (options.dbPath === ":memory:") return;
		try {
			mkdirSync(dirname(options.dbPath), { recursive: true });
			const attempt = takeWriterLock(options.dbPath, "window");
			if (attempt.taken) [lock, heldBy] = [attempt.lock, void 0];
			else heldBy = attempt.heldBy;
		} catch {
			heldBy = void 0;
		}
	};
	const control = { restore(file) {
		if (heldBy) throw new AppError("read_only", openElsewhereNotice(heldBy));
		if (core) {
			try {
				backUp(core.store, "restore");
			} catch (error) {
				throw new AppError(error instanceof AppError ? error.code : "database", `Nothing was restored: the database as it is could not be backed up first (${oneLine(error)}); it is unchanged at ${options.dbPath}`);
			}
			core.close();
			core = null;
		}
		try {
			return restoreBackup(options.dbPath, file);
		} finally {
			open();
		}
	} };
	const open = () => {
		try {
			core = createCore({
				...options,
				desk: control,
				openElsewhere: heldBy
			});
			core.prepare();
			recoveryDispatch = null;
		} catch (error) {
			if (!(error instanceof AppError) || error.code !== "database_damaged") throw error;
			const recovery = {
				message: error.message,
				dbPath: options.dbPath,
				backup: latestGoodBackup(options.dbPath) ?? null
			};
			recoveryDispatch = lazyDispatch(async () => (await loadRegistrar()).createDispatch(recoveryHandlers(recovery, appVersion(), options.mode, control.restore), options.log)).dispatch;
		}
	};
	/** Once the other window has closed, this one takes the lock and reopens the database writable. */
	const reclaim = () => {
		if (!heldBy || lockHolder(options.dbPath) !== null) return;
		claim();
		if (heldBy) return;
		core?.close();
		core = null;
		open();
	};
	claim();
	open();
	return {
		dispatch: (channel, args) => {
			if (channel === "app:info") reclaim();
			return core ? core.dispatch(channel, args) : recoveryDispatch(channel, args);
		},
		dbPath: options.dbPath,
		core: () => core,
		close: () => {
			core?.close();
			lock?.release();
			lock = null;
		}
	};
}
export { listReleases as a, storeCounts as c, findReleaseBySha as i, writeRelease as l, createCore as n, releaseImpact as o, createDesk as r, removeRelease as s, app_exports as t, isChannel as u };
