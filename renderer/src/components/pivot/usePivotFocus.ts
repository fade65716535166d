// The pivot's keyboard focus as the view asks for it (after an edit, a jump from a note, the history
// or the story), and as the reporter moves it. Moves focus only; never scrolls to the newest period.

import { useCallback, useEffect, type RefObject } from 'react'
import type { CellFocusedEvent, GridApi } from 'ag-grid-community'
import type { Pivot } from '../../../../main/contract/types'
import { applyFocus, focusedRef } from '../../grid/focus'
import type { ViewRow, ViewRows } from '../../grid/pivotRows'
import type { CellRef, FocusRequest } from '../../state/useView'

export interface PivotFocusInput {
  api: GridApi<ViewRow> | null
  pivot: RefObject<Pivot>
  rows: ViewRows
  focusRequest: FocusRequest | null
  onFocusCell: (cell: CellRef | null) => void
  onFocusApplied: (nonce: number) => void
}

export interface PivotFocus {
  onCellFocused: (event: CellFocusedEvent<ViewRow>) => void
  /** New rows may hold the row a request waits for. */
  onRowDataUpdated: () => void
}

export function usePivotFocus({ api, pivot, rows, focusRequest, onFocusCell, onFocusApplied }: PivotFocusInput): PivotFocus {
  const focusNow = useCallback(
    (gridApi: GridApi<ViewRow>) => {
      if (!focusRequest || (focusRequest.subject !== null && focusRequest.subject !== pivot.current.subject.id)) return
      if (applyFocus(gridApi, focusRequest)) onFocusApplied(focusRequest.nonce)
    },
    [focusRequest, onFocusApplied, pivot]
  )

  useEffect(() => {
    if (api) focusNow(api)
  }, [api, rows, focusNow])

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<ViewRow>) => onFocusCell(focusedRef(event, pivot.current)),
    [onFocusCell, pivot]
  )
  const onRowDataUpdated = useCallback(() => void (api && focusNow(api)), [api, focusNow])
  return { onCellFocused, onRowDataUpdated }
}
