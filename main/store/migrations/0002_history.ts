// Migration 0002: the action log behind undo and redo of edits and annotations, kept in the
// database so the history survives a restart. Append-only, like every migration.

const actions = `
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
`

/** Edits remember the status of the figure they set ("[c]" is suppressed, not text). */
export const editStatus = `
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
`

export const sql = actions + editStatus
