import { t as AppError } from "./errors-D5rubfHc.js";
import { b as writeTransaction } from "./database-Dvu7gefL.js";
// main/store/keys.ts
function areaIdOf(db, slug) {
	const id = db.prepare("SELECT id FROM area WHERE slug = ?").pluck().get(slug);
	if (id === void 0) throw new AppError("not_found", `Unknown area "${slug}": use a slug such as essex, county-durham or england-and-wales`);
	return id;
}
/** Throws the one "Unknown area" line where the slug names no area in the store. */
function assertArea(db, slug) {
	areaIdOf(db, slug);
}
/** Every area's name by its slug. */
function areaNames(db) {
	const rows = db.prepare("SELECT slug, name FROM area").all();
	return new Map(rows.map((row) => [row.slug, row.name]));
}
function assertMeasure(db, measure) {
	if (!db.prepare("SELECT 1 FROM measure WHERE id = ?").get(measure)) throw new AppError("not_found", `Unknown measure "${measure}": use an id such as rso, violent, other_dangerous, total or rso_rate`);
}
function assertRelease(db, releaseId) {
	if (!db.prepare("SELECT 1 FROM release WHERE id = ?").get(releaseId)) throw new AppError("not_found", `Release ${releaseId} is not in the store`);
}
var now = () => (/* @__PURE__ */ new Date()).toISOString();
// main/store/history.ts
/** Records a new action; a new action ends what could be redone, as in every editor. */
function recordAction(db, action) {
	db.prepare("UPDATE action SET is_discarded = 1 WHERE undone_at IS NOT NULL AND is_discarded = 0").run();
	return Number(db.prepare("INSERT INTO action (kind, edit_id, annotation_id, before_text, after_text, at) VALUES (?, ?, ?, ?, ?, ?)").run(action.kind, action.editId ?? null, action.annotationId ?? null, action.beforeText ?? null, action.afterText ?? null, now()).lastInsertRowid);
}
/** Puts the world as the action left it (redo) or as it was before it (undo). */
function applyAction(db, action, direction) {
	const at = now();
	const isUndo = direction === "undo";
	switch (action.kind) {
		case "edit":
			db.prepare("UPDATE edit SET undone_at = ? WHERE id = ?").run(isUndo ? at : null, action.edit_id);
			break;
		case "revert":
			db.prepare("UPDATE edit SET undone_at = ? WHERE id = ?").run(isUndo ? null : at, action.edit_id);
			break;
		case "annotate":
			db.prepare("UPDATE annotation SET deleted_at = ? WHERE id = ?").run(isUndo ? at : null, action.annotation_id);
			break;
		case "unannotate":
			db.prepare("UPDATE annotation SET deleted_at = ? WHERE id = ?").run(isUndo ? null : at, action.annotation_id);
			break;
		case "reword": db.prepare("UPDATE annotation SET text = ?, updated_at = ? WHERE id = ?").run(isUndo ? action.before_text : action.after_text, at, action.annotation_id);
	}
}
/** Undoes the latest action still in effect; null when there is nothing to undo. */
function undo(db) {
	return writeTransaction(db, () => {
		const action = db.prepare("SELECT * FROM action WHERE undone_at IS NULL AND is_discarded = 0 ORDER BY id DESC LIMIT 1").get();
		if (!action) return null;
		applyAction(db, action, "undo");
		db.prepare("UPDATE action SET undone_at = ? WHERE id = ?").run(now(), action.id);
		return action.id;
	});
}
/** Redoes the action undone most recently; null when there is nothing to redo. */
function redo(db) {
	return writeTransaction(db, () => {
		const action = db.prepare("SELECT * FROM action WHERE undone_at IS NOT NULL AND is_discarded = 0 ORDER BY undone_at DESC, id ASC LIMIT 1").get();
		if (!action) return null;
		applyAction(db, action, "redo");
		db.prepare("UPDATE action SET undone_at = NULL WHERE id = ?").run(action.id);
		return action.id;
	});
}
function canUndoRedo(db) {
	const count = (sql) => db.prepare(sql).pluck().get() > 0;
	return {
		canUndo: count("SELECT count(*) FROM action WHERE undone_at IS NULL AND is_discarded = 0"),
		canRedo: count("SELECT count(*) FROM action WHERE undone_at IS NOT NULL AND is_discarded = 0")
	};
}
/** A figure as a reporter writes it: 1,867 rather than the file's 1867; markers as they are. */
function figure(value, raw) {
	if (value !== null) return value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
	return raw ?? "(empty)";
}
function describe(row) {
	const where = [
		row.area_name,
		row.measure,
		row.period
	].filter(Boolean).join(" ");
	const before = figure(row.before_value, row.before_raw);
	const after = figure(row.after_value, row.after_raw);
	const target = where || (row.target_kind === "release" ? "the release" : "the table");
	switch (row.kind) {
		case "edit": return `${where}: ${before} → ${after} (${row.reason})`;
		case "revert": return `${where}: correction to ${after} reverted (it had replaced ${before})`;
		case "annotate": return `Note on ${target}: ${row.after_text ?? row.text}`;
		case "reword": return `Note on ${target} reworded: ${row.after_text}`;
		case "unannotate": return `Note on ${target} deleted: ${row.text}`;
	}
}
/** Every edit and annotation change, newest first, optionally for one area and measure. */
function listHistory(db, filter = {}) {
	return db.prepare(`SELECT ac.*, coalesce(ea.slug, aa.slug) AS area, coalesce(ea.name, aa.name) AS area_name,
        coalesce(e.measure_id, n.measure_id) AS measure, coalesce(e.period, n.period) AS period,
        e.before_raw, e.after_raw, e.before_value, e.after_value, e.reason, e.undone_at AS edit_undone_at,
        n.text, n.target_kind, n.deleted_at AS annotation_deleted_at
      FROM action ac
      LEFT JOIN edit e ON e.id = ac.edit_id
      LEFT JOIN area ea ON ea.id = e.area_id
      LEFT JOIN annotation n ON n.id = ac.annotation_id
      LEFT JOIN area aa ON aa.id = n.area_id
      WHERE ac.is_discarded = 0
        AND (@area IS NULL OR coalesce(ea.slug, aa.slug) = @area)
        AND (@measure IS NULL OR coalesce(e.measure_id, n.measure_id) = @measure)
      ORDER BY ac.id DESC`).all({
		area: filter.area ?? null,
		measure: filter.measure ?? null
	}).map((row) => ({
		id: row.id,
		kind: row.kind,
		at: row.at,
		isUndone: row.undone_at !== null,
		description: describe(row),
		area: row.area,
		measure: row.measure,
		period: row.period,
		editId: row.edit_id,
		annotationId: row.annotation_id,
		canRevert: row.undone_at === null && (row.kind === "edit" && row.edit_undone_at === null || row.kind === "annotate" && row.annotation_deleted_at === null)
	}));
}
// main/store/annotations.ts
/** A note is a sentence or a paragraph, not a document. */
var MAX_NOTE_LENGTH = 2e3;
function checkText(text) {
	const trimmed = text.trim();
	if (trimmed === "") throw new AppError("bad_input", "Write the note before saving it");
	if (trimmed.length > 2e3) throw new AppError("bad_input", `Keep a note under ${MAX_NOTE_LENGTH} characters`);
	return trimmed;
}
function targetOf(row) {
	switch (row.target_kind) {
		case "cell": return {
			target: {
				kind: "cell",
				area: row.area,
				measure: row.measure,
				period: row.period
			},
			label: `${row.area_name} · ${row.measure} · ${row.period}`
		};
		case "area": return {
			target: {
				kind: "area",
				area: row.area
			},
			label: row.area_name
		};
		case "period": return {
			target: row.measure ? {
				kind: "period",
				period: row.period,
				measure: row.measure
			} : {
				kind: "period",
				period: row.period
			},
			label: row.measure ? `${row.period} · ${row.measure}` : row.period
		};
		case "measure": return {
			target: {
				kind: "measure",
				measure: row.measure
			},
			label: row.measure
		};
		case "release": return {
			target: {
				kind: "release",
				releaseId: row.release_id
			},
			label: row.edition_label ?? (row.release_label ? `${row.release_label} (removed)` : "a removed release")
		};
	}
}
var SELECT = `SELECT n.id, n.target_kind, a.slug AS area, a.name AS area_name, n.measure_id AS measure, n.period, n.release_id,
  r.edition_label, n.release_label, n.text, n.created_at, n.updated_at
  FROM annotation n LEFT JOIN area a ON a.id = n.area_id LEFT JOIN release r ON r.id = n.release_id`;
function toAnnotation(row) {
	const { target, label } = targetOf(row);
	return {
		id: row.id,
		target,
		targetLabel: label,
		text: row.text,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}
function getAnnotation(db, id, includeDeleted = false) {
	const row = db.prepare(`${SELECT} WHERE n.id = ?${includeDeleted ? "" : " AND n.deleted_at IS NULL"}`).get(id);
	if (!row) throw new AppError("not_found", `Note ${id} is not in the store (was it deleted?)`);
	return toAnnotation(row);
}
function listAnnotations(db) {
	return db.prepare(`${SELECT} WHERE n.deleted_at IS NULL ORDER BY n.id DESC`).all().map(toAnnotation);
}
function createAnnotation(db, target, text) {
	const body = checkText(text);
	return writeTransaction(db, () => {
		const columns = {
			area_id: null,
			measure_id: null,
			period: null,
			release_id: null
		};
		if (target.kind === "cell" || target.kind === "area") columns.area_id = areaIdOf(db, target.area);
		if (target.kind === "cell" || target.kind === "measure" || target.kind === "period" && target.measure) {
			const measure = target.kind === "period" ? target.measure : target.measure;
			assertMeasure(db, measure);
			columns.measure_id = measure;
		}
		if (target.kind === "cell" || target.kind === "period") columns.period = target.period;
		if (target.kind === "release") {
			if (target.releaseId === null) throw new AppError("bad_input", "Name the release the note is on");
			assertRelease(db, target.releaseId);
			columns.release_id = target.releaseId;
		}
		const id = Number(db.prepare("INSERT INTO annotation (target_kind, area_id, measure_id, period, release_id, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)").run(target.kind, columns.area_id, columns.measure_id, columns.period, columns.release_id, body, now()).lastInsertRowid);
		recordAction(db, {
			kind: "annotate",
			annotationId: id,
			afterText: body
		});
		return getAnnotation(db, id);
	});
}
function updateAnnotation(db, id, text) {
	const body = checkText(text);
	return writeTransaction(db, () => {
		const before = getAnnotation(db, id);
		if (before.text === body) return before;
		db.prepare("UPDATE annotation SET text = ?, updated_at = ? WHERE id = ?").run(body, now(), id);
		recordAction(db, {
			kind: "reword",
			annotationId: id,
			beforeText: before.text,
			afterText: body
		});
		return getAnnotation(db, id);
	});
}
function deleteAnnotation(db, id) {
	return writeTransaction(db, () => {
		getAnnotation(db, id);
		db.prepare("UPDATE annotation SET deleted_at = ? WHERE id = ?").run(now(), id);
		recordAction(db, {
			kind: "unannotate",
			annotationId: id
		});
		return { deleted: true };
	});
}
export { canUndoRedo as a, redo as c, areaNames as d, assertArea as f, updateAnnotation as i, undo as l, now as m, deleteAnnotation as n, listHistory as o, assertMeasure as p, listAnnotations as r, recordAction as s, createAnnotation as t, areaIdOf as u };
