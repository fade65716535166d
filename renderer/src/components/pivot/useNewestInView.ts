// Keeps the pivot's newest period in view: a new subject opens scrolled to it, and a grid scrolled
// there stays there when a panel makes it narrower or derived columns are added. Scrolls only.

import { useCallback, useEffect, useRef } from 'react'
import type { BodyScrollEvent, DisplayedColumnsChangedEvent, GridApi, GridSizeChangedEvent } from 'ag-grid-community'
import type { ViewRow } from '../../grid/pivotRows'
import type { FocusRequest } from '../../state/useView'

/** Whether the last column is in view (the newest period, or its last derived figure). */
function isShowingNewest(api: GridApi<ViewRow>): boolean {
  const last = api.getAllDisplayedColumns().at(-1)
  const range = api.getHorizontalPixelRange()
  return !last || last.getPinned() !== null || (last.getLeft() ?? 0) + last.getActualWidth() <= range.right + 2
}

function showNewest(api: GridApi<ViewRow>): void {
  const last = api.getAllDisplayedColumns().at(-1)
  if (last && last.getPinned() === null) api.ensureColumnVisible(last, 'end')
}

export interface NewestInView {
  onBodyScroll: (event: BodyScrollEvent<ViewRow>) => void
  /** For the grid's size and displayed-columns events. */
  keepNewest: (event: GridSizeChangedEvent<ViewRow> | DisplayedColumnsChangedEvent<ViewRow>) => void
}

/** `subjectKey` names the subject shown; a focus request on its way wins over opening at the newest period. */
export function useNewestInView(api: GridApi<ViewRow> | null, subjectKey: string, focusRequest: FocusRequest | null): NewestInView {
  const atNewest = useRef(true)
  const focusRequestRef = useRef(focusRequest)
  focusRequestRef.current = focusRequest
  useEffect(() => {
    atNewest.current = true
    if (api && !focusRequestRef.current) showNewest(api)
    // Only when the subject changes (subjectKey): an edit or a focus request must not scroll the grid away.
  }, [api, subjectKey])

  const onBodyScroll = useCallback((event: BodyScrollEvent<ViewRow>) => {
    if (event.direction === 'horizontal') atNewest.current = isShowingNewest(event.api)
  }, [])
  const keepNewest = useCallback((event: GridSizeChangedEvent<ViewRow> | DisplayedColumnsChangedEvent<ViewRow>) => {
    if (atNewest.current) showNewest(event.api)
  }, [])
  return { onBodyScroll, keepNewest }
}
