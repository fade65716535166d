import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { c as isSqliteFile, l as protectDatabase } from "./write-3upzu9tP.js";
import { c as aliasKey, f as slugify, n as MEASURES, s as AREAS } from "./measures-Dj0ua4gL.js";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { createHash, randomBytes } from "node:crypto";
import Database from "better-sqlite3";
// main/store/migrations/index.ts
var MIGRATIONS = [
	{
		id: 1,
		name: "0001_initial",
		sql: `
CREATE TABLE release (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  size_bytes INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('xlsx', 'xls', 'ods', 'csv')),
  recogniser TEXT NOT NULL,
  edition_label TEXT NOT NULL,
  period TEXT,
  period_label TEXT,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
  imported_at TEXT NOT NULL
);

CREATE TABLE source_table (
  id INTEGER PRIMARY KEY,
  release_id INTEGER NOT NULL REFERENCES release(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  sheet TEXT NOT NULL,
  title TEXT,
  header_row INTEGER,
  layout TEXT NOT NULL,
  notes TEXT,
  UNIQUE (release_id, ordinal)
);

CREATE TABLE footnote (
  id INTEGER PRIMARY KEY,
  release_id INTEGER NOT NULL REFERENCES release(id) ON DELETE CASCADE,
  ref TEXT NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (release_id, ref)
);

CREATE TABLE area (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('area', 'total', 'other')),
  is_welsh INTEGER NOT NULL DEFAULT 0 CHECK (is_welsh IN (0, 1)),
  sort_order INTEGER NOT NULL
);

CREATE TABLE area_alias (
  alias_key TEXT PRIMARY KEY,
  alias TEXT NOT NULL,
  area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
  is_user INTEGER NOT NULL DEFAULT 0 CHECK (is_user IN (0, 1))
);

CREATE TABLE measure (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  unit TEXT NOT NULL CHECK (unit IN ('count', 'rate')),
  kind TEXT NOT NULL CHECK (kind IN ('snapshot', 'flow', 'unknown')),
  category INTEGER,
  level INTEGER,
  is_custom INTEGER NOT NULL DEFAULT 0 CHECK (is_custom IN (0, 1)),
  sort_order INTEGER NOT NULL
);

CREATE TABLE measure_alias (
  alias_key TEXT PRIMARY KEY,
  alias TEXT NOT NULL,
  measure_id TEXT NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
  is_user INTEGER NOT NULL DEFAULT 0 CHECK (is_user IN (0, 1))
);

CREATE TABLE observation (
  id INTEGER PRIMARY KEY,
  release_id INTEGER NOT NULL REFERENCES release(id) ON DELETE CASCADE,
  source_table_id INTEGER NOT NULL REFERENCES source_table(id) ON DELETE CASCADE,
  row_label TEXT NOT NULL,
  column_label TEXT NOT NULL,
  area_id INTEGER REFERENCES area(id),
  measure_id TEXT NOT NULL REFERENCES measure(id),
  period TEXT,
  period_label TEXT,
  value REAL,
  status TEXT NOT NULL CHECK (status IN ('value', 'nil', 'not_available', 'not_applicable', 'suppressed',
    'estimate', 'provisional', 'revised', 'low_reliability', 'text')),
  raw TEXT NOT NULL,
  sheet TEXT NOT NULL,
  cell TEXT NOT NULL,
  row_index INTEGER NOT NULL,
  col_index INTEGER NOT NULL,
  footnotes TEXT
);
CREATE INDEX observation_key ON observation (area_id, measure_id, period);
CREATE INDEX observation_table ON observation (source_table_id, row_index, col_index);

CREATE TABLE edit (
  id INTEGER PRIMARY KEY,
  area_id INTEGER NOT NULL REFERENCES area(id),
  measure_id TEXT NOT NULL REFERENCES measure(id),
  period TEXT NOT NULL,
  before_value REAL,
  before_raw TEXT,
  after_value REAL,
  after_raw TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  author TEXT,
  at TEXT NOT NULL,
  undone_at TEXT
);
CREATE INDEX edit_key ON edit (area_id, measure_id, period);

CREATE TABLE annotation (
  id INTEGER PRIMARY KEY,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('cell', 'area', 'period', 'measure', 'release')),
  area_id INTEGER REFERENCES area(id),
  measure_id TEXT REFERENCES measure(id),
  period TEXT,
  release_id INTEGER REFERENCES release(id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT,
  deleted_at TEXT
);

CREATE TABLE chart (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  spec TEXT NOT NULL CHECK (json_valid(spec)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE template (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  spec TEXT NOT NULL CHECK (json_valid(spec)),
  created_at TEXT NOT NULL
);

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
);

-- Every observation that names a known area and period, ranked per (area, measure, period):
-- newest edition first (by its publication period, then by import order), then table order.
CREATE VIEW ranked_observation AS
SELECT o.*, r.period AS release_period, r.edition_label, r.file_name,
  ROW_NUMBER() OVER (
    PARTITION BY o.area_id, o.measure_id, o.period
    ORDER BY r.period IS NULL, r.period DESC, r.id DESC, o.source_table_id, o.row_index, o.col_index
  ) AS edition_rank
FROM observation o JOIN release r ON r.id = o.release_id
WHERE o.area_id IS NOT NULL AND o.period IS NOT NULL;

-- The latest active edit per key: the figure a reporter sees when they have corrected one.
CREATE VIEW active_edit AS
SELECT e.* FROM edit e
WHERE e.undone_at IS NULL
  AND e.id = (SELECT max(e2.id) FROM edit e2 WHERE e2.undone_at IS NULL
              AND e2.area_id = e.area_id AND e2.measure_id = e.measure_id AND e2.period = e.period);

-- The current figure: from the newest edition that has it, with an active edit on top.
CREATE VIEW current_figure AS
SELECT ro.area_id, ro.measure_id, ro.period,
  CASE WHEN ae.id IS NULL THEN ro.value ELSE ae.after_value END AS value,
  CASE WHEN ae.id IS NULL THEN ro.status ELSE CASE WHEN ae.after_value IS NULL THEN 'text' ELSE 'value' END END AS status,
  CASE WHEN ae.id IS NULL THEN ro.raw ELSE ae.after_raw END AS raw,
  ro.value AS imported_value, ro.status AS imported_status, ro.raw AS imported_raw,
  ae.id AS edit_id, ae.reason AS edit_reason,
  ro.id AS observation_id, ro.release_id, ro.edition_label, ro.file_name, ro.sheet, ro.cell, ro.footnotes
FROM ranked_observation ro
LEFT JOIN active_edit ae ON ae.area_id = ro.area_id AND ae.measure_id = ro.measure_id AND ae.period = ro.period
WHERE ro.edition_rank = 1;

-- Where a later edition restates a figure an earlier one published differently.
CREATE VIEW revision AS
SELECT newer.area_id, newer.measure_id, newer.period,
  older.value AS old_value, older.raw AS old_raw, newer.value AS new_value, newer.raw AS new_raw,
  older.release_id AS from_release_id, newer.release_id AS to_release_id
FROM ranked_observation newer
JOIN ranked_observation older
  ON older.area_id = newer.area_id AND older.measure_id = newer.measure_id AND older.period = newer.period
  AND older.edition_rank = newer.edition_rank + 1
WHERE newer.release_id <> older.release_id
  AND (newer.value IS NOT older.value OR newer.status IS NOT older.status);
`
	},
	{
		id: 2,
		name: "0002_history",
		sql: "\nCREATE TABLE action (\n  id INTEGER PRIMARY KEY,\n  kind TEXT NOT NULL CHECK (kind IN ('edit', 'revert', 'annotate', 'reword', 'unannotate')),\n  edit_id INTEGER REFERENCES edit(id),\n  annotation_id INTEGER REFERENCES annotation(id),\n  before_text TEXT,\n  after_text TEXT,\n  at TEXT NOT NULL,\n  undone_at TEXT,\n  is_discarded INTEGER NOT NULL DEFAULT 0 CHECK (is_discarded IN (0, 1)),\n  CHECK ((kind IN ('edit', 'revert') AND edit_id IS NOT NULL) OR (kind IN ('annotate', 'reword', 'unannotate') AND annotation_id IS NOT NULL))\n);\nCREATE INDEX action_undo ON action (undone_at, is_discarded, id);\nCREATE INDEX annotation_target ON annotation (target_kind, area_id, measure_id, period);\n\nALTER TABLE edit ADD COLUMN after_status TEXT NOT NULL DEFAULT 'value';\n\nDROP VIEW current_figure;\nCREATE VIEW current_figure AS\nSELECT ro.area_id, ro.measure_id, ro.period,\n  CASE WHEN ae.id IS NULL THEN ro.value ELSE ae.after_value END AS value,\n  CASE WHEN ae.id IS NULL THEN ro.status ELSE ae.after_status END AS status,\n  CASE WHEN ae.id IS NULL THEN ro.raw ELSE ae.after_raw END AS raw,\n  ro.value AS imported_value, ro.status AS imported_status, ro.raw AS imported_raw,\n  ae.id AS edit_id, ae.reason AS edit_reason,\n  ro.id AS observation_id, ro.release_id, ro.edition_label, ro.file_name, ro.sheet, ro.cell, ro.footnotes\nFROM ranked_observation ro\nLEFT JOIN active_edit ae ON ae.area_id = ro.area_id AND ae.measure_id = ro.measure_id AND ae.period = ro.period\nWHERE ro.edition_rank = 1;\n"
	},
	{
		id: 3,
		name: "0003_precedence",
		sql: `
DROP VIEW IF EXISTS revision;
DROP VIEW IF EXISTS current_figure;
DROP VIEW IF EXISTS active_edit;
DROP VIEW IF EXISTS ranked_observation;

ALTER TABLE observation ADD COLUMN stored_value REAL;

ALTER TABLE edit ADD COLUMN observation_id INTEGER REFERENCES observation(id) ON DELETE SET NULL;
ALTER TABLE edit ADD COLUMN basis_value REAL;
ALTER TABLE edit ADD COLUMN basis_status TEXT;
ALTER TABLE edit ADD COLUMN basis_raw TEXT;
ALTER TABLE edit ADD COLUMN basis_edition TEXT;

ALTER TABLE annotation ADD COLUMN release_label TEXT;

-- A release whose period was set by hand in the preview kept none: give it its figures' latest.
UPDATE release SET period = (SELECT max(o.period) FROM observation o WHERE o.release_id = release.id)
WHERE period IS NULL;

-- Existing edits were made against the figure then current: the newest edition's observation.
UPDATE edit SET observation_id = (
  SELECT o.id FROM observation o JOIN release r ON r.id = o.release_id
  WHERE o.area_id = edit.area_id AND o.measure_id = edit.measure_id AND o.period = edit.period
  ORDER BY r.is_sample, r.period IS NULL, r.period DESC, r.id DESC LIMIT 1);
UPDATE edit SET
  basis_value = (SELECT value FROM observation WHERE id = edit.observation_id),
  basis_status = (SELECT status FROM observation WHERE id = edit.observation_id),
  basis_raw = (SELECT raw FROM observation WHERE id = edit.observation_id),
  basis_edition = (SELECT r.edition_label FROM observation o JOIN release r ON r.id = o.release_id WHERE o.id = edit.observation_id)
WHERE observation_id IS NOT NULL;
CREATE INDEX edit_observation ON edit (observation_id);
`
	},
	{
		id: 4,
		name: "0004_restatement_checks",
		sql: `
CREATE TABLE restatement_check (
  id INTEGER PRIMARY KEY,
  area_id INTEGER NOT NULL REFERENCES area(id),
  measure_id TEXT NOT NULL REFERENCES measure(id),
  period TEXT NOT NULL,
  from_release_id INTEGER NOT NULL REFERENCES release(id) ON DELETE CASCADE,
  to_release_id INTEGER NOT NULL REFERENCES release(id) ON DELETE CASCADE,
  confirmed_at TEXT NOT NULL,
  undone_at TEXT
);
CREATE INDEX restatement_check_key ON restatement_check (area_id, measure_id, period, undone_at);
`
	}
];
// main/store/transaction.ts
var READ_ONLY_REFUSAL = "The database is open read-only (its file or folder cannot be written): copy it to a writable folder to make changes";
var OTHER_WINDOW_REFUSAL = "MAPPA Desk is already open on this database in another window, so this one is read-only: make the change there, or close it and reopen this one";
/** What a write to a read-only store is refused with, by why it is read-only. */
function readOnlyRefusal(reason) {
	return reason === "other_window" ? OTHER_WINDOW_REFUSAL : READ_ONLY_REFUSAL;
}
var refusals = /* @__PURE__ */ new WeakMap();
/** Remembers why a read-only connection is read-only, for the line its writes are refused with. */
function markReadOnly(db, reason) {
	refusals.set(db, readOnlyRefusal(reason));
}
/**
* Runs `fn` as one write transaction that takes the write lock first (BEGIN IMMEDIATE). A
* deferred transaction that reads and then writes while another process writes fails at once
* with "database is locked" (SQLite cannot retry it: its snapshot is stale); an immediate one
* waits its turn under busy_timeout. Called inside another transaction it becomes a savepoint.
*/
function writeTransaction(db, fn) {
	if (db.readonly) throw new AppError("read_only", refusals.get(db) ?? READ_ONLY_REFUSAL);
	return db.transaction(fn).immediate();
}
// main/store/settings.ts
function getSetting(db, key) {
	const text = db.prepare("SELECT value FROM setting WHERE key = ?").pluck().get(key);
	return text === void 0 ? null : JSON.parse(text);
}
function setSetting(db, key, value) {
	writeTransaction(db, () => {
		if (value === null) db.prepare("DELETE FROM setting WHERE key = ?").run(key);
		else db.prepare("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(key, JSON.stringify(value));
	});
}
// main/store/catalogue.ts
/** Where the fingerprint of the catalogue last seeded is kept (the setting table). */
var FINGERPRINT_KEY = "catalogueFingerprint";
/**
* The built-in areas and measures, with every spelling, as one SHA-256: a version whose
* definitions differ has another, so its first open seeds again. Seeding puts every row right
* (built-in spellings win over remembered ones), so an equal fingerprint means nothing to write.
*/
function catalogueFingerprint() {
	const definitions = [AREAS.map((area) => [
		area.name,
		area.kind,
		area.isWelsh === true,
		area.aliases
	]), MEASURES.map((measure) => [
		measure.id,
		measure.label,
		measure.unit,
		measure.kind,
		measure.category,
		measure.level,
		measure.aliases
	])];
	return createHash("sha256").update(JSON.stringify(definitions)).digest("hex");
}
/** Whether the store was last seeded from these definitions. */
function isCatalogueSeeded(db) {
	return getSetting(db, FINGERPRINT_KEY) === catalogueFingerprint();
}
function seedCatalogue(db) {
	if (isCatalogueSeeded(db)) return;
	const upsertArea = db.prepare(`INSERT INTO area (slug, name, kind, is_welsh, sort_order) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (slug) DO UPDATE SET name = excluded.name, kind = excluded.kind, is_welsh = excluded.is_welsh, sort_order = excluded.sort_order`);
	const areaId = db.prepare("SELECT id FROM area WHERE slug = ?").pluck();
	const insertAreaAlias = db.prepare(`INSERT INTO area_alias (alias_key, alias, area_id) VALUES (?, ?, ?)
    ON CONFLICT (alias_key) DO UPDATE SET area_id = excluded.area_id, is_user = 0 WHERE area_alias.is_user = 1 OR area_alias.area_id <> excluded.area_id`);
	const insertMeasureAlias = db.prepare(`INSERT INTO measure_alias (alias_key, alias, measure_id) VALUES (?, ?, ?)
    ON CONFLICT (alias_key) DO UPDATE SET measure_id = excluded.measure_id, is_user = 0 WHERE measure_alias.is_user = 1 OR measure_alias.measure_id <> excluded.measure_id`);
	writeTransaction(db, () => {
		setSetting(db, FINGERPRINT_KEY, catalogueFingerprint());
		AREAS.forEach((definition, index) => {
			const slug = slugify(definition.name);
			upsertArea.run(slug, definition.name, definition.kind, definition.isWelsh ? 1 : 0, index);
			const id = areaId.get(slug);
			for (const spelling of [definition.name, ...definition.aliases]) insertAreaAlias.run(aliasKey(spelling), spelling, id);
		});
		MEASURES.forEach((definition, index) => {
			upsertMeasure(db, definition, index);
			for (const spelling of [definition.label, ...definition.aliases]) insertMeasureAlias.run(aliasKey(spelling), spelling, definition.id);
		});
	});
}
function upsertMeasure(db, definition, sortOrder, isCustom = false) {
	db.prepare(`INSERT INTO measure (id, label, unit, kind, category, level, is_custom, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET label = excluded.label, unit = excluded.unit, kind = excluded.kind,
      category = excluded.category, level = excluded.level, sort_order = excluded.sort_order
    WHERE measure.is_custom = 0`).run(definition.id, definition.label, definition.unit, definition.kind, definition.category, definition.level, isCustom ? 1 : 0, sortOrder);
}
/** The catalogue as plain data for analysis (which may run in a worker thread). */
function catalogueSnapshot(db) {
	const areas = /* @__PURE__ */ new Map();
	const aliasRows = db.prepare("SELECT x.alias_key AS key, a.slug, a.name, a.kind FROM area_alias x JOIN area a ON a.id = x.area_id").all();
	for (const row of aliasRows) areas.set(row.key, {
		slug: row.slug,
		name: row.name,
		kind: row.kind
	});
	const rememberedColumns = /* @__PURE__ */ new Map();
	for (const row of db.prepare("SELECT alias_key AS key, measure_id AS id FROM measure_alias WHERE is_user = 1").all()) rememberedColumns.set(row.key, row.id);
	const measures = /* @__PURE__ */ new Map();
	for (const row of db.prepare("SELECT id, label, is_custom AS isCustom FROM measure").all()) measures.set(row.id, {
		label: row.label,
		isCustom: row.isCustom === 1
	});
	return {
		areas,
		rememberedColumns,
		measures
	};
}
/**
* Remembers a reporter's mapping of a row label to an area, for every later file. A built-in
* spelling is never re-pointed: mapping "Total" to Wales in one file leaves England and Wales alone.
*/
function rememberAreaAlias(db, label, slug) {
	db.prepare(`INSERT INTO area_alias (alias_key, alias, area_id, is_user) VALUES (?, ?, (SELECT id FROM area WHERE slug = ?), 1)
    ON CONFLICT (alias_key) DO UPDATE SET area_id = excluded.area_id, alias = excluded.alias WHERE area_alias.is_user = 1`).run(aliasKey(label), label, slug);
}
/** Remembers a reporter's mapping of a column header to a measure; built-in headers stay as they are. */
function rememberMeasureAlias(db, header, measureId) {
	db.prepare(`INSERT INTO measure_alias (alias_key, alias, measure_id, is_user) VALUES (?, ?, ?, 1)
    ON CONFLICT (alias_key) DO UPDATE SET measure_id = excluded.measure_id, alias = excluded.alias WHERE measure_alias.is_user = 1`).run(aliasKey(header), header, measureId);
}
/** The mappings the reporter asked to keep, areas first. */
function listRememberedMappings(db) {
	const areas = db.prepare(`SELECT 'area' AS kind, x.alias_key AS key, x.alias AS label, a.slug AS target, a.name AS targetLabel
      FROM area_alias x JOIN area a ON a.id = x.area_id WHERE x.is_user = 1 ORDER BY x.alias`).all();
	const measures = db.prepare(`SELECT 'measure' AS kind, x.alias_key AS key, x.alias AS label, m.id AS target, m.label AS targetLabel
      FROM measure_alias x JOIN measure m ON m.id = x.measure_id WHERE x.is_user = 1 ORDER BY x.alias`).all();
	return [...areas, ...measures];
}
/** Forgets one remembered mapping; built-in spellings cannot be forgotten. */
function forgetMapping(db, kind, key) {
	const table = kind === "area" ? "area_alias" : "measure_alias";
	return db.prepare(`DELETE FROM ${table} WHERE alias_key = ? AND is_user = 1`).run(key).changes > 0;
}
/** The areas in their table order, each with how many current figures it has. */
function listAreas(db) {
	return db.prepare(`SELECT a.slug, a.name, a.kind, a.is_welsh AS isWelsh, (SELECT count(*) FROM current_figure cf WHERE cf.area_id = a.id) AS figures
      FROM area a ORDER BY a.sort_order`).all().map((area) => ({
		...area,
		isWelsh: area.isWelsh === 1
	}));
}
/** The measures, built-in first in catalogue order, each with how many current figures it has. */
function listMeasures(db) {
	return db.prepare(`SELECT m.id, m.label, m.unit, m.is_custom AS isCustom, (SELECT count(*) FROM current_figure cf WHERE cf.measure_id = m.id) AS figures
      FROM measure m ORDER BY m.is_custom, m.sort_order`).all().map((measure) => ({
		...measure,
		isCustom: measure.isCustom === 1
	}));
}
// main/store/identity.ts
/** The setting row that holds a database's id: written on its first writable open, copied into every backup. */
var ID_KEY = "database_id";
var ID_PATTERN = /^[0-9a-f]{32}$/;
function identityOf(db) {
	const birth = db.prepare("SELECT applied_at FROM schema_migration WHERE id = 1").pluck().get() ?? null;
	const text = db.prepare("SELECT value FROM setting WHERE key = ?").pluck().get(ID_KEY);
	const id = text === void 0 ? null : JSON.parse(text);
	return {
		id: typeof id === "string" && ID_PATTERN.test(id) ? id : null,
		birth
	};
}
/** Gives a writable database its id, once; `id` carries a database's id over to a copy restored from before ids existed. */
function ensureIdentity(db, id) {
	const current = identityOf(db).id;
	if (current !== null && id === void 0) return current;
	const chosen = id ?? randomBytes(16).toString("hex");
	writeTransaction(db, () => {
		db.prepare("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(ID_KEY, JSON.stringify(chosen));
	});
	return chosen;
}
// main/domain/precedence.ts
/**
* Markers that only say a figure is not in this table: not available (`[x]`, `..`, `:`), not
* applicable (`[z]`), or text that is no figure at all. A number in an older edition beats them,
* and a newer edition printing one is not a revision. Suppression (`[c]`, `*`) is not among them:
* a newer edition that suppresses a published figure restates it.
*/
var ABSENT_STATUSES = [
	"not_available",
	"not_applicable",
	"text"
];
/**
* Editions in precedence order, first wins, as an SQL ORDER BY over `release r`: real releases
* before the bundled sample, then the edition's own year (newest first, unknown last), then the later import.
*/
var EDITION_ORDER_SQL = "r.is_sample ASC, r.period IS NULL, r.period DESC, r.id DESC";
/** The absent statuses as an SQL list: ('not_available', …). */
var ABSENT_STATUSES_SQL = `(${ABSENT_STATUSES.map((status) => `'${status}'`).join(", ")})`;
// main/store/views.ts
/** In dependency order: each view reads only those above it. */
var VIEWS = [
	{
		name: "edition_order",
		sql: `CREATE VIEW edition_order AS
SELECT r.id AS release_id, ROW_NUMBER() OVER (ORDER BY ${EDITION_ORDER_SQL}) AS edition_rank
FROM release r`
	},
	{
		name: "ranked_observation",
		sql: `CREATE VIEW ranked_observation AS
SELECT o.*, r.period AS release_period, r.edition_label, r.file_name, r.is_sample, eo.edition_rank,
  ROW_NUMBER() OVER (
    PARTITION BY o.area_id, o.measure_id, o.period
    ORDER BY o.status IN ${ABSENT_STATUSES_SQL}, eo.edition_rank, o.source_table_id, o.row_index, o.col_index
  ) AS figure_rank
FROM observation o JOIN release r ON r.id = o.release_id JOIN edition_order eo ON eo.release_id = o.release_id
WHERE o.area_id IS NOT NULL AND o.period IS NOT NULL`
	},
	{
		name: "active_edit",
		sql: `CREATE VIEW active_edit AS
SELECT e.* FROM edit e
WHERE e.undone_at IS NULL
  AND e.id = (SELECT max(e2.id) FROM edit e2 WHERE e2.undone_at IS NULL
              AND e2.area_id = e.area_id AND e2.measure_id = e.measure_id AND e2.period = e.period)`
	},
	{
		name: "current_figure",
		sql: `CREATE VIEW current_figure AS
SELECT ro.area_id, ro.measure_id, ro.period,
  CASE WHEN ae.id IS NULL THEN ro.value ELSE ae.after_value END AS value,
  CASE WHEN ae.id IS NULL THEN ro.status ELSE ae.after_status END AS status,
  CASE WHEN ae.id IS NULL THEN ro.raw ELSE ae.after_raw END AS raw,
  ro.value AS imported_value, ro.status AS imported_status, ro.raw AS imported_raw, ro.stored_value,
  ae.id AS edit_id, ae.reason AS edit_reason,
  ae.basis_value, ae.basis_status, ae.basis_raw, ae.basis_edition,
  CASE WHEN ae.id IS NOT NULL AND ae.observation_id IS NOT ro.id
    AND (ae.basis_status IS NULL OR ae.basis_value IS NOT ro.value OR (ae.basis_status = 'suppressed') <> (ro.status = 'suppressed'))
    THEN 1 ELSE 0 END AS is_stale_edit,
  ro.id AS observation_id, ro.release_id, ro.edition_label, ro.file_name, ro.is_sample, ro.sheet, ro.cell, ro.footnotes
FROM ranked_observation ro
LEFT JOIN active_edit ae ON ae.area_id = ro.area_id AND ae.measure_id = ro.measure_id AND ae.period = ro.period
WHERE ro.figure_rank = 1`
	},
	{
		name: "revision",
		sql: `CREATE VIEW revision AS
SELECT area_id, measure_id, period, old_value, old_raw, old_status, new_value, new_raw, new_status, from_release_id, to_release_id
FROM (
  SELECT o.area_id, o.measure_id, o.period,
    o.value AS new_value, o.raw AS new_raw, o.status AS new_status, o.release_id AS to_release_id,
    LEAD(o.value) OVER ranking AS old_value, LEAD(o.raw) OVER ranking AS old_raw, LEAD(o.status) OVER ranking AS old_status,
    LEAD(o.release_id) OVER ranking AS from_release_id
  FROM observation o JOIN release r ON r.id = o.release_id JOIN edition_order eo ON eo.release_id = o.release_id
  WHERE o.area_id IS NOT NULL AND o.period IS NOT NULL AND r.is_sample = 0 AND o.status NOT IN ${ABSENT_STATUSES_SQL}
  WINDOW ranking AS (PARTITION BY o.area_id, o.measure_id, o.period ORDER BY eo.edition_rank, o.source_table_id, o.row_index, o.col_index)
)
WHERE from_release_id IS NOT NULL AND to_release_id <> from_release_id AND new_value IS NOT old_value`
	}
];
/** Creates the views, or recreates them all where any differs from its definition here. */
function ensureViews(db) {
	const existing = new Map(db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'view'").all().map((row) => [row.name, row.sql]));
	if (VIEWS.every((view) => existing.get(view.name) === view.sql)) return;
	if (db.readonly) return;
	db.transaction(() => {
		for (const view of [...VIEWS].reverse()) db.exec(`DROP VIEW IF EXISTS ${view.name}`);
		for (const view of VIEWS) db.exec(view.sql);
	}).immediate();
}
// main/store/database.ts
/** The one line said wherever a read-only database is opened (CLI stderr, the window's status bar). */
function readOnlyNotice(path) {
	return `${path} is on a read-only medium or folder: opened read-only, so figures can be read but not changed`;
}
var CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migration (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
/**
* Whether SQLite could write the file and create its -wal and -shm beside it. access(2) refuses
* W_OK on a read-only file system (EROFS) and on an immutable file or folder (EPERM) even for
* root, so this holds where permission bits alone would not stop root.
*/
function isWritablePath(path) {
	try {
		accessSync(dirname(path), constants.W_OK);
		if (existsSync(path)) accessSync(path, constants.W_OK);
		return true;
	} catch {
		return false;
	}
}
function openStore(path, options = {}) {
	if (path !== ":memory:") {
		try {
			mkdirSync(dirname(path), { recursive: true });
		} catch (error) {
			throw new AppError("database", `Cannot create the folder for the database at ${path}: ${oneLine(error)}`);
		}
		if (options.readOnly || !isWritablePath(path)) return openReadOnlyStore(path, options);
	}
	const wasUnclean = path !== ":memory:" && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0;
	let db;
	try {
		db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
	} catch (error) {
		throw openFailure(path, error, "Cannot open");
	}
	try {
		db.pragma("busy_timeout = 5000");
		refuseForeign(db, path);
		if (!options.isSecondary) checkIntegrity(db, path, wasUnclean);
		db.pragma("journal_mode = WAL");
		db.pragma("foreign_keys = ON");
		migrate(db, options.migrations ?? MIGRATIONS, path);
		ensureViews(db);
		seedCatalogue(db);
		ensureIdentity(db);
	} catch (error) {
		db.close();
		if (error instanceof AppError) throw error;
		throw openFailure(path, error, "Cannot use");
	}
	return {
		db,
		path,
		isReadOnly: false,
		readOnlyReason: null,
		close: closerOf(db, path)
	};
}
/**
* A WAL database cannot be opened in place on a read-only medium (SQLite must create its -shm),
* and where only the file is read-only it would leave -wal and -shm behind; so a copy is read in
* memory as a rollback-journal database. Only where an unclean close left a write-ahead log is the
* file read in place, through the -wal and -shm already there; and where another window writes
* to it, read in place as well, so this window sees what that one saves.
*/
function openReadOnlyStore(path, options) {
	if (!existsSync(path)) throw new AppError("read_only", `Cannot create a database at ${path}: the folder is read-only`);
	const nativeBinding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
	let db;
	try {
		const wal = `${path}-wal`;
		if ((options.readOnly === "other_window" && existsSync(wal) || existsSync(wal) && statSync(wal).size > 0) && existsSync(`${path}-shm`)) db = new Database(path, {
			readonly: true,
			fileMustExist: true,
			...nativeBinding
		});
		else {
			const bytes = readFileSync(path);
			if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
			db = new Database(bytes, {
				readonly: true,
				...nativeBinding
			});
		}
		db.pragma("foreign_keys = ON");
	} catch (error) {
		throw new AppError("database", `Cannot open the read-only database at ${path}: ${oneLine(error)}`);
	}
	try {
		const missing = checkMigrations(db, options.migrations ?? MIGRATIONS, path);
		if (missing.length > 0) throw new AppError("read_only", `${path} is read-only and needs updating for this version of MAPPA Desk (${missing.map((each) => each.name).join(", ")}): copy it to a writable folder and open it there`);
	} catch (error) {
		db.close();
		if (error instanceof AppError) throw error;
		throw new AppError("database", `Cannot use the database at ${path}: ${oneLine(error)}`);
	}
	const readOnlyReason = options.readOnly ?? "medium";
	markReadOnly(db, readOnlyReason);
	return {
		db,
		path,
		isReadOnly: true,
		readOnlyReason,
		close: closerOf(db, path)
	};
}
/** While a store is open, no export may be written over its file, its -wal or -shm, or its backups. */
function closerOf(db, path) {
	const forget = protectDatabase(path);
	return () => {
		forget();
		db.close();
	};
}
/** A file that starts as SQLite but cannot be read is damaged; anything else is not a database. */
function openFailure(path, error, verb) {
	if (path !== ":memory:" && isSqliteFile(path) && /malformed|not a database|corrupt|disk image/i.test(oneLine(error))) return new AppError("database_damaged", `The database at ${path} is damaged (${oneLine(error)})`);
	return new AppError("database", `${verb} the database at ${path}: ${oneLine(error)}`);
}
/** quick_check on every open; the full integrity_check after an unclean shutdown. */
function checkIntegrity(db, path, isThorough) {
	if (path === ":memory:") return;
	const problems = db.pragma(isThorough ? "integrity_check(20)" : "quick_check(20)", { simple: false }).map((row) => Object.values(row)[0]).filter((text) => text !== "ok");
	if (problems.length > 0) throw new AppError("database_damaged", `The database at ${path} is damaged (${isThorough ? "integrity" : "quick"} check: ${problems[0]})`);
}
/** An SQLite file with tables but no MAPPA Desk ledger belongs to another program: never add our tables to it. */
function refuseForeign(db, path) {
	const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
	if (tables.length > 0 && !tables.includes("schema_migration")) {
		const shown = tables.slice(0, 3).join(", ") + (tables.length > 3 ? ", …" : "");
		throw new AppError("database", `${path} is an SQLite database of another program (tables ${shown}), not a MAPPA Desk database: choose another file`);
	}
}
/** Applies what is missing; refuses a database that has migrations this build does not know. */
function migrate(db, migrations, path = "the database") {
	db.exec(CREATE_LEDGER);
	const insert = db.prepare("INSERT INTO schema_migration (id, name, applied_at) VALUES (?, ?, ?)");
	for (const migration of checkMigrations(db, migrations, path)) writeTransaction(db, () => {
		db.exec(migration.sql);
		insert.run(migration.id, migration.name, (/* @__PURE__ */ new Date()).toISOString());
	});
}
/** The migrations the database still lacks; refuses one with migrations this build does not know. */
function checkMigrations(db, migrations, path) {
	const applied = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'").pluck().get() === 1 ? db.prepare("SELECT id, name FROM schema_migration ORDER BY id").all() : [];
	applied.forEach((row, index) => {
		const known = migrations[index];
		if (!known || known.id !== row.id || known.name !== row.name) throw new AppError("database", `${path} was written by a newer or different version of MAPPA Desk (unknown migration ${row.name}); open it with that version or choose another database`);
	});
	return migrations.slice(applied.length);
}
/** Opens another database file to read, never to change: a backup being listed or checked. */
function openSnapshot(path) {
	return new Database(path, {
		readonly: true,
		fileMustExist: true
	});
}
/**
* Opens a database file, perhaps a live one, to read a few rows, leaving nothing beside it: a
* read-only connection to a WAL database creates -wal and -shm files it cannot remove, so where
* there is no -wal yet a connection that may write is opened (and writes nothing), which tidies
* up as it closes. Where a -wal is there (open elsewhere, or left by a crash) it is read as it is.
*/
function openToRead(path) {
	return existsSync(`${path}-wal`) ? openSnapshot(path) : new Database(path, { fileMustExist: true });
}
export { getSetting as _, readOnlyNotice as a, writeTransaction as b, identityOf as c, listAreas as d, listMeasures as f, upsertMeasure as g, rememberMeasureAlias as h, openToRead as i, catalogueSnapshot as l, rememberAreaAlias as m, openSnapshot as n, EDITION_ORDER_SQL as o, listRememberedMappings as p, openStore as r, ensureIdentity as s, checkMigrations as t, forgetMapping as u, setSetting as v, MIGRATIONS as x, readOnlyRefusal as y };
