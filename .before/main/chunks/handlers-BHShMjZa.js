import { mergeHandlers } from "./registrar-CHWLPqYO.js";
import { n as tableGrid, t as currentFigures } from "./figures-XTJ_aqNy.js";
import { _ as getSetting, b as writeTransaction, d as listAreas, f as listMeasures, p as listRememberedMappings, u as forgetMapping, v as setSetting } from "./database-Dvu7gefL.js";
import { t as listRevisions } from "./revisions-zYrEdm-k.js";
import { c as parseChartSpec, n as builtInStyle, r as houseStyleSchema, t as BUILT_IN_STYLES } from "./theme-DYFJEqKO.js";
import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { a as canUndoRedo, c as redo, d as areaNames, f as assertArea, i as updateAnnotation, l as undo, m as now, n as deleteAnnotation, o as listHistory, p as assertMeasure, r as listAnnotations, s as recordAction, t as createAnnotation, u as areaIdOf } from "./annotations-DAf014Hh.js";
import { t as altTextPathFor } from "./files-DU48XwFh.js";
import { a as writeFileWhole } from "./write-3upzu9tP.js";
import { n as readCell } from "./markers-Dd7rlal8.js";
import { a as footerLines, c as measurePivot, i as buildTableSpec, n as tableHtml, s as areaPivot } from "./html-DcHLug8i.js";
import { l as areasFor } from "./measures-Dj0ua4gL.js";
import { a as restatementsToCheck, i as leadsResult, n as leadsData, r as unconfirmRestatement, t as confirmRestatement } from "./leads-BcpGSOkX.js";
import { i as sourceLineForLabels, t as citeFigure } from "./provenance-CJ1M823P.js";
import { a as storyData, r as houseStyle, t as STYLE_SETTINGS } from "./story-Dk6kr2Lu.js";
import { t as parseSpecOrThrow } from "./prepare-BdOvd1kD.js";
import { a as listBackups, t as backUp } from "./backup-DpHNx6jF.js";
import { n as verifySources } from "./verify-BIpddZYz.js";
import { i as openElsewhereNotice } from "./writer-lock-BVEuZlFt.js";
import { a as listReleases, c as storeCounts, o as releaseImpact, s as removeRelease } from "./app-BWIFkLlT.js";
import { r as draftSentences } from "./sentences-Bw_dOi9c.js";
import { n as sentenceJson } from "./views-Dkj95Nr7.js";
import { t as drafts } from "./drafts-D4qvC89g.js";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { userInfo } from "node:os";
// main/ipc/handlers/catalogue.ts
function catalogueHandlers(context) {
	const { db } = context.store;
	return {
		"aliases:list": () => listRememberedMappings(db),
		"aliases:forget": ({ kind, key }) => ({ forgotten: forgetMapping(db, kind, key) }),
		"areas:list": () => listAreas(db),
		"measures:list": () => listMeasures(db),
		"revisions:list": ({ area, measure }) => {
			currentFigures(db, {
				area,
				measure,
				period: "0000/00"
			});
			return listRevisions(db, {
				area,
				measure
			});
		}
	};
}
// main/export/chart/library.ts
/** A saved spec that no longer parses (a newer version's, or edited by hand) is still listed, with the house defaults. */
function toSaved(row) {
	return {
		id: row.id,
		name: row.name,
		spec: parseChartSpec(JSON.parse(row.spec)),
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}
function listCharts(db) {
	return db.prepare("SELECT id, name, spec, created_at, updated_at FROM chart ORDER BY updated_at DESC, id DESC").all().flatMap((row) => {
		try {
			return [toSaved(row)];
		} catch {
			return [];
		}
	});
}
function getChart(db, id) {
	const row = db.prepare("SELECT id, name, spec, created_at, updated_at FROM chart WHERE id = ?").get(id);
	if (!row) throw new AppError("not_found", `Chart ${id} is not in this project (was it deleted?)`);
	return toSaved(row);
}
function checkName(name) {
	const trimmed = name.trim();
	if (trimmed === "") throw new AppError("bad_input", "Give the chart a name before saving it");
	return trimmed.slice(0, 200);
}
/** Saves a new chart, or overwrites the one with `id`. */
function saveChart(db, request) {
	const name = checkName(request.name);
	const spec = JSON.stringify(parseChartSpec(request.spec));
	const at = now();
	if (request.id !== void 0) {
		getChart(db, request.id);
		db.prepare("UPDATE chart SET name = ?, spec = ?, updated_at = ? WHERE id = ?").run(name, spec, at, request.id);
		return getChart(db, request.id);
	}
	return getChart(db, Number(db.prepare("INSERT INTO chart (name, spec, created_at, updated_at) VALUES (?, ?, ?, ?)").run(name, spec, at, at).lastInsertRowid));
}
function duplicateChart(db, id) {
	const original = getChart(db, id);
	return saveChart(db, {
		name: `${original.name} (copy)`,
		spec: original.spec
	});
}
function deleteChart(db, id) {
	getChart(db, id);
	db.prepare("DELETE FROM chart WHERE id = ?").run(id);
	return { deleted: true };
}
function listStyles(db) {
	const saved = db.prepare("SELECT name, spec FROM template ORDER BY name").all().flatMap((row) => {
		const parsed = houseStyleSchema.safeParse({
			...JSON.parse(row.spec),
			name: row.name
		});
		return parsed.success ? [{
			style: parsed.data,
			isBuiltIn: false
		}] : [];
	});
	return [...BUILT_IN_STYLES.map((style) => ({
		style,
		isBuiltIn: true
	})), ...saved];
}
/** "Save as house style": fonts, colours, sizes, column widths and wording, under a name. */
function saveStyle(db, style) {
	const parsed = houseStyleSchema.parse(style);
	if (builtInStyle(parsed.name)) throw new AppError("bad_input", `"${parsed.name}" is a built-in house style: save yours under another name`);
	db.prepare("INSERT INTO template (name, spec, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET spec = excluded.spec").run(parsed.name, JSON.stringify(parsed), now());
	return {
		style: parsed,
		isBuiltIn: false
	};
}
function deleteStyle(db, name) {
	if (builtInStyle(name)) throw new AppError("bad_input", `"${name}" is built in and cannot be deleted`);
	if (db.prepare("DELETE FROM template WHERE name = ?").run(name).changes === 0) throw new AppError("not_found", `There is no house style called "${name}"`);
	return { deleted: true };
}
var EXPORT_FOLDER_KEY = "chartExportFolder";
function lastExportFolder(db) {
	const value = getSetting(db, EXPORT_FOLDER_KEY);
	return typeof value === "string" ? value : null;
}
function rememberExportFolder(db, folder) {
	setSetting(db, EXPORT_FOLDER_KEY, folder);
}
// main/ipc/handlers/charts.ts
var drawing = () => import("./render-ksuj0MWH.js").then((n) => n.r);
function chartHandlers(context) {
	const { db } = context.store;
	return {
		"charts:render": async ({ spec, format, dpi }) => {
			const { renderChart } = await drawing();
			const { format: _format, isCmyk: _isCmyk, ...preview } = await renderChart(db, dpi === void 0 ? spec : {
				...spec,
				dpi
			}, format ?? "png");
			return preview;
		},
		"charts:export": async ({ spec, format, cmyk }) => {
			const { renderChart } = await drawing();
			const rendered = await renderChart(db, spec, format, { isCmyk: cmyk });
			const summary = {
				fileName: rendered.fileName,
				mime: rendered.mime,
				format,
				isCmyk: rendered.isCmyk,
				widthPx: rendered.widthPx,
				heightPx: rendered.heightPx,
				dpi: rendered.dpi,
				altText: rendered.altText,
				warnings: rendered.warnings
			};
			if (!context.chooseSavePath) return {
				...summary,
				bytes: rendered.bytes,
				savedTo: null,
				isCancelled: false
			};
			const folder = lastExportFolder(db);
			const path = await context.chooseSavePath({
				defaultPath: folder ? join(folder, rendered.fileName) : rendered.fileName,
				format
			});
			if (!path) return {
				...summary,
				bytes: null,
				savedTo: null,
				isCancelled: true
			};
			writeFileWhole(path, rendered.bytes);
			writeFileWhole(altTextPathFor(path), `${rendered.altText}\n`);
			rememberExportFolder(db, dirname(path));
			return {
				...summary,
				bytes: null,
				savedTo: path,
				isCancelled: false
			};
		},
		"charts:list": () => listCharts(db),
		"charts:save": (request) => saveChart(db, request),
		"charts:duplicate": ({ id }) => duplicateChart(db, id),
		"charts:delete": ({ id }) => deleteChart(db, id),
		"templates:list": () => listStyles(db),
		"templates:save": ({ style }) => saveStyle(db, style),
		"templates:delete": ({ name }) => deleteStyle(db, name)
	};
}
/** Reads a typed figure tolerantly; refuses anything that is not a number or a marker. */
function parseTypedFigure(typed) {
	const raw = typed.trim();
	if (raw === "") throw new AppError("bad_input", "Type a figure, such as 1,867, or a marker such as [c]");
	const reading = readCell(raw);
	if (reading.status === "text") throw new AppError("bad_input", `"${raw}" is not a figure: type a number such as 1,867, or a marker such as [c] or -`);
	if (reading.value !== null && reading.value < 0) throw new AppError("bad_input", `"${raw}" is negative: MAPPA counts and rates cannot be`);
	return {
		value: reading.value,
		status: reading.status,
		raw
	};
}
function applyEdit(db, request) {
	const reason = request.reason.trim();
	if (reason === "") throw new AppError("bad_input", "Say why the figure changes: a reason is required for every edit");
	if (reason.length > 500) throw new AppError("bad_input", `Keep the reason under 500 characters`);
	const typed = parseTypedFigure(request.value);
	const areaId = areaIdOf(db, request.area);
	assertMeasure(db, request.measure);
	return writeTransaction(db, () => {
		const current = db.prepare(`SELECT value, status, raw, observation_id, edit_id, basis_value, basis_status, basis_raw, basis_edition,
        imported_value, imported_status, imported_raw, edition_label
        FROM current_figure WHERE area_id = ? AND measure_id = ? AND period = ?`).get(areaId, request.measure, request.period);
		if (!current) throw new AppError("not_found", `There is no imported figure for ${request.area} ${request.measure} ${request.period} to correct`);
		if (current.value === typed.value && current.status === typed.status) throw new AppError("bad_input", `No change: the figure is already ${current.raw}`);
		const basis = current.edit_id !== null && current.basis_status !== null ? {
			value: current.basis_value,
			status: current.basis_status,
			raw: current.basis_raw,
			edition: current.basis_edition
		} : {
			value: current.imported_value,
			status: current.imported_status,
			raw: current.imported_raw,
			edition: current.edition_label
		};
		const id = Number(db.prepare(`INSERT INTO edit (area_id, measure_id, period, before_value, before_raw, after_value, after_raw, after_status, reason, author, at,
            observation_id, basis_value, basis_status, basis_raw, basis_edition)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(areaId, request.measure, request.period, current.value, current.raw, typed.value, typed.raw, typed.status, reason, request.author ?? null, now(), current.edit_id !== null ? db.prepare("SELECT observation_id FROM edit WHERE id = ?").pluck().get(current.edit_id) : current.observation_id, basis.value, basis.status, basis.raw, basis.edition).lastInsertRowid);
		recordAction(db, {
			kind: "edit",
			editId: id
		});
		return getEdit(db, id);
	});
}
/** Reverts one edit on its own, leaving later and earlier edits of the cell as they are. */
function revertEdit(db, editId) {
	return writeTransaction(db, () => {
		if (!getEdit(db, editId).isActive) throw new AppError("bad_input", "That edit is already reverted");
		db.prepare("UPDATE edit SET undone_at = ? WHERE id = ?").run(now(), editId);
		recordAction(db, {
			kind: "revert",
			editId
		});
		return getEdit(db, editId);
	});
}
/**
* Keeps a correction after a newer edition restated the figure it was made against: the edit now
* stands against the newer edition's figure, and is no longer flagged.
*/
function keepEdit(db, editId) {
	return writeTransaction(db, () => {
		if (!getEdit(db, editId).isActive) throw new AppError("bad_input", "That edit is reverted: there is nothing to keep");
		const current = db.prepare(`SELECT cf.observation_id, cf.imported_value, cf.imported_status, cf.imported_raw, cf.edition_label, cf.edit_id, cf.is_stale_edit
        FROM current_figure cf JOIN edit e ON e.area_id = cf.area_id AND e.measure_id = cf.measure_id AND e.period = cf.period WHERE e.id = ?`).get(editId);
		if (!current || current.edit_id !== editId) throw new AppError("bad_input", "That edit is not the one in effect for its figure");
		if (current.is_stale_edit !== 1) throw new AppError("bad_input", "That correction already stands against the current edition");
		db.prepare("UPDATE edit SET observation_id = ?, basis_value = ?, basis_status = ?, basis_raw = ?, basis_edition = ? WHERE id = ?").run(current.observation_id, current.imported_value, current.imported_status, current.imported_raw, current.edition_label, editId);
		return getEdit(db, editId);
	});
}
var EDIT_COLUMNS = `e.id, a.slug AS area, a.name AS area_name, e.measure_id AS measure, e.period,
  e.before_value AS before, e.before_raw, e.after_value AS after, e.after_raw, e.reason, e.author, e.at, e.undone_at`;
function getEdit(db, editId) {
	const row = db.prepare(`SELECT ${EDIT_COLUMNS} FROM edit e JOIN area a ON a.id = e.area_id WHERE e.id = ?`).get(editId);
	if (!row) throw new AppError("not_found", `Edit ${editId} is not in the store`);
	return {
		...row,
		isActive: row.undone_at === null
	};
}
/** The edits of one cell (or of everything), newest first: who changed what, when and why. */
function listEdits(db, filter = {}) {
	return db.prepare(`SELECT ${EDIT_COLUMNS} FROM edit e JOIN area a ON a.id = e.area_id
      WHERE (@area IS NULL OR a.slug = @area) AND (@measure IS NULL OR e.measure_id = @measure) AND (@period IS NULL OR e.period = @period)
      ORDER BY e.id DESC`).all({
		area: filter.area ?? null,
		measure: filter.measure ?? null,
		period: filter.period ?? null
	}).map((row) => ({
		...row,
		isActive: row.undone_at === null
	}));
}
// main/ipc/handlers/figures.ts
function author() {
	try {
		return userInfo().username;
	} catch {
		return;
	}
}
var state = (db, actionId) => ({
	actionId,
	...canUndoRedo(db)
});
function readSetting(db, key) {
	const value = getSetting(db, key);
	return { value: typeof value === "string" ? value : null };
}
function figureHandlers(context) {
	const { db } = context.store;
	return {
		"pivot:measure": ({ measure, derived }) => measurePivot(db, measure, new Set(derived ?? [])),
		"pivot:area": ({ area, derived }) => areaPivot(db, area, new Set(derived ?? [])),
		"edits:apply": (request) => applyEdit(db, {
			...request,
			author: author()
		}),
		"edits:revert": ({ editId }) => revertEdit(db, editId),
		"edits:keep": ({ editId }) => keepEdit(db, editId),
		"edits:list": (filter) => listEdits(db, filter),
		"history:list": (filter) => listHistory(db, filter),
		"history:undo": () => state(db, undo(db)),
		"history:redo": () => state(db, redo(db)),
		"history:state": () => state(db, null),
		"annotations:list": () => listAnnotations(db),
		"annotations:create": ({ target, text }) => createAnnotation(db, target, text),
		"annotations:update": ({ id, text }) => updateAnnotation(db, id, text),
		"annotations:delete": ({ id }) => deleteAnnotation(db, id),
		"settings:get": ({ key }) => readSetting(db, key),
		"settings:set": ({ key, value }) => {
			if (key === "homeArea" && value !== null) areaIdOf(db, value);
			setSetting(db, key, value);
			return readSetting(db, key);
		}
	};
}
// main/ipc/handlers/import.ts
function importHandlers(context) {
	const { jobs } = context;
	return {
		"import:file": ({ fileName, bytes }) => jobs.importNow(basename(fileName), bytes),
		"sample:open": async () => {
			const { importFile } = await import("./importFile-53-V0fJH.js");
			const bytes = readFileSync(context.samplePath);
			return importFile(context.store, {
				fileName: basename(context.samplePath),
				bytes,
				isSample: true
			});
		},
		"import:start": ({ fileName, bytes }) => jobs.start(basename(fileName), bytes),
		"import:status": ({ jobId }) => jobs.status(jobId),
		"import:cancel": ({ jobId }) => jobs.cancel(jobId),
		"import:commit": ({ previewId, mappings }) => jobs.commit(previewId, mappings),
		"import:discard": ({ previewId }) => jobs.discard(previewId)
	};
}
// main/ipc/handlers/leads.ts
function areaSlugs(names) {
	return names?.flatMap((name) => {
		const slugs = areasFor(name);
		if (!slugs) throw new AppError("not_found", `Unknown area or region "${name}": use a slug such as essex, england-and-wales or north-east`);
		return slugs;
	});
}
/** The restatement as it stands after the change, for the view to show. */
function restatementNow(db, ref) {
	const found = restatementsToCheck(leadsData(db)).find((check) => check.area === ref.area && check.measure === ref.measure && check.period === ref.period && check.fromReleaseId === ref.fromReleaseId && check.toReleaseId === ref.toReleaseId);
	if (!found) throw new AppError("not_found", `${ref.area} ${ref.measure} ${ref.period} was not restated by more than a tenth: nothing to confirm`);
	return found;
}
function leadsHandlers(context) {
	const { db } = context.store;
	return {
		"leads:list": ({ period, areas }) => leadsResult(leadsData(db), houseStyle(db), {
			period,
			areas: areaSlugs(areas)
		}, (releases) => sourceLineForLabels(db, releases)),
		"leads:confirm": (ref) => {
			restatementNow(db, ref);
			confirmRestatement(db, ref);
			return restatementNow(db, ref);
		},
		"leads:unconfirm": (ref) => {
			unconfirmRestatement(db, ref);
			return restatementNow(db, ref);
		}
	};
}
// main/export/localise/default-spec.ts
/** 86 mm is one column of a tabloid page; 300 dpi is what print desks ask for. */
var COLUMN = {
	widthMm: 86,
	heightMm: 70,
	dpi: 300
};
function defaultLocaliseSpec(db, area = "essex") {
	const periods = [...new Set(currentFigures(db, { measure: "rso" }).map((figure) => figure.period))].sort();
	const from = periods[Math.max(0, periods.length - 6)] ?? "2021/22";
	const to = periods.at(-1) ?? "2021/22";
	const name = areaNames(db).get(area) ?? area;
	return {
		version: 1,
		type: "line",
		measure: "rso",
		areas: [area],
		highlight: area,
		reference: "england-and-wales",
		periods: {
			from,
			to
		},
		title: `Registered sex offenders in ${name}`,
		size: {
			widthMm: COLUMN.widthMm,
			heightMm: COLUMN.heightMm
		},
		dpi: COLUMN.dpi
	};
}
// main/ipc/handlers/localise.ts
var runs = () => import("./jobs-D5J-oZ_5.js");
function localiseHandlers(context) {
	const { db } = context.store;
	let made;
	const localise = () => {
		if (context.localise) return Promise.resolve(context.localise());
		return made ??= runs().then(({ createLocaliseJobs }) => createLocaliseJobs(context.store));
	};
	return {
		"localise:start": async ({ chartId, spec, areas }) => {
			const home = getSetting(db, "homeArea");
			const chosen = parseSpecOrThrow(spec ?? (chartId !== void 0 ? getChart(db, chartId).spec : defaultLocaliseSpec(db, typeof home === "string" ? home : "essex")));
			const [{ checkAreas }, { defaultPacksFolder }] = await Promise.all([import("./run-XreOtHCg.js").then((n) => n.n), runs()]);
			const areaList = checkAreas(db, areas);
			const folder = defaultPacksFolder(context.store.path, {
				title: chosen.title,
				chartId
			});
			const { jobId, outDir } = (await localise()).start({
				spec: chosen,
				...folder,
				areas: areaList
			});
			return {
				jobId,
				outDir,
				total: areaList.length
			};
		},
		"localise:status": async ({ jobId }) => (await localise()).status(jobId),
		"localise:cancel": async ({ jobId }) => (await localise()).cancel(jobId),
		"localise:index": async ({ jobId }) => {
			const status = (await localise()).status(jobId);
			if (!status.result) throw new AppError("not_found", "The index page is written when the run stops: wait for it, or cancel it");
			if (status.result.indexPath === null) throw new AppError("not_found", `No index page: an index.html MAPPA Desk did not write is in ${status.outDir}, and was left as it was`);
			return {
				html: readFileSync(status.result.indexPath, "utf8"),
				path: status.result.indexPath
			};
		}
	};
}
// main/import/verify-jobs.ts
function createVerifyJobs(db, read) {
	let latest;
	const get = (jobId) => {
		if (latest?.status.jobId !== jobId) throw new AppError("not_found", "That check against the sources is no longer open: start it again");
		return latest;
	};
	return {
		start() {
			if (latest?.status.state === "running") return { jobId: latest.status.jobId };
			const status = {
				jobId: randomBytes(12).toString("base64url"),
				state: "running",
				done: 0,
				total: 0,
				current: null,
				progress: 0,
				result: null,
				error: null
			};
			latest = {
				status,
				finished: verifySources(db, read, (progress) => Object.assign(status, progress)).then((result) => Object.assign(status, {
					state: "done",
					current: null,
					progress: 1,
					result
				}), (error) => Object.assign(status, {
					state: "failed",
					current: null,
					error: {
						code: error instanceof AppError ? error.code : "internal",
						message: oneLine(error)
					}
				}))
			};
			return { jobId: status.jobId };
		},
		status: (jobId) => ({ ...get(jobId).status }),
		finished: (jobId) => get(jobId).finished.then((status) => ({ ...status }))
	};
}
// main/ipc/handlers/store.ts
function storeHandlers(context) {
	const { store } = context;
	const readSource = (fileName, bytes, onProgress) => context.jobs.readNow(fileName, bytes, onProgress);
	const verifyJobs = createVerifyJobs(store.db, readSource);
	return {
		"app:info": () => {
			const counts = storeCounts(store.db);
			return {
				name: "MAPPA Desk",
				version: context.version,
				mode: context.mode,
				dbPath: store.path,
				isReadOnly: store.isReadOnly,
				readOnlyReason: store.readOnlyReason,
				openElsewhere: context.openElsewhere ? {
					pid: context.openElsewhere.pid,
					since: context.openElsewhere.since,
					notice: openElsewhereNotice(context.openElsewhere)
				} : null,
				releases: counts.releases,
				observations: counts.observations
			};
		},
		"releases:list": () => listReleases(store.db),
		"releases:impact": ({ releaseId }) => releaseImpact(store.db, releaseId),
		"releases:remove": ({ releaseId }) => {
			releaseImpact(store.db, releaseId);
			backUp(store, "removal");
			return removeRelease(store.db, releaseId);
		},
		"backups:list": () => listBackups(store.path),
		"backups:create": () => backUp(store, "manual"),
		"backups:restore": ({ file }) => {
			if (!context.desk) throw new AppError("bad_input", "Restore from the command line with npm run mappa -- restore");
			return context.desk.restore(file);
		},
		"verify:start": () => verifyJobs.start(),
		"verify:status": ({ jobId }) => verifyJobs.status(jobId),
		"tables:grid": ({ tableId }) => tableGrid(store.db, tableId),
		"figures:list": (query) => currentFigures(store.db, query)
	};
}
// main/ipc/handlers/story.ts
function storyHandlers(context) {
	const { db } = context.store;
	return {
		"story:sentences": ({ area, period }) => {
			assertArea(db, area);
			const style = houseStyle(db);
			return {
				style,
				sentences: draftSentences(storyData(db), area, period, style).map(sentenceJson)
			};
		},
		"story:check": ({ area, period, text }) => {
			if (area) assertArea(db, area);
			return drafts().check(text, storyData(db), {
				area,
				period
			});
		},
		"story:read-copy": async ({ fileName, bytes }) => ({ text: await drafts().read(fileName, bytes) }),
		"story:style": () => houseStyle(db),
		"story:set-style": ({ style }) => {
			db.transaction(() => {
				for (const key of Object.keys(style)) setSetting(db, STYLE_SETTINGS[key], style[key] ?? null);
			})();
			return houseStyle(db);
		}
	};
}
// main/store/editions.ts
/** Newest edition first: by the edition's own year, then the later import. */
function figureEditions(db, ref) {
	const areaId = areaIdOf(db, ref.area);
	assertMeasure(db, ref.measure);
	const rows = db.prepare(`SELECT r.id AS releaseId, r.edition_label AS editionLabel, r.file_name AS fileName, r.is_sample AS isSample, r.period AS releasePeriod,
        r.imported_at AS importedAt, o.value, o.status, o.raw, o.sheet, o.cell, o.footnotes
      FROM observation o JOIN release r ON r.id = o.release_id
      WHERE o.area_id = ? AND o.measure_id = ? AND o.period = ?
      ORDER BY r.is_sample, r.period IS NULL, r.period DESC, r.id DESC, o.id`).all(areaId, ref.measure, ref.period);
	const [current] = currentFigures(db, ref);
	return rows.map((row) => ({
		releaseId: row.releaseId,
		editionLabel: row.editionLabel,
		fileName: row.fileName,
		isSample: row.isSample === 1,
		importedAt: row.importedAt,
		value: row.value,
		status: row.status,
		raw: row.raw,
		sheet: row.sheet,
		cell: row.cell,
		footnotes: row.footnotes ? row.footnotes.split(" ") : [],
		isCurrent: current !== void 0 && current.source.release_id === row.releaseId && current.source.sheet === row.sheet && current.source.cell === row.cell
	}));
}
// main/ipc/handlers/tables.ts
/** The folder the last table was saved in, offered first next time. */
var LAST_EXPORT_FOLDER = "lastExportFolder";
var writers = () => import("./registry-CizziSuz.js").then((n) => n.n);
function tableHandlers(context) {
	const { db } = context.store;
	return {
		"tables:formats": async () => (await writers()).TABLE_WRITERS.map(({ format, label, extension }) => ({
			format,
			label,
			extension
		})),
		"tables:preview": async (request) => {
			const { TABLE_WRITERS, tableFileName } = await writers();
			const spec = buildTableSpec(db, request);
			const fileNames = Object.fromEntries(TABLE_WRITERS.map((writer) => [writer.format, tableFileName(spec.title, writer.format)]));
			return {
				title: spec.title,
				html: tableHtml(spec),
				rows: spec.rows.length,
				columns: spec.columns.length,
				sourceLine: spec.sourceLine,
				footer: footerLines(spec),
				fileNames
			};
		},
		"tables:export": async ({ format, ...request }) => (await writers()).writeTable(buildTableSpec(db, request), format),
		"tables:save": async ({ format, ...request }) => {
			if (!context.chooseSavePath) throw new AppError("bad_input", "Saving through a dialog needs the desktop app; in the browser the table downloads instead");
			const written = await (await writers()).writeTable(buildTableSpec(db, request), format);
			const folder = getSetting(db, LAST_EXPORT_FOLDER);
			const path = await context.chooseSavePath({
				defaultPath: typeof folder === "string" ? join(folder, written.fileName) : written.fileName,
				format
			});
			if (path === null) return { path: null };
			writeFileWhole(path, written.bytes);
			setSetting(db, LAST_EXPORT_FOLDER, dirname(path));
			return { path };
		},
		"figures:editions": (ref) => figureEditions(db, ref),
		"figures:cite": (ref) => {
			const [figure] = currentFigures(db, ref);
			if (!figure) throw new AppError("not_found", `No figure for ${ref.area} ${ref.measure} ${ref.period} in any imported edition`);
			return { citation: citeFigure(figure) };
		}
	};
}
// main/ipc/handlers/index.ts
function createHandlers(context) {
	return mergeHandlers(storeHandlers(context), importHandlers(context), catalogueHandlers(context), figureHandlers(context), chartHandlers(context), tableHandlers(context), storyHandlers(context), leadsHandlers(context), localiseHandlers(context));
}
export { createHandlers };
