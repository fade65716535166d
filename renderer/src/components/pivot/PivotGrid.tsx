// One pivot in AG Grid: pinned labels, home row and totals, ticked rows, sized to whole rows. Its
// columns, focus, newest period in view, header menu and keys are hooks beside it (use*.ts here).
// Owns grid behaviour only; never calls the core or edits data.

import { memo, useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import type { GetRowIdParams, GridApi, GridReadyEvent, RowClassRules, RowSelectionOptions, SelectionColumnDef } from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import type { DerivedKind, Pivot } from '../../../../main/contract/types'
import type { CellLookups } from '../../grid/figure'
import type { ViewRow, ViewRows } from '../../grid/pivotRows'
import { figuresTheme, ROW_HEIGHT } from '../../grid/theme'
import type { PendingEdit } from '../../state/useEditFlow'
import type { CellRef, FocusRequest } from '../../state/useView'
import { publishTicked } from '../../state/ticked'
import { useFiguresGridSizing } from '../useWholeRowsHeight'
import { HeaderMenu } from './HeaderMenu'
import { useHeaderMenu } from './useHeaderMenu'
import { useNewestInView } from './useNewestInView'
import { usePivotColumns } from './usePivotColumns'
import { usePivotFocus } from './usePivotFocus'
import { usePivotKeyboard } from './usePivotKeyboard'

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
  const pivotRef = useRef(pivot)
  useEffect(() => {
    pivotRef.current = pivot
  })
  const columnDefs = usePivotColumns(pivot, derived, lookups)

  const { onCellFocused, onRowDataUpdated } = usePivotFocus({ api, pivot: pivotRef, rows, focusRequest, onFocusCell, onFocusApplied })
  const { onBodyScroll, keepNewest } = useNewestInView(api, `${pivot.by}:${pivot.subject.id}`, focusRequest)
  const { menu, onHeaderMenu, onContextMenuCapture, onPin, onAutosize, closeMenu } = useHeaderMenu(api)

  const rowCount = rows.top.length + rows.body.length + rows.bottom.length
  const sizing = useFiguresGridSizing(rowCount, rows.body.length, ROW_HEIGHT, onShownRowsChange)
  const { autoHeight, remeasure, onModelUpdated } = sizing

  const onGridReady = useCallback(
    (event: GridReadyEvent<ViewRow>) => {
      setApi(event.api)
      remeasure()
    },
    [remeasure]
  )

  const { onCellEditRequest, onCopy } = usePivotKeyboard(api, pivotRef, onEdit)

  const cellCount = rowCount * (1 + pivot.periods.length * (1 + derived.length))
  return (
    <div className="grid-frame" ref={sizing.frame}>
      <div
        ref={sizing.grid}
        className={`figures-grid pivot-grid${sizing.modifiers}`}
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
