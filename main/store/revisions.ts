// Lists revisions: figures a later edition restated differently from an earlier one, from the
// `revision` view. Read-only.

import type { Revision } from '../contract/types'
import type { Db } from './database'

export interface RevisionQuery {
  area?: string
  measure?: string
  /** Only revisions this release takes part in (as the older or the newer edition). */
  releaseId?: number
}

export function listRevisions(db: Db, query: RevisionQuery = {}): Revision[] {
  return db
    .prepare(
      `SELECT a.slug AS area, a.name AS area_name, r.measure_id AS measure, r.period,
        r.old_value AS old, r.new_value AS new, r.old_raw, r.new_raw,
        CASE WHEN r.new_status = 'suppressed' THEN 'now_suppressed' WHEN r.old_status = 'suppressed' THEN 'now_published' ELSE 'restated' END AS change,
        fr.edition_label AS from_release, tr.edition_label AS to_release,
        r.from_release_id, r.to_release_id
      FROM revision r
      JOIN area a ON a.id = r.area_id
      JOIN measure m ON m.id = r.measure_id
      JOIN release fr ON fr.id = r.from_release_id
      JOIN release tr ON tr.id = r.to_release_id
      WHERE (@area IS NULL OR a.slug = @area) AND (@measure IS NULL OR r.measure_id = @measure)
        AND (@release IS NULL OR r.from_release_id = @release OR r.to_release_id = @release)
      ORDER BY a.sort_order, m.sort_order, r.period, r.to_release_id`
    )
    .all({ area: query.area ?? null, measure: query.measure ?? null, release: query.releaseId ?? null }) as Revision[]
}

/**
 * Whether any other release has a figure for an (area, measure, period) this one has: without
 * one there can be no revision, and the revision view (which ranks every stored figure) need not be read.
 */
export function sharesAFigureKey(db: Db, releaseId: number): boolean {
  // The first release of a database shares nothing; asked before anything is looked up.
  if (db.prepare('SELECT 1 FROM release WHERE id <> ? LIMIT 1').pluck().get(releaseId) === undefined) return false
  // One statement over the stored figures, by their tables (indexed) and each key (indexed), stopping at the first shared one.
  return (
    db
      .prepare(
        `SELECT 1 FROM observation o
         WHERE o.source_table_id IN (SELECT id FROM source_table WHERE release_id = ?) AND o.area_id IS NOT NULL AND o.period IS NOT NULL
           AND EXISTS (SELECT 1 FROM observation p WHERE p.area_id = o.area_id AND p.measure_id = o.measure_id AND p.period = o.period AND p.release_id <> o.release_id)
         LIMIT 1`
      )
      .pluck()
      .get(releaseId) !== undefined
  )
}
