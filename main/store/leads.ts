// Gathers what the leads read: the story's current figures and breaks, every restatement of a lead
// measure with the cells of both printings, and the reporters' confirmations of restatements to
// check, which it also records and undoes. The finding and wording live in domain/story/leads.ts.

import { AppError } from '../contract/errors'
import type { RestatementRef } from '../contract/types'
import { LEAD_MEASURES, type LeadsData, type RestatedFigure } from '../domain/story/leads'
import { writeTransaction, type Db } from './database'
import { areaIdOf, now } from './keys'
import { currentStoryFigures, seriesBreaks } from './story'

interface RestatedRow {
  area: string
  area_name: string
  measure: string
  period: string
  old_value: number | null
  new_value: number | null
  from_release_id: number
  to_release_id: number
  from_label: string
  to_label: string
  from_file: string
  to_file: string
  to_edition: string | null
  old_sheet: string | null
  old_cell: string | null
  new_sheet: string | null
  new_cell: string | null
  is_confirmed: 0 | 1
}

/** The cell a release printed a figure in: its first table's, in table order. */
const cellIn = (side: 'from' | 'to', column: 'sheet' | 'cell') => `(SELECT o.${column} FROM observation o
  WHERE o.release_id = r.${side}_release_id AND o.area_id = r.area_id AND o.measure_id = r.measure_id AND o.period = r.period
  ORDER BY o.source_table_id, o.row_index, o.col_index LIMIT 1)`

export function restatedFigures(db: Db): RestatedFigure[] {
  const rows = db
    .prepare(
      `SELECT a.slug AS area, a.name AS area_name, r.measure_id AS measure, r.period, r.old_value, r.new_value,
        r.from_release_id, r.to_release_id, fr.edition_label AS from_label, tr.edition_label AS to_label,
        fr.file_name AS from_file, tr.file_name AS to_file, tr.period AS to_edition,
        ${cellIn('from', 'sheet')} AS old_sheet, ${cellIn('from', 'cell')} AS old_cell,
        ${cellIn('to', 'sheet')} AS new_sheet, ${cellIn('to', 'cell')} AS new_cell,
        EXISTS (SELECT 1 FROM restatement_check c WHERE c.undone_at IS NULL AND c.area_id = r.area_id AND c.measure_id = r.measure_id
          AND c.period = r.period AND c.from_release_id = r.from_release_id AND c.to_release_id = r.to_release_id) AS is_confirmed
      FROM revision r
      JOIN area a ON a.id = r.area_id
      JOIN release fr ON fr.id = r.from_release_id
      JOIN release tr ON tr.id = r.to_release_id
      WHERE r.measure_id IN (${LEAD_MEASURES.map(() => '?').join(', ')}) AND r.old_value IS NOT NULL AND r.new_value IS NOT NULL
      ORDER BY a.sort_order, r.measure_id, r.period, r.to_release_id`
    )
    .all(...LEAD_MEASURES) as RestatedRow[]
  return rows.map((row) => ({
    area: row.area,
    areaName: row.area_name,
    measure: row.measure,
    period: row.period,
    old: {
      value: row.old_value,
      source: { file: row.from_file, sheet: row.old_sheet ?? '', cell: row.old_cell ?? '', release: row.from_label }
    },
    new: {
      value: row.new_value,
      source: { file: row.to_file, sheet: row.new_sheet ?? '', cell: row.new_cell ?? '', release: row.to_label }
    },
    fromReleaseId: row.from_release_id,
    toReleaseId: row.to_release_id,
    toEdition: row.to_edition,
    isConfirmed: row.is_confirmed === 1
  }))
}

/** The lead measures' current figures, the series breaks and the restatements: what finding leads reads, and no more. */
export function leadsData(db: Db): LeadsData {
  return { figures: currentStoryFigures(db, LEAD_MEASURES), breaks: seriesBreaks(db), restatements: restatedFigures(db) }
}

function assertRestatement(db: Db, ref: RestatementRef): number {
  const areaId = areaIdOf(db, ref.area)
  const found = db
    .prepare('SELECT 1 FROM revision WHERE area_id = ? AND measure_id = ? AND period = ? AND from_release_id = ? AND to_release_id = ?')
    .get(areaId, ref.measure, ref.period, ref.fromReleaseId, ref.toReleaseId)
  if (!found)
    throw new AppError(
      'not_found',
      `No restatement of ${ref.area} ${ref.measure} ${ref.period} between releases ${ref.fromReleaseId} and ${ref.toReleaseId}`
    )
  return areaId
}

/** Records that a reporter has checked a restatement and it stands; confirming twice changes nothing. */
export function confirmRestatement(db: Db, ref: RestatementRef): void {
  writeTransaction(db, () => {
    const areaId = assertRestatement(db, ref)
    const key = [areaId, ref.measure, ref.period, ref.fromReleaseId, ref.toReleaseId]
    const open = db
      .prepare(
        'SELECT 1 FROM restatement_check WHERE area_id = ? AND measure_id = ? AND period = ? AND from_release_id = ? AND to_release_id = ? AND undone_at IS NULL'
      )
      .get(...key)
    if (!open)
      db.prepare(
        'INSERT INTO restatement_check (area_id, measure_id, period, from_release_id, to_release_id, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)'
      ).run(...key, now())
  })
}

/** Undoes a confirmation: the restatement is to be checked again. The confirmation stays on record, stamped. */
export function unconfirmRestatement(db: Db, ref: RestatementRef): void {
  writeTransaction(db, () => {
    const areaId = assertRestatement(db, ref)
    db.prepare(
      'UPDATE restatement_check SET undone_at = ? WHERE area_id = ? AND measure_id = ? AND period = ? AND from_release_id = ? AND to_release_id = ? AND undone_at IS NULL'
    ).run(now(), areaId, ref.measure, ref.period, ref.fromReleaseId, ref.toReleaseId)
  })
}
