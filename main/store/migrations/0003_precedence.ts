// Migration 0003: what the one precedence rule for the current figure needs. Figures keep the
// unrounded number the sheet stored beside the published one; an edit remembers the imported
// figure it corrected (its basis), so a newer edition's restatement is flagged, never silent;
// notes on a removed release keep its name. The views are no longer defined in migrations:
// main/store/views.ts holds the live definitions and recreates them on open.

export const sql = `
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
