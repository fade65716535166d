// Turns a TableGrid's columns into AG Grid column definitions: the pinned Area column, then one
// column per header, grouped by header when it spans several periods. Never fetches or renders.

import type { ColDef, ColGroupDef } from 'ag-grid-community'
import type { GridCell, GridColumn, GridRow, TableGrid } from '../../../main/contract/types'
import { cellClasses, cellTooltip, compareCells, formatCell } from './format'

export type FiguresColumn = ColDef<GridRow> | ColGroupDef<GridRow>

function areaColumn(): ColDef<GridRow, string> {
  return {
    colId: 'area',
    headerName: 'Area',
    field: 'label',
    pinned: 'left',
    lockPinned: true,
    minWidth: 180,
    width: 230,
    flex: 0,
    sortable: true,
    cellClass: (params) => (params.data?.areaSlug === null ? ['area', 'area--unmatched'] : ['area']),
    tooltip: (params) => {
      const row = params.data
      if (!row) return undefined
      if (row.areaSlug === null) return `“${row.label}” is not matched to a MAPPA area`
      return row.areaKind === 'total' ? `${row.label} (total row)` : row.label
    }
  }
}

/** Wide enough that a long header wraps onto two or three lines rather than six. */
function widthFor(headerName: string): number {
  return Math.min(240, Math.max(96, Math.round(headerName.length * 3.6)))
}

function figureColumn(column: GridColumn, sheet: string, headerName: string, headerTooltip: string): ColDef<GridRow, GridCell | undefined> {
  return {
    colId: column.key,
    headerName,
    headerTooltip,
    headerClass: 'ag-right-aligned-header',
    cellDataType: false,
    minWidth: widthFor(headerName),
    flex: 1,
    sortable: true,
    valueGetter: (params) => params.data?.cells[column.key],
    valueFormatter: (params) => formatCell(params.value),
    getQuickFilterText: (params) => formatCell(params.value),
    comparator: (a, b, _nodeA, _nodeB, descending) => compareCells(a, b, descending),
    cellClass: (params) => cellClasses(params.value),
    tooltip: (params) => cellTooltip(sheet, params.data?.cells[column.key])
  }
}

function describe(column: GridColumn): string {
  const parts = [column.label]
  if (column.period) parts.push(column.period)
  if (column.measureLabel && column.measureLabel !== column.label) parts.push(`measure: ${column.measureLabel}`)
  return parts.join(' · ')
}

/** Headers in first-seen order, each with its columns (one per period). */
function byLabel(columns: GridColumn[]): Map<string, GridColumn[]> {
  const groups = new Map<string, GridColumn[]>()
  for (const column of columns) {
    const group = groups.get(column.label)
    if (group) group.push(column)
    else groups.set(column.label, [column])
  }
  return groups
}

export function buildColumns(grid: TableGrid): FiguresColumn[] {
  const sheet = grid.table.sheet
  const periods = new Set(grid.columns.map((column) => column.period).filter((period) => period !== null))
  const definitions: FiguresColumn[] = [areaColumn()]
  for (const [label, columns] of byLabel(grid.columns)) {
    if (columns.length > 1) {
      definitions.push({
        groupId: `group:${label}`,
        headerName: label,
        headerTooltip: label,
        marryChildren: true,
        children: columns.map((column) => figureColumn(column, sheet, column.period ?? column.label, describe(column)))
      })
      continue
    }
    const [column] = columns
    // With several periods in the table a lone column says which it is; otherwise the tooltip does.
    const headerName = column.period && periods.size > 1 ? `${label} · ${column.period}` : label
    definitions.push(figureColumn(column, sheet, headerName, describe(column)))
  }
  return definitions
}

/** Totals (England and Wales, Wales) stay in view below the areas; everything else scrolls and sorts. */
export function splitRows(rows: GridRow[]): { body: GridRow[]; totals: GridRow[] } {
  return {
    body: rows.filter((row) => row.areaKind !== 'total'),
    totals: rows.filter((row) => row.areaKind === 'total')
  }
}
