// Turns a pivot into AG Grid columns: the pinned label column (areas or measures), then one column
// per period, oldest to newest, each grouped with the derived figures switched on. Never fetches.

import type { ColDef, ColGroupDef } from 'ag-grid-community'
import type { DerivedKind, FigureCell, Pivot } from '../../../main/contract/types'
import { derivedColumnInfo } from '../../../main/contract/derived-columns'
import { formatDerived } from './derived'
import { figureKey } from '../../../main/contract/types'
import { figureClasses, figureTooltip, type CellLookups } from './figure'
import { compareCells, formatCell } from './format'
import type { ViewRow } from './pivotRows'

/** A figure column holds the cell; an edit request carries the text typed in its place. */
export type FigureValue = FigureCell | string | undefined
export type PivotColumn = ColDef<ViewRow> | ColGroupDef<ViewRow>

export const LABEL_COLUMN = 'label'
/** Column ids: the period for its figure ("2021/22"), "2021/22|rank" for a derived figure. */
export const derivedColumnId = (period: string, kind: DerivedKind): string => `${period}|${kind}`

export interface PivotColumnsInput {
  by: Pivot['by']
  subjectId: string
  periods: readonly string[]
  derived: readonly DerivedKind[]
  /** Notes on each period, shown in its header's tooltip and marked on it. */
  periodNotes: ReadonlyMap<string, string[]>
  /** Read at hover time, so new notes show without rebuilding the columns. */
  lookups: { readonly current: CellLookups }
}

const showFigure = (value: FigureValue | null): string => (typeof value === 'string' ? value : formatCell(value))

/** The label cell holds its row, so a new note or home area on the row refreshes its marks. */
function labelColumn(input: PivotColumnsInput): ColDef<ViewRow, ViewRow | undefined> {
  const byMeasure = input.by === 'measure'
  return {
    colId: LABEL_COLUMN,
    headerName: byMeasure ? 'Area' : 'Measure',
    valueGetter: (params) => params.data,
    valueFormatter: (params) => params.value?.label ?? '',
    getQuickFilterText: (params) => params.data?.label ?? '',
    cellDataType: false,
    pinned: 'left',
    lockPinned: true,
    width: byMeasure ? 210 : 300,
    // Measure names are long: they wrap rather than hide their ends.
    wrapText: !byMeasure,
    autoHeight: !byMeasure,
    sortable: true,
    comparator: (a, b) => (a?.label ?? '').localeCompare(b?.label ?? '', 'en-GB'),
    cellClass: (params) => [
      'row-label',
      ...(params.data?.isAnnotated ? ['row-label--annotated'] : []),
      ...(params.data?.isHome ? ['row-label--home'] : [])
    ],
    tooltip: (params) => {
      const row = params.data
      if (!row) return undefined
      const notes = (byMeasure ? input.lookups.current.areaNotes : input.lookups.current.measureNotes).get(row.key) ?? []
      const kind =
        row.areaKind === 'total' ? ' (total)' : row.areaKind === 'other' ? ' (not one of the 42 areas)' : row.isHome ? ' (my area)' : ''
      return [`${row.label}${kind}`, ...notes.map((text) => `Note: ${text}`)].join('\n')
    }
  }
}

function figureColumn(input: PivotColumnsInput, period: string, headerName: string): ColDef<ViewRow, FigureValue> {
  const keyOf = (row: ViewRow) =>
    input.by === 'measure' ? figureKey(row.key, input.subjectId, period) : figureKey(input.subjectId, row.key, period)
  return {
    colId: period,
    headerName,
    headerTooltip: `${period}: figures at 31 March 20${period.slice(5)}. Type in a cell to correct a figure (a reason is asked for).`,
    headerClass: 'ag-right-aligned-header',
    cellDataType: false,
    minWidth: 92,
    maxWidth: 150,
    flex: 1,
    sortable: true,
    editable: (params) => params.data?.cells[period] !== undefined,
    cellEditorParams: { useFormatter: true },
    valueGetter: (params) => params.data?.cells[period],
    valueFormatter: (params) => showFigure(params.value),
    getQuickFilterText: (params) => showFigure(params.value),
    comparator: (a, b, _nodeA, _nodeB, descending) =>
      compareCells(typeof a === 'string' ? undefined : a, typeof b === 'string' ? undefined : b, descending),
    cellClass: (params) => figureClasses(typeof params.value === 'string' ? undefined : (params.value ?? undefined)),
    tooltip: (params) => {
      const row = params.data
      if (!row) return undefined
      return figureTooltip(row.cells[period], `${row.label} · ${period}`, keyOf(row), input.lookups.current)
    }
  }
}

function derivedColumn(period: string, kind: DerivedKind): ColDef<ViewRow, number | undefined> {
  const info = derivedColumnInfo(kind)
  return {
    colId: derivedColumnId(period, kind),
    headerName: info.header,
    headerTooltip: `${info.header}, ${period}: derived by MAPPA Desk, not a published figure. ${info.description}.`,
    headerClass: ['ag-right-aligned-header', 'header--derived'],
    cellClass: ['ag-right-aligned-cell', 'derived'],
    cellDataType: false,
    minWidth: kind === 'oneInN' || kind === 'rank' ? 100 : kind === 'percentChange' ? 90 : 82,
    maxWidth: 130,
    flex: 1,
    sortable: true,
    valueGetter: (params) => params.data?.derived[period]?.[kind],
    valueFormatter: (params) => formatDerived(kind, params.data?.derived[period]),
    getQuickFilterText: () => '',
    comparator: (a, b, _nodeA, _nodeB, descending) => {
      // Blanks last whichever way the column is sorted (the grid flips the result when descending).
      if (a == null || b == null) return a == null && b == null ? 0 : (a == null ? 1 : -1) * (descending ? -1 : 1)
      return a - b
    }
  }
}

export function buildPivotColumns(input: PivotColumnsInput): PivotColumn[] {
  const columns: PivotColumn[] = [labelColumn(input)]
  for (const period of input.periods) {
    const notes = input.periodNotes.get(period) ?? []
    const noteClass = notes.length > 0 ? ['header--annotated'] : []
    const noteLines = notes.map((text) => `\nNote: ${text}`).join('')
    if (input.derived.length === 0) {
      const column = figureColumn(input, period, period)
      columns.push({
        ...column,
        headerClass: ['ag-right-aligned-header', ...noteClass],
        headerTooltip: `${column.headerTooltip ?? ''}${noteLines}`
      })
      continue
    }
    columns.push({
      groupId: `period|${period}`,
      headerName: period,
      headerClass: ['period-group', ...noteClass],
      headerTooltip: `${period}: the figure at 31 March 20${period.slice(5)} and the derived figures switched on${noteLines}`,
      marryChildren: true,
      children: [figureColumn(input, period, 'Figure'), ...input.derived.map((kind) => derivedColumn(period, kind))]
    })
  }
  return columns
}
