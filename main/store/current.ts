// The one query for current figures and the one mapping of its rows to what the contract
// shows: the CLI's figures, the grid's cells, their provenance, stale edits and rate warnings.
// Read-only; the precedence rule itself lives in the views (store/views.ts).

import { rateCountWarnings, type PairFigure } from '../domain/consistency'
import { RATE_PAIRS } from '../domain/derived'
import type { AreaKind, CellStatus, Figure, FigureCell, FigureSource, FigureWarning, StaleEdit } from '../contract/types'
import type { MeasureUnit } from '../contract/measures'
import type { Db } from './database'

export interface CurrentRow {
  area: string
  area_name: string
  area_kind: AreaKind
  measure: string
  measure_label: string
  unit: MeasureUnit
  measure_kind: 'snapshot' | 'flow' | 'unknown'
  period: string
  value: number | null
  status: CellStatus
  raw: string
  imported_value: number | null
  imported_status: CellStatus
  imported_raw: string
  stored_value: number | null
  edit_id: number | null
  edit_reason: string | null
  basis_value: number | null
  basis_status: CellStatus | null
  basis_raw: string | null
  basis_edition: string | null
  is_stale_edit: 0 | 1
  footnotes: string | null
  file_name: string
  sheet: string
  cell: string
  edition_label: string
  release_id: number
  is_sample: 0 | 1
}

export interface CurrentFilter {
  area?: string | null
  /** Measure ids; all measures where absent. */
  measures?: readonly string[] | null
  period?: string | null
}

export function currentRows(db: Db, filter: CurrentFilter = {}): CurrentRow[] {
  const measures = filter.measures ?? null
  const measureClause = measures ? `AND cf.measure_id IN (${measures.map(() => '?').join(', ')})` : ''
  return db
    .prepare(
      `SELECT a.slug AS area, a.name AS area_name, a.kind AS area_kind, cf.measure_id AS measure, m.label AS measure_label, m.unit,
        m.kind AS measure_kind, cf.period, cf.value, cf.status, cf.raw, cf.imported_value, cf.imported_status, cf.imported_raw,
        cf.stored_value, cf.edit_id, cf.edit_reason, cf.basis_value, cf.basis_status, cf.basis_raw, cf.basis_edition, cf.is_stale_edit,
        cf.footnotes, cf.file_name, cf.sheet, cf.cell, cf.edition_label, cf.release_id, cf.is_sample
      FROM current_figure cf JOIN area a ON a.id = cf.area_id JOIN measure m ON m.id = cf.measure_id
      WHERE (? IS NULL OR a.slug = ?) AND (? IS NULL OR cf.period = ?) ${measureClause}
      ORDER BY a.sort_order, m.sort_order, cf.period`
    )
    .all(filter.area ?? null, filter.area ?? null, filter.period ?? null, filter.period ?? null, ...(measures ?? [])) as CurrentRow[]
}

export function sourceOf(row: CurrentRow): FigureSource {
  return {
    file: row.file_name,
    sheet: row.sheet,
    cell: row.cell,
    release: row.edition_label,
    release_id: row.release_id,
    is_sample: row.is_sample === 1
  }
}

/** The imported figure an edit corrected (its basis), or the imported figure where the basis is unknown. */
export function originalOf(row: CurrentRow): { value: number | null; raw: string; status: CellStatus } | null {
  if (row.edit_id === null) return null
  if (row.basis_status !== null && row.basis_raw !== null) return { value: row.basis_value, raw: row.basis_raw, status: row.basis_status }
  return { value: row.imported_value, raw: row.imported_raw, status: row.imported_status }
}

export function staleEditOf(row: CurrentRow): StaleEdit | null {
  if (row.edit_id === null || row.is_stale_edit !== 1) return null
  return {
    editId: row.edit_id,
    madeAgainst: row.basis_edition ?? 'an earlier edition',
    newEdition: row.edition_label,
    nowSays: { value: row.imported_value, raw: row.imported_raw }
  }
}

/** The stored value where the sheet held more precision than it showed. */
export function storedValueOf(row: CurrentRow): number | null {
  return row.stored_value !== null && row.stored_value !== row.imported_value ? row.stored_value : null
}

export function toFigure(row: CurrentRow, warnings: readonly FigureWarning[] = []): Figure {
  const original = originalOf(row)
  const stale = staleEditOf(row)
  const stored = storedValueOf(row)
  return {
    area: row.area,
    area_name: row.area_name,
    area_kind: row.area_kind,
    measure: row.measure,
    period: row.period,
    value: row.value,
    status: row.status,
    raw: row.raw,
    footnotes: row.footnotes ? row.footnotes.split(' ') : [],
    edited: row.edit_id !== null,
    ...(original ? { original, reason: row.edit_reason ?? '' } : {}),
    ...(stale ? { stale_edit: stale } : {}),
    ...(stored !== null ? { stored_value: stored } : {}),
    ...(warnings.length > 0 ? { warnings: [...warnings] } : {}),
    source: sourceOf(row)
  }
}

export function toCell(
  row: CurrentRow,
  marks: { isAnnotated: boolean; isRevised: boolean },
  warnings: readonly FigureWarning[] = []
): FigureCell {
  return {
    value: row.value,
    status: row.status,
    raw: row.raw,
    isEdited: row.edit_id !== null,
    original: originalOf(row),
    editId: row.edit_id,
    reason: row.edit_reason,
    isAnnotated: marks.isAnnotated,
    isRevised: marks.isRevised,
    footnotes: row.footnotes ? row.footnotes.split(' ') : [],
    source: sourceOf(row),
    storedValue: storedValueOf(row),
    staleEdit: staleEditOf(row),
    warnings: [...warnings]
  }
}

const PAIR_MEASURES = RATE_PAIRS.flatMap((pair) => [pair.count, pair.rate])

/** Rate warnings for the given rows' areas, reading the counts and rates they need. */
export function warningsFor(db: Db, rows: readonly CurrentRow[]): Map<string, FigureWarning[]> {
  const areas = new Set(rows.filter((row) => PAIR_MEASURES.includes(row.measure)).map((row) => row.area))
  if (areas.size === 0) return new Map()
  const pairRows =
    areas.size === 1 ? currentRows(db, { area: [...areas][0], measures: PAIR_MEASURES }) : currentRows(db, { measures: PAIR_MEASURES })
  return rateCountWarnings(
    pairRows
      .filter((row) => areas.has(row.area))
      .map((row): PairFigure => ({
        area: row.area,
        areaName: row.area_name,
        measure: row.measure,
        period: row.period,
        value: row.value,
        importedValue: row.imported_value
      }))
  )
}
