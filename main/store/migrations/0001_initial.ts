// Migration 0001: the whole data model. Append-only: once released, this text never changes;
// later changes are new files listed after it in ./index.ts.

export const sql = `
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
