// Migration 0004: a reporter's confirmation that a restatement of more than a tenth is real. A
// confirmation is undone by stamping it, never by deleting it, so the record of who checked what stays.

export const sql = `
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
