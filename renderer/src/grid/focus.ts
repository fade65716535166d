// Moving the grid's keyboard focus to a row and period (after an edit, or a jump from a note or the
// history) and reading which figure has focus. Uses the grid API only; never loads or edits figures.

import type { CellFocusedEvent, GridApi, IRowNode } from 'ag-grid-community'
import type { Pivot } from '../../../main/contract/types'
import type { CellRef, FocusRequest } from '../state/useView'
import { LABEL_COLUMN } from './pivotColumns'
import type { ViewRow } from './pivotRows'

function pinnedRows(api: GridApi<ViewRow>, where: 'top' | 'bottom'): IRowNode<ViewRow>[] {
  const count = where === 'top' ? api.getPinnedTopRowCount() : api.getPinnedBottomRowCount()
  const rows: IRowNode<ViewRow>[] = []
  for (let index = 0; index < count; index++) {
    const node = where === 'top' ? api.getPinnedTopRow(index) : api.getPinnedBottomRow(index)
    if (node) rows.push(node)
  }
  return rows
}

/** Focuses the cell asked for; false when its row is not in the grid (yet, or filtered out). */
export function applyFocus(api: GridApi<ViewRow>, request: FocusRequest): boolean {
  const column = request.period !== null && api.getColumn(request.period) ? request.period : LABEL_COLUMN
  for (const where of ['top', 'bottom'] as const) {
    const index = pinnedRows(api, where).findIndex((node) => node.data?.key === request.rowKey)
    if (index >= 0) {
      api.ensureColumnVisible(column, 'auto')
      api.setFocusedCell(index, column, where)
      return true
    }
  }
  const node = request.rowKey === null ? api.getDisplayedRowAtIndex(0) : api.getRowNode(request.rowKey)
  if (!node || node.rowIndex === null || !node.displayed) return false
  api.ensureNodeVisible(node, null)
  api.ensureColumnVisible(column, 'auto')
  api.setFocusedCell(node.rowIndex, column)
  return true
}

/** The figure (or row label) a focus event landed on, as the store names it. */
export function focusedRef(event: CellFocusedEvent<ViewRow>, pivot: Pick<Pivot, 'by' | 'subject'>): CellRef | null {
  const { api, rowIndex, rowPinned, column } = event
  if (rowIndex === null || !column || typeof column === 'string') return null
  const node =
    rowPinned === 'top'
      ? api.getPinnedTopRow(rowIndex)
      : rowPinned === 'bottom'
        ? api.getPinnedBottomRow(rowIndex)
        : api.getDisplayedRowAtIndex(rowIndex)
  const row = node?.data
  if (!row) return null
  const colId = column.getColId()
  const period = colId === LABEL_COLUMN || colId.startsWith('ag-Grid') ? null : colId.split('|')[0]
  return cellRefOf(row, period, pivot)
}

export function cellRefOf(row: ViewRow, period: string | null, pivot: Pick<Pivot, 'by' | 'subject'>): CellRef {
  return pivot.by === 'measure'
    ? { rowKey: row.key, period, area: row.key, areaName: row.label, measure: pivot.subject.id, measureLabel: pivot.subject.label }
    : { rowKey: row.key, period, area: pivot.subject.id, areaName: pivot.subject.label, measure: row.key, measureLabel: row.label }
}
