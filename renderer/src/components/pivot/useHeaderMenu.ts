// Opens the column header's menu where the reporter right-clicked (or under the header, for Shift+F10)
// and applies its choice to the grid: pin, unpin, size to fit. The menu itself is HeaderMenu.

import { useCallback, useRef, useState, type MouseEvent } from 'react'
import type { ColumnHeaderContextMenuEvent, GridApi } from 'ag-grid-community'
import { LABEL_COLUMN } from '../../grid/pivotColumns'
import type { ViewRow } from '../../grid/pivotRows'
import type { HeaderMenuState, PinSide } from './HeaderMenu'

export interface HeaderMenuControl {
  menu: HeaderMenuState | null
  /** The grid's column header context menu event. */
  onHeaderMenu: (event: ColumnHeaderContextMenuEvent<ViewRow>) => void
  /** On the grid's frame, in the capture phase: keeps the browser's menu away and notes where to open. */
  onContextMenuCapture: (event: MouseEvent<HTMLDivElement>) => void
  onPin: (ids: string[], side: PinSide) => void
  onAutosize: (ids: string[]) => void
  closeMenu: () => void
}

export function useHeaderMenu(api: GridApi<ViewRow> | null): HeaderMenuControl {
  const [menu, setMenu] = useState<HeaderMenuState | null>(null)
  const pointer = useRef({ x: 0, y: 0 })

  const onHeaderMenu = useCallback((event: ColumnHeaderContextMenuEvent<ViewRow>) => {
    const target = event.column
    const columns = 'getLeafColumns' in target ? target.getLeafColumns() : [target]
    const ids = columns.map((column) => column.getColId()).filter((id) => id !== LABEL_COLUMN)
    if (ids.length === 0) return
    const label =
      'getLeafColumns' in target ? (target.getColGroupDef()?.headerName ?? '') : event.api.getDisplayNameForColumn(target, 'header')
    const pinned = columns[0].getPinned()
    setMenu({ ...pointer.current, columnIds: ids, label, pinned: pinned === 'left' || pinned === 'right' ? pinned : null })
  }, [])

  const onContextMenuCapture = useCallback((event: MouseEvent<HTMLDivElement>) => {
    const header = event.target instanceof Element ? event.target.closest('.ag-header-cell, .ag-header-group-cell') : null
    if (!header) return
    event.preventDefault()
    const box = header.getBoundingClientRect()
    // Shift+F10 on a focused header has no pointer position: open under the header.
    pointer.current = event.clientX === 0 && event.clientY === 0 ? { x: box.left, y: box.bottom } : { x: event.clientX, y: event.clientY }
  }, [])

  const onPin = useCallback((ids: string[], side: PinSide) => api?.setColumnsPinned(ids, side), [api])
  const onAutosize = useCallback((ids: string[]) => api?.autoSizeColumns(ids), [api])
  const closeMenu = useCallback(() => setMenu(null), [])
  return { menu, onHeaderMenu, onContextMenuCapture, onPin, onAutosize, closeMenu }
}
