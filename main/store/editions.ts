// Every edition's figure for one (area, measure, period): what each imported release printed,
// where, and which one is the current figure. Read-only; the precedence rule stays in figures.ts.

import type { FigureEdition, FigureRef } from '../contract/types'
import type { Db } from './database'
import { currentFigures } from './figures'
import { areaIdOf, assertMeasure } from './keys'

interface EditionRow {
  releaseId: number
  editionLabel: string
  fileName: string
  isSample: number
  releasePeriod: string | null
  importedAt: string
  value: number | null
  status: FigureEdition['status']
  raw: string
  sheet: string
  cell: string
  footnotes: string | null
}

/** Newest edition first: by the edition's own year, then the later import. */
export function figureEditions(db: Db, ref: FigureRef): FigureEdition[] {
  const areaId = areaIdOf(db, ref.area)
  assertMeasure(db, ref.measure)
  const rows = db
    .prepare(
      `SELECT r.id AS releaseId, r.edition_label AS editionLabel, r.file_name AS fileName, r.is_sample AS isSample, r.period AS releasePeriod,
        r.imported_at AS importedAt, o.value, o.status, o.raw, o.sheet, o.cell, o.footnotes
      FROM observation o JOIN release r ON r.id = o.release_id
      WHERE o.area_id = ? AND o.measure_id = ? AND o.period = ?
      ORDER BY r.is_sample, r.period IS NULL, r.period DESC, r.id DESC, o.id`
    )
    .all(areaId, ref.measure, ref.period) as EditionRow[]
  const [current] = currentFigures(db, ref)
  return rows.map((row) => ({
    releaseId: row.releaseId,
    editionLabel: row.editionLabel,
    fileName: row.fileName,
    isSample: row.isSample === 1,
    importedAt: row.importedAt,
    value: row.value,
    status: row.status,
    raw: row.raw,
    sheet: row.sheet,
    cell: row.cell,
    footnotes: row.footnotes ? row.footnotes.split(' ') : [],
    isCurrent:
      current !== undefined &&
      current.source.release_id === row.releaseId &&
      current.source.sheet === row.sheet &&
      current.source.cell === row.cell
  }))
}
