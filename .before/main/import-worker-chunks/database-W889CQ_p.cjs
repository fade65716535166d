var e=Object.create,t=Object.defineProperty,n=Object.getOwnPropertyDescriptor,r=Object.getOwnPropertyNames,i=Object.getPrototypeOf,a=Object.prototype.hasOwnProperty,o=(e,i,o,s)=>{if(i&&typeof i==`object`||typeof i==`function`)for(var c=r(i),l=0,u=c.length,d;l<u;l++)d=c[l],!a.call(e,d)&&d!==o&&t(e,d,{get:(e=>i[e]).bind(null,d),enumerable:!(s=n(i,d))||s.enumerable});return e},s=(n,r,s)=>(s=n==null?{}:e(i(n)),o(r||!n||!n.__esModule||!a.call(n,`default`)?t(s,`default`,{value:n,enumerable:!0}):s,n));const c=require("../import-worker.cjs");let l=require("node:fs"),u=require("node:crypto"),d=require("node:path"),f=require("better-sqlite3");f=s(f,1);function p(e){return(0,d.join)((0,d.dirname)(e),`backups`)}var m=new Map;function h(e){if(e===`:memory:`)return()=>{};let t=(0,d.resolve)(e);m.set(t,(m.get(t)??0)+1);let n=!1;return()=>{if(n)return;n=!0;let e=(m.get(t)??1)-1;e>0?m.set(t,e):m.delete(t)}}var g=`SQLite format 3\0`;function _(e){try{let t=Buffer.alloc(16),n=(0,l.openSync)(e,`r`);try{(0,l.readSync)(n,t,0,16,0)}finally{(0,l.closeSync)(n)}return t.toString(`latin1`)===g}catch{return!1}}var v=[{id:1,name:`0001_initial`,sql:`
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
`},{id:2,name:`0002_history`,sql:`
CREATE TABLE action (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('edit', 'revert', 'annotate', 'reword', 'unannotate')),
  edit_id INTEGER REFERENCES edit(id),
  annotation_id INTEGER REFERENCES annotation(id),
  before_text TEXT,
  after_text TEXT,
  at TEXT NOT NULL,
  undone_at TEXT,
  is_discarded INTEGER NOT NULL DEFAULT 0 CHECK (is_discarded IN (0, 1)),
  CHECK ((kind IN ('edit', 'revert') AND edit_id IS NOT NULL) OR (kind IN ('annotate', 'reword', 'unannotate') AND annotation_id IS NOT NULL))
);
CREATE INDEX action_undo ON action (undone_at, is_discarded, id);
CREATE INDEX annotation_target ON annotation (target_kind, area_id, measure_id, period);

ALTER TABLE edit ADD COLUMN after_status TEXT NOT NULL DEFAULT 'value';

DROP VIEW current_figure;
CREATE VIEW current_figure AS
SELECT ro.area_id, ro.measure_id, ro.period,
  CASE WHEN ae.id IS NULL THEN ro.value ELSE ae.after_value END AS value,
  CASE WHEN ae.id IS NULL THEN ro.status ELSE ae.after_status END AS status,
  CASE WHEN ae.id IS NULL THEN ro.raw ELSE ae.after_raw END AS raw,
  ro.value AS imported_value, ro.status AS imported_status, ro.raw AS imported_raw,
  ae.id AS edit_id, ae.reason AS edit_reason,
  ro.id AS observation_id, ro.release_id, ro.edition_label, ro.file_name, ro.sheet, ro.cell, ro.footnotes
FROM ranked_observation ro
LEFT JOIN active_edit ae ON ae.area_id = ro.area_id AND ae.measure_id = ro.measure_id AND ae.period = ro.period
WHERE ro.edition_rank = 1;
`},{id:3,name:`0003_precedence`,sql:`
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
`},{id:4,name:`0004_restatement_checks`,sql:`
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
`}],y=`The database is open read-only (its file or folder cannot be written): copy it to a writable folder to make changes`,b=`MAPPA Desk is already open on this database in another window, so this one is read-only: make the change there, or close it and reopen this one`;function x(e){return e===`other_window`?b:y}var S=new WeakMap;function C(e,t){S.set(e,x(t))}function w(e,t){if(e.readonly)throw new c.d(`read_only`,S.get(e)??y);return e.transaction(t).immediate()}function T(e,t){let n=e.prepare(`SELECT value FROM setting WHERE key = ?`).pluck().get(t);return n===void 0?null:JSON.parse(n)}function E(e,t,n){w(e,()=>{n===null?e.prepare(`DELETE FROM setting WHERE key = ?`).run(t):e.prepare(`INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(t,JSON.stringify(n))})}var D=`catalogueFingerprint`;function O(){let e=[c.c.map(e=>[e.name,e.kind,e.isWelsh===!0,e.aliases]),c.o.map(e=>[e.id,e.label,e.unit,e.kind,e.category,e.level,e.aliases])];return(0,u.createHash)(`sha256`).update(JSON.stringify(e)).digest(`hex`)}function k(e){return T(e,D)===O()}function A(e){if(k(e))return;let t=e.prepare(`INSERT INTO area (slug, name, kind, is_welsh, sort_order) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (slug) DO UPDATE SET name = excluded.name, kind = excluded.kind, is_welsh = excluded.is_welsh, sort_order = excluded.sort_order`),n=e.prepare(`SELECT id FROM area WHERE slug = ?`).pluck(),r=e.prepare(`INSERT INTO area_alias (alias_key, alias, area_id) VALUES (?, ?, ?)
    ON CONFLICT (alias_key) DO UPDATE SET area_id = excluded.area_id, is_user = 0 WHERE area_alias.is_user = 1 OR area_alias.area_id <> excluded.area_id`),i=e.prepare(`INSERT INTO measure_alias (alias_key, alias, measure_id) VALUES (?, ?, ?)
    ON CONFLICT (alias_key) DO UPDATE SET measure_id = excluded.measure_id, is_user = 0 WHERE measure_alias.is_user = 1 OR measure_alias.measure_id <> excluded.measure_id`);w(e,()=>{E(e,D,O()),c.c.forEach((e,i)=>{let a=c.u(e.name);t.run(a,e.name,e.kind,+!!e.isWelsh,i);let o=n.get(a);for(let t of[e.name,...e.aliases])r.run(c.l(t),t,o)}),c.o.forEach((t,n)=>{j(e,t,n);for(let e of[t.label,...t.aliases])i.run(c.l(e),e,t.id)})})}function j(e,t,n,r=!1){e.prepare(`INSERT INTO measure (id, label, unit, kind, category, level, is_custom, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET label = excluded.label, unit = excluded.unit, kind = excluded.kind,
      category = excluded.category, level = excluded.level, sort_order = excluded.sort_order
    WHERE measure.is_custom = 0`).run(t.id,t.label,t.unit,t.kind,t.category,t.level,+!!r,n)}function ee(e){let t=new Map,n=e.prepare(`SELECT x.alias_key AS key, a.slug, a.name, a.kind FROM area_alias x JOIN area a ON a.id = x.area_id`).all();for(let e of n)t.set(e.key,{slug:e.slug,name:e.name,kind:e.kind});let r=new Map;for(let t of e.prepare(`SELECT alias_key AS key, measure_id AS id FROM measure_alias WHERE is_user = 1`).all())r.set(t.key,t.id);let i=new Map;for(let t of e.prepare(`SELECT id, label, is_custom AS isCustom FROM measure`).all())i.set(t.id,{label:t.label,isCustom:t.isCustom===1});return{areas:t,rememberedColumns:r,measures:i}}function te(e,t,n){e.prepare(`INSERT INTO area_alias (alias_key, alias, area_id, is_user) VALUES (?, ?, (SELECT id FROM area WHERE slug = ?), 1)
    ON CONFLICT (alias_key) DO UPDATE SET area_id = excluded.area_id, alias = excluded.alias WHERE area_alias.is_user = 1`).run(c.l(t),t,n)}function M(e,t,n){e.prepare(`INSERT INTO measure_alias (alias_key, alias, measure_id, is_user) VALUES (?, ?, ?, 1)
    ON CONFLICT (alias_key) DO UPDATE SET measure_id = excluded.measure_id, alias = excluded.alias WHERE measure_alias.is_user = 1`).run(c.l(t),t,n)}var N=`database_id`,P=/^[0-9a-f]{32}$/;function F(e){let t=e.prepare(`SELECT applied_at FROM schema_migration WHERE id = 1`).pluck().get()??null,n=e.prepare(`SELECT value FROM setting WHERE key = ?`).pluck().get(N),r=n===void 0?null:JSON.parse(n);return{id:typeof r==`string`&&P.test(r)?r:null,birth:t}}function I(e,t){let n=F(e).id;if(n!==null&&t===void 0)return n;let r=t??(0,u.randomBytes)(16).toString(`hex`);return w(e,()=>{e.prepare(`INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(N,JSON.stringify(r))}),r}var L=[`not_available`,`not_applicable`,`text`],R=`r.is_sample ASC, r.period IS NULL, r.period DESC, r.id DESC`,z=`(${L.map(e=>`'${e}'`).join(`, `)})`,B=[{name:`edition_order`,sql:`CREATE VIEW edition_order AS
SELECT r.id AS release_id, ROW_NUMBER() OVER (ORDER BY ${R}) AS edition_rank
FROM release r`},{name:`ranked_observation`,sql:`CREATE VIEW ranked_observation AS
SELECT o.*, r.period AS release_period, r.edition_label, r.file_name, r.is_sample, eo.edition_rank,
  ROW_NUMBER() OVER (
    PARTITION BY o.area_id, o.measure_id, o.period
    ORDER BY o.status IN ${z}, eo.edition_rank, o.source_table_id, o.row_index, o.col_index
  ) AS figure_rank
FROM observation o JOIN release r ON r.id = o.release_id JOIN edition_order eo ON eo.release_id = o.release_id
WHERE o.area_id IS NOT NULL AND o.period IS NOT NULL`},{name:`active_edit`,sql:`CREATE VIEW active_edit AS
SELECT e.* FROM edit e
WHERE e.undone_at IS NULL
  AND e.id = (SELECT max(e2.id) FROM edit e2 WHERE e2.undone_at IS NULL
              AND e2.area_id = e.area_id AND e2.measure_id = e.measure_id AND e2.period = e.period)`},{name:`current_figure`,sql:`CREATE VIEW current_figure AS
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
WHERE ro.figure_rank = 1`},{name:`revision`,sql:`CREATE VIEW revision AS
SELECT area_id, measure_id, period, old_value, old_raw, old_status, new_value, new_raw, new_status, from_release_id, to_release_id
FROM (
  SELECT o.area_id, o.measure_id, o.period,
    o.value AS new_value, o.raw AS new_raw, o.status AS new_status, o.release_id AS to_release_id,
    LEAD(o.value) OVER ranking AS old_value, LEAD(o.raw) OVER ranking AS old_raw, LEAD(o.status) OVER ranking AS old_status,
    LEAD(o.release_id) OVER ranking AS from_release_id
  FROM observation o JOIN release r ON r.id = o.release_id JOIN edition_order eo ON eo.release_id = o.release_id
  WHERE o.area_id IS NOT NULL AND o.period IS NOT NULL AND r.is_sample = 0 AND o.status NOT IN ${z}
  WINDOW ranking AS (PARTITION BY o.area_id, o.measure_id, o.period ORDER BY eo.edition_rank, o.source_table_id, o.row_index, o.col_index)
)
WHERE from_release_id IS NOT NULL AND to_release_id <> from_release_id AND new_value IS NOT old_value`}];function V(e){let t=new Map(e.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'view'`).all().map(e=>[e.name,e.sql]));B.every(e=>t.get(e.name)===e.sql)||e.readonly||e.transaction(()=>{for(let t of[...B].reverse())e.exec(`DROP VIEW IF EXISTS ${t.name}`);for(let t of B)e.exec(t.sql)}).immediate()}function H(e){return`${e} is on a read-only medium or folder: opened read-only, so figures can be read but not changed`}var U=`CREATE TABLE IF NOT EXISTS schema_migration (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;function W(e){try{return(0,l.accessSync)((0,d.dirname)(e),l.constants.W_OK),(0,l.existsSync)(e)&&(0,l.accessSync)(e,l.constants.W_OK),!0}catch{return!1}}function G(e,t={}){if(e!==`:memory:`){try{(0,l.mkdirSync)((0,d.dirname)(e),{recursive:!0})}catch(t){throw new c.d(`database`,`Cannot create the folder for the database at ${e}: ${c.f(t)}`)}if(t.readOnly||!W(e))return K(e,t)}let n=e!==`:memory:`&&(0,l.existsSync)(`${e}-wal`)&&(0,l.statSync)(`${e}-wal`).size>0,r;try{r=new f.default(e,t.nativeBinding?{nativeBinding:t.nativeBinding}:{})}catch(t){throw J(e,t,`Cannot open`)}try{r.pragma(`busy_timeout = 5000`),X(r,e),t.isSecondary||Y(r,e,n),r.pragma(`journal_mode = WAL`),r.pragma(`foreign_keys = ON`),Z(r,t.migrations??v,e),V(r),A(r),I(r)}catch(t){throw r.close(),t instanceof c.d?t:J(e,t,`Cannot use`)}return{db:r,path:e,isReadOnly:!1,readOnlyReason:null,close:q(r,e)}}function K(e,t){if(!(0,l.existsSync)(e))throw new c.d(`read_only`,`Cannot create a database at ${e}: the folder is read-only`);let n=t.nativeBinding?{nativeBinding:t.nativeBinding}:{},r;try{let i=`${e}-wal`;if((t.readOnly===`other_window`&&(0,l.existsSync)(i)||(0,l.existsSync)(i)&&(0,l.statSync)(i).size>0)&&(0,l.existsSync)(`${e}-shm`))r=new f.default(e,{readonly:!0,fileMustExist:!0,...n});else{let t=(0,l.readFileSync)(e);t.length>=20&&t[18]===2&&t[19]===2&&t.fill(1,18,20),r=new f.default(t,{readonly:!0,...n})}r.pragma(`foreign_keys = ON`)}catch(t){throw new c.d(`database`,`Cannot open the read-only database at ${e}: ${c.f(t)}`)}try{let n=Q(r,t.migrations??v,e);if(n.length>0)throw new c.d(`read_only`,`${e} is read-only and needs updating for this version of MAPPA Desk (${n.map(e=>e.name).join(`, `)}): copy it to a writable folder and open it there`)}catch(t){throw r.close(),t instanceof c.d?t:new c.d(`database`,`Cannot use the database at ${e}: ${c.f(t)}`)}let i=t.readOnly??`medium`;return C(r,i),{db:r,path:e,isReadOnly:!0,readOnlyReason:i,close:q(r,e)}}function q(e,t){let n=h(t);return()=>{n(),e.close()}}function J(e,t,n){return e!==`:memory:`&&_(e)&&/malformed|not a database|corrupt|disk image/i.test(c.f(t))?new c.d(`database_damaged`,`The database at ${e} is damaged (${c.f(t)})`):new c.d(`database`,`${n} the database at ${e}: ${c.f(t)}`)}function Y(e,t,n){if(t===`:memory:`)return;let r=e.pragma(n?`integrity_check(20)`:`quick_check(20)`,{simple:!1}).map(e=>Object.values(e)[0]).filter(e=>e!==`ok`);if(r.length>0)throw new c.d(`database_damaged`,`The database at ${t} is damaged (${n?`integrity`:`quick`} check: ${r[0]})`)}function X(e,t){let n=e.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all();if(n.length>0&&!n.includes(`schema_migration`)){let e=n.slice(0,3).join(`, `)+(n.length>3?`, …`:``);throw new c.d(`database`,`${t} is an SQLite database of another program (tables ${e}), not a MAPPA Desk database: choose another file`)}}function Z(e,t,n=`the database`){e.exec(U);let r=e.prepare(`INSERT INTO schema_migration (id, name, applied_at) VALUES (?, ?, ?)`);for(let i of Q(e,t,n))w(e,()=>{e.exec(i.sql),r.run(i.id,i.name,new Date().toISOString())})}function Q(e,t,n){let r=e.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'`).pluck().get()===1?e.prepare(`SELECT id, name FROM schema_migration ORDER BY id`).all():[];return r.forEach((e,r)=>{let i=t[r];if(!i||i.id!==e.id||i.name!==e.name)throw new c.d(`database`,`${n} was written by a newer or different version of MAPPA Desk (unknown migration ${e.name}); open it with that version or choose another database`)}),t.slice(r.length)}function $(e){return new f.default(e,{readonly:!0,fileMustExist:!0})}function ne(e){return(0,l.existsSync)(`${e}-wal`)?$(e):new f.default(e,{fileMustExist:!0})}exports.a=M,exports.c=_,exports.checkMigrations=Q,exports.i=te,exports.isWritablePath=W,exports.migrate=Z,exports.n=F,exports.o=j,exports.openSnapshot=$,exports.openStore=G,exports.openToRead=ne,exports.r=ee,exports.readOnlyNotice=H,exports.readOnlyRefusal=x,exports.s=p,exports.t=I,exports.writeTransaction=w;