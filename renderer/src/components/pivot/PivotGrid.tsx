// One pivot in AG Grid: pinned labels, home row and totals, edits sent out as requests, ticked rows,
// the header menu and Ctrl/Cmd+C as TSV. Owns grid behaviour only; never calls the core or edits data.

import { memo, useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type MouseEvent, type ReactNode } from 'react'
import type {
  BodyScrollEvent,
  CellEditRequestEvent,
  DisplayedColumnsChangedEvent,
  CellFocusedEvent,
  ColumnHeaderContextMenuEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  GridSizeChangedEvent,
  ModelUpdatedEvent,
  RowClassRules,
  RowSelectionOptions,
  SelectionColumnDef
} from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import type { DerivedKind, Pivot } from '../../../../main/contract/types'
import { readCell } from '../../../../main/contract/markers'
import { focusedCellTsv, selectedRowsTsv } from '../../grid/copy'
import type { CellLookups } from '../../grid/figure'
import { cellRefOf, applyFocus, focusedRef } from '../../grid/focus'
import { formatCell } from '../../grid/format'
import { buildPivotColumns, LABEL_COLUMN, type FigureValue } from '../../grid/pivotColumns'
import type { ViewRow, ViewRows } from '../../grid/pivotRows'
import { figuresTheme, ROW_HEIGHT } from '../../grid/theme'
import type { PendingEdit } from '../../state/useEditFlow'
import type { CellRef, FocusRequest } from '../../state/useView'
import { isTextField } from '../../state/useUndoKeys'
import { publishTicked } from '../../state/ticked'
import { useWholeRowsHeight } from '../useWholeRowsHeight'
import { HeaderMenu, type HeaderMenuState, type PinSide } from './HeaderMenu'

const rowClassRules = {
  'row--total': (params) => params.data?.areaKind === 'total',
  'row--other': (params) => params.data?.areaKind === 'other',
  'row--home': (params) => params.data?.isHome === true
} satisfies RowClassRules<ViewRow>

const rowSelection = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  enableClickSelection: false
} satisfies RowSelectionOptions<ViewRow>
const selectionColumnDef = {
  pinned: 'left',
  width: 44,
  headerTooltip: 'Tick rows, then press Ctrl+C to copy them with their headers'
} satisfies SelectionColumnDef
const getRowId = (params: GetRowIdParams<ViewRow>) => params.data.key
const localeText = { noRowsToShow: 'No rows match the filter' }
/** Every cell is rendered up to this many, so find-in-page, copying and tests see them all. */
const RENDER_ALL_CELLS_UP_TO = 6000
const AUTO_HEIGHT_UP_TO = 12

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

export interface PivotGridProps {
  pivot: Pivot
  rows: ViewRows
  derived: readonly DerivedKind[]
  lookups: CellLookups
  quickFilter: string
  focusRequest: FocusRequest | null
  onFocusCell: (cell: CellRef | null) => void
  onFocusApplied: (nonce: number) => void
  onEdit: (edit: PendingEdit) => void
  onShownRowsChange: (shown: number) => void
  /** Drawn right under the grid (the legend). */
  children?: ReactNode
}

export const PivotGrid = memo(function PivotGrid(props: PivotGridProps) {
  const { pivot, rows, derived, lookups, quickFilter, focusRequest, onFocusCell, onFocusApplied, onEdit, onShownRowsChange, children } =
    props
  const [api, setApi] = useState<GridApi<ViewRow> | null>(null)
  const [menu, setMenu] = useState<HeaderMenuState | null>(null)
  const atNewest = useRef(true)
  const lookupsRef = useRef(lookups)
  const pivotRef = useRef(pivot)
  const pointer = useRef({ x: 0, y: 0 })
  useEffect(() => {
    lookupsRef.current = lookups
    pivotRef.current = pivot
  })

  // The columns are rebuilt only when they change (lookups are read through the ref), never for an
  // edit: they are made from these keys alone, so a new array or map with the same content is no change.
  const periodsKey = pivot.periods.join(',')
  const derivedKey = derived.join(',')
  const periodNotesKey = JSON.stringify(pivot.periods.map((period) => [period, lookups.periodNotes.get(period) ?? []]))
  const columnDefs = useMemo(
    () =>
      buildPivotColumns({
        by: pivot.by,
        subjectId: pivot.subject.id,
        periods: periodsKey === '' ? [] : periodsKey.split(','),
        derived: derivedKey === '' ? [] : (derivedKey.split(',') as DerivedKind[]),
        periodNotes: new Map(JSON.parse(periodNotesKey) as [string, string[]][]),
        lookups: lookupsRef
      }),
    [pivot.by, pivot.subject.id, periodsKey, derivedKey, periodNotesKey]
  )

  const focusNow = useCallback(
    (gridApi: GridApi<ViewRow>) => {
      if (!focusRequest || (focusRequest.subject !== null && focusRequest.subject !== pivotRef.current.subject.id)) return
      if (applyFocus(gridApi, focusRequest)) onFocusApplied(focusRequest.nonce)
    },
    [focusRequest, onFocusApplied]
  )

  useEffect(() => {
    if (api) focusNow(api)
  }, [api, rows, focusNow])

  // A new subject opens on its newest period, at the right (unless a jump is on its way).
  const subjectKey = `${pivot.by}:${pivot.subject.id}`
  const focusRequestRef = useRef(focusRequest)
  focusRequestRef.current = focusRequest
  useEffect(() => {
    atNewest.current = true
    if (api && !focusRequestRef.current) showNewest(api)
    // Only when the subject changes (subjectKey): an edit or a focus request must not scroll the grid away.
  }, [api, subjectKey])

  // Scrolled to the newest period, the grid stays there when a panel makes it narrower or derived
  // columns are added.
  const onBodyScroll = useCallback((event: BodyScrollEvent<ViewRow>) => {
    if (event.direction === 'horizontal') atNewest.current = isShowingNewest(event.api)
  }, [])
  const keepNewest = useCallback((event: GridSizeChangedEvent<ViewRow> | DisplayedColumnsChangedEvent<ViewRow>) => {
    if (atNewest.current) showNewest(event.api)
  }, [])

  const rowCount = rows.top.length + rows.body.length + rows.bottom.length
  const autoHeight = rowCount <= AUTO_HEIGHT_UP_TO
  const [shownBodyRows, setShownBodyRows] = useState(rows.body.length)
  const sizing = useWholeRowsHeight({ enabled: !autoHeight, rowHeight: ROW_HEIGHT, rows: shownBodyRows })
  const { remeasure } = sizing

  const onGridReady = useCallback(
    (event: GridReadyEvent<ViewRow>) => {
      setApi(event.api)
      remeasure()
    },
    [remeasure]
  )
  const onCellFocused = useCallback((event: CellFocusedEvent<ViewRow>) => onFocusCell(focusedRef(event, pivotRef.current)), [onFocusCell])
  const onRowDataUpdated = useCallback(() => api && focusNow(api), [api, focusNow])
  const onModelUpdated = useCallback(
    (event: ModelUpdatedEvent<ViewRow>) => {
      const shown = event.api.getDisplayedRowCount()
      setShownBodyRows(shown)
      onShownRowsChange(shown)
      remeasure()
    },
    [onShownRowsChange, remeasure]
  )

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
      onEdit({ cell: { ...cellRefOf(row, period, pivotRef.current), period }, before: formatCell(cell), typed })
    },
    [onEdit]
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

  const cellCount = rowCount * (1 + pivot.periods.length * (1 + derived.length))
  return (
    <div className="grid-frame" ref={sizing.frame}>
      <div
        ref={sizing.grid}
        className={`figures-grid pivot-grid${autoHeight ? ' figures-grid--auto' : ''}${sizing.height !== null ? ' figures-grid--sized' : ''}`}
        style={sizing.height !== null ? { height: sizing.height } : undefined}
        role="region"
        aria-label="Figures table"
        onCopy={onCopy}
        onContextMenuCapture={onContextMenuCapture}
      >
        <AgGridReact<ViewRow>
          theme={figuresTheme}
          columnDefs={columnDefs}
          rowData={rows.body}
          pinnedTopRowData={rows.top}
          pinnedBottomRowData={rows.bottom}
          getRowId={getRowId}
          rowClassRules={rowClassRules}
          rowSelection={rowSelection}
          onSelectionChanged={(event) => publishTicked(event.api.getSelectedRows().map((row) => row.key))}
          selectionColumnDef={selectionColumnDef}
          quickFilterText={quickFilter}
          readOnlyEdit
          stopEditingWhenCellsLoseFocus
          onCellEditRequest={onCellEditRequest}
          onCellFocused={onCellFocused}
          onGridReady={onGridReady}
          onModelUpdated={onModelUpdated}
          onRowDataUpdated={onRowDataUpdated}
          onColumnHeaderContextMenu={onHeaderMenu}
          onBodyScroll={onBodyScroll}
          onGridSizeChanged={keepNewest}
          onDisplayedColumnsChanged={keepNewest}
          popupParent={document.body}
          tooltipShowDelay={350}
          tooltipHideDelay={15000}
          domLayout={autoHeight ? 'autoHeight' : 'normal'}
          suppressColumnVirtualisation={cellCount <= RENDER_ALL_CELLS_UP_TO}
          suppressRowVirtualisation={rowCount <= 500}
          ensureDomOrder
          animateRows={false}
          localeText={localeText}
        />
        {menu && <HeaderMenu menu={menu} onPin={onPin} onAutosize={onAutosize} onClose={closeMenu} />}
      </div>
      {children}
    </div>
  )
})
