// Reads figures out of the store: the current figures as the CLI and exports list them, and
// one imported table laid out for the grid. Read-only; no writes here.

import type { AreaKind, CellStatus, Figure, FigureQuery, GridColumn, GridRow, TableGrid } from '../contract/types'
import { figureKey } from '../contract/types'
import { currentRows, toFigure, warningsFor } from './current'
import { AppError } from '../contract/errors'
import type { Db } from './database'

export function currentFigures(db: Db, query: FigureQuery = {}): Figure[] {
  if (query.area && !db.prepare('SELECT 1 FROM area WHERE slug = ?').get(query.area)) {
    throw new AppError('not_found', `Unknown area "${query.area}": use a slug such as essex, county-durham or england-and-wales`)
  }
  if (query.measure && !db.prepare('SELECT 1 FROM measure WHERE id = ?').get(query.measure)) {
    throw new AppError(
      'not_found',
      `Unknown measure "${query.measure}": use an id such as rso, violent, other_dangerous, total or rso_rate`
    )
  }
  const rows = currentRows(db, { area: query.area, measures: query.measure ? [query.measure] : null, period: query.period })
  const warnings = warningsFor(db, rows)
  return rows.map((row) => toFigure(row, warnings.get(figureKey(row.area, row.measure, row.period))))
}

interface GridObservation {
  row_label: string
  column_label: string
  measure_id: string
  measure_label: string
  period: string | null
  value: number | null
  status: CellStatus
  raw: string
  cell: string
  footnotes: string | null
  area_slug: string | null
  area_name: string | null
  area_kind: AreaKind | null
}

/** One imported table pivoted for the grid: a row per area (or row label), a column per header and period. */
export function tableGrid(db: Db, tableId: number): TableGrid {
  const table = db
    .prepare(
      `SELECT t.id, t.release_id AS releaseId, t.sheet, t.title, t.layout, t.header_row AS headerRow, t.notes,
        r.file_name AS fileName, r.edition_label AS editionLabel
      FROM source_table t JOIN release r ON r.id = t.release_id WHERE t.id = ?`
    )
    .get(tableId) as TableGrid['table'] | undefined
  if (!table) throw new AppError('not_found', `Table ${tableId} is not in the store (was its release removed?)`)
  const observations = db
    .prepare(
      `SELECT o.row_label, o.column_label, o.measure_id, m.label AS measure_label, o.period, o.value, o.status, o.raw, o.cell, o.footnotes,
        a.slug AS area_slug, a.name AS area_name, a.kind AS area_kind
      FROM observation o JOIN measure m ON m.id = o.measure_id LEFT JOIN area a ON a.id = o.area_id
      WHERE o.source_table_id = ? ORDER BY o.row_index, o.col_index`
    )
    .all(tableId) as GridObservation[]

  const columns = new Map<string, GridColumn>()
  const rows = new Map<string, GridRow>()
  for (const observation of observations) {
    const columnKey = `${observation.column_label}|${observation.period ?? ''}`
    if (!columns.has(columnKey)) {
      columns.set(columnKey, {
        key: columnKey,
        label: observation.column_label,
        measureId: observation.measure_id,
        measureLabel: observation.measure_label,
        period: observation.period
      })
    }
    const rowKey = observation.area_slug ?? `label:${observation.row_label}`
    let row = rows.get(rowKey)
    if (!row) {
      row = {
        key: rowKey,
        label: observation.area_name ?? observation.row_label,
        areaSlug: observation.area_slug,
        areaKind: observation.area_kind,
        cells: {}
      }
      rows.set(rowKey, row)
    }
    row.cells[columnKey] = {
      value: observation.value,
      status: observation.status,
      raw: observation.raw,
      cell: observation.cell,
      footnotes: observation.footnotes
    }
  }
  const orderedColumns = [...columns.values()].sort(
    (a, b) => columnOrder(columns, a) - columnOrder(columns, b) || (a.period ?? '').localeCompare(b.period ?? '')
  )
  return { table, columns: orderedColumns, rows: [...rows.values()] }
}

/** Keeps a header's periods together, in the order the headers first appear. */
function columnOrder(columns: Map<string, GridColumn>, column: GridColumn): number {
  let index = 0
  for (const candidate of columns.values()) {
    if (candidate.label === column.label) return index
    index++
  }
  return index
}
