// What the keyboard does in the pivot beyond moving: a figure typed over a cell goes out as an edit
// request (the grid never changes the data itself), and Ctrl/Cmd+C copies ticked rows or the focused
// cell as TSV with their headers. Reads the grid; never stores anything.

import { useCallback, type ClipboardEvent, type RefObject } from 'react'
import type { CellEditRequestEvent, GridApi } from 'ag-grid-community'
import type { Pivot } from '../../../../main/contract/types'
import { readCell } from '../../../../main/contract/markers'
import { focusedCellTsv, selectedRowsTsv } from '../../grid/copy'
import { cellRefOf } from '../../grid/focus'
import { formatCell } from '../../grid/format'
import { LABEL_COLUMN, type FigureValue } from '../../grid/pivotColumns'
import type { ViewRow } from '../../grid/pivotRows'
import type { PendingEdit } from '../../state/useEditFlow'
import { isTextField } from '../../state/useUndoKeys'

export interface PivotKeyboard {
  onCellEditRequest: (event: CellEditRequestEvent<ViewRow, FigureValue>) => void
  /** On the grid's frame. */
  onCopy: (event: ClipboardEvent<HTMLDivElement>) => void
}

export function usePivotKeyboard(
  api: GridApi<ViewRow> | null,
  pivot: RefObject<Pivot>,
  onEdit: (edit: PendingEdit) => void
): PivotKeyboard {
  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<ViewRow, FigureValue>) => {
      const period = event.column.getColId()
      const row = event.data
      const typed = typeof event.newValue === 'string' ? event.newValue.trim() : ''
      const cell = row?.cells[period]
      if (!row || !cell || typed === '') return
      const reading = readCell(typed)
      // Typing the figure it already is, however spelt ("1867" for "1,867"), is no change.
      if (reading.status !== 'text' && reading.value === cell.value && reading.status === cell.status) return
      onEdit({ cell: { ...cellRefOf(row, period, pivot.current), period }, before: formatCell(cell), typed })
    },
    [onEdit, pivot]
  )

  const onCopy = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      if (!api || isTextField(document.activeElement)) return
      const tsv = selectedRowsTsv(api) ?? focusedCellTsv(api, LABEL_COLUMN)
      if (tsv === null) return
      event.clipboardData.setData('text/plain', tsv)
      event.preventDefault()
    },
    [api]
  )
  return { onCellEditRequest, onCopy }
}
