// What Ctrl/Cmd+C copies from a grid: ticked rows under a header row, or the focused cell with its
// headers, as TSV with values as displayed. Reads the grid API only; never writes to the clipboard.

import type { Column, GridApi, IRowNode } from 'ag-grid-community'
import { neutraliseFormula } from '../../../main/contract/spreadsheet-text'

const SELECTION_COLUMN = 'ag-Grid-SelectionColumn'

/** Tabs and line breaks inside a value would break the rows apart: they become spaces. */
const clean = (text: string | null | undefined): string => (text ?? '').replace(/[\t\r\n]+/g, ' ').trim()

/** "2021/22 Change" for a derived column under its period, else the column's own header. */
function headerOf<T>(api: GridApi<T>, column: Column): string {
  const name = api.getDisplayNameForColumn(column, 'header')
  const parent = column.getParent()
  const group = parent ? api.getDisplayNameForColumnGroup(parent, 'header') : ''
  return clean(group && group !== name ? `${group} ${name}` : name)
}

const shown = <T>(api: GridApi<T>, node: IRowNode<T>, column: Column): string =>
  clean(api.getCellValue({ rowNode: node, colKey: column, useFormatter: true }))

/** Every cell, labels and headers too, pastes as the text shown: never as a live formula. */
const toTsv = (lines: string[][]): string => lines.map((cells) => cells.map(neutraliseFormula).join('\t')).join('\n')

/** The ticked rows in the order shown, with a header row; null when no row is ticked. */
export function selectedRowsTsv<T>(api: GridApi<T>): string | null {
  const selected = new Set(api.getSelectedNodes())
  if (selected.size === 0) return null
  const nodes: IRowNode<T>[] = []
  api.forEachNodeAfterFilterAndSort((node) => {
    if (selected.has(node)) nodes.push(node)
  })
  const columns = api.getAllDisplayedColumns().filter((column) => column.getColId() !== SELECTION_COLUMN)
  return toTsv([columns.map((column) => headerOf(api, column)), ...nodes.map((node) => columns.map((column) => shown(api, node, column)))])
}

function focusedNode<T>(api: GridApi<T>): { node: IRowNode<T>; column: Column } | null {
  const focused = api.getFocusedCell()
  if (!focused || typeof focused.column === 'string') return null
  const node =
    focused.rowPinned === 'top'
      ? api.getPinnedTopRow(focused.rowIndex)
      : focused.rowPinned === 'bottom'
        ? api.getPinnedBottomRow(focused.rowIndex)
        : api.getDisplayedRowAtIndex(focused.rowIndex)
  return node ? { node, column: focused.column } : null
}

/** The focused cell under its column header, beside its row label; null when no cell has focus. */
export function focusedCellTsv<T>(api: GridApi<T>, labelColumnId: string): string | null {
  const focused = focusedNode(api)
  if (!focused || focused.column.getColId() === SELECTION_COLUMN) return null
  const label = api.getColumn(labelColumnId)
  if (!label || label === focused.column) return toTsv([[headerOf(api, focused.column)], [shown(api, focused.node, focused.column)]])
  return toTsv([
    [headerOf(api, label), headerOf(api, focused.column)],
    [shown(api, focused.node, label), shown(api, focused.node, focused.column)]
  ])
}
