// The live view definitions, in one place: the current figure per (area, measure, period) and
// the revisions, built from the precedence rule in main/domain/precedence.ts. Recreated on open
// when their text differs; migrations create tables only.

import { ABSENT_STATUSES_SQL, EDITION_ORDER_SQL } from '../domain/precedence'
import type { Db } from './database'

interface ViewDefinition {
  name: string
  sql: string
}

/** In dependency order: each view reads only those above it. */
export const VIEWS: readonly ViewDefinition[] = [
  {
    // Every release with its place among the editions (1 = first in precedence).
    name: 'edition_order',
    sql: `CREATE VIEW edition_order AS
SELECT r.id AS release_id, ROW_NUMBER() OVER (ORDER BY ${EDITION_ORDER_SQL}) AS edition_rank
FROM release r`
  },
  {
    // Every observation of a known area and period, ranked per (area, measure, period): a figure
    // before a marker that only says "not in this table", then the edition order, then table order.
    name: 'ranked_observation',
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
    // The latest active edit per key: the figure a reporter sees when they have corrected one.
    name: 'active_edit',
    sql: `CREATE VIEW active_edit AS
SELECT e.* FROM edit e
WHERE e.undone_at IS NULL
  AND e.id = (SELECT max(e2.id) FROM edit e2 WHERE e2.undone_at IS NULL
              AND e2.area_id = e.area_id AND e2.measure_id = e.measure_id AND e2.period = e.period)`
  },
  {
    // The current figure, with an active edit on top. An edit is stale when the figure it
    // corrected (its basis) is no longer what the leading edition says.
    name: 'current_figure',
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
    // Where a later real edition restates a figure an earlier one published: a different number,
    // or a suppression. Markers that only say "not in this table" and the sample take no part.
    name: 'revision',
    // Each figure beside the next one in precedence order for its key (LEAD over the ranking):
    // one pass, where joining the ranked figures to themselves took twice as long.
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
]

/** Creates the views, or recreates them all where any differs from its definition here. */
export function ensureViews(db: Db): void {
  const existing = new Map(
    (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'view'").all() as { name: string; sql: string }[]).map((row) => [
      row.name,
      row.sql
    ])
  )
  if (VIEWS.every((view) => existing.get(view.name) === view.sql)) return
  if (db.readonly) return
  db.transaction(() => {
    for (const view of [...VIEWS].reverse()) db.exec(`DROP VIEW IF EXISTS ${view.name}`)
    for (const view of VIEWS) db.exec(view.sql)
  }).immediate()
}
