// Shows one TableGrid in AG Grid: pinned Area column, totals pinned at the bottom, quick filter.
// Owns grid configuration only; never fetches data or decides what table is shown.

import { useMemo } from 'react'
import { AllCommunityModule, ModuleRegistry, type ColDef, type GetRowIdParams, type RowClassRules } from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import type { GridRow, TableGrid } from '../../../main/contract/types'
import { buildColumns, splitRows } from '../grid/columns'
import { figuresTheme, ROW_HEIGHT } from '../grid/theme'
import { useFiguresGridSizing } from './useWholeRowsHeight'

ModuleRegistry.registerModules([AllCommunityModule])

const rowClassRules = {
  'row--total': (params) => params.data?.areaKind === 'total',
  'row--other': (params) => params.data?.areaKind === 'other'
} satisfies RowClassRules<GridRow>

const defaultColDef = { resizable: true, wrapHeaderText: true, autoHeaderHeight: true } satisfies ColDef<GridRow>

const localeText = { noRowsToShow: 'No rows match the filter' }

const getRowId = (params: GetRowIdParams<GridRow>) => params.data.key

interface FiguresGridProps {
  grid: TableGrid
  quickFilter: string
  onShownRowsChange: (shown: number) => void
}

/** MAPPA tables are small: render every row and column so find-in-page, copying and tests see them all. */
const RENDER_ALL_ROWS_UP_TO = 500

export function FiguresGrid({ grid, quickFilter, onShownRowsChange }: FiguresGridProps) {
  const columnDefs = useMemo(() => buildColumns(grid), [grid])
  const { body, totals } = useMemo(() => splitRows(grid.rows), [grid])
  const sizing = useFiguresGridSizing(grid.rows.length, body.length, ROW_HEIGHT, onShownRowsChange)
  const { autoHeight, remeasure, onModelUpdated } = sizing

  return (
    <div className="grid-frame" ref={sizing.frame}>
      <div
        ref={sizing.grid}
        className={`figures-grid${sizing.modifiers}`}
        style={sizing.height !== null ? { height: sizing.height } : undefined}
        role="region"
        aria-label="Figures table"
      >
        <AgGridReact<GridRow>
          theme={figuresTheme}
          columnDefs={columnDefs}
          rowData={body}
          pinnedBottomRowData={totals}
          getRowId={getRowId}
          rowClassRules={rowClassRules}
          quickFilterText={quickFilter}
          defaultColDef={defaultColDef}
          tooltipShowDelay={350}
          tooltipHideDelay={12000}
          domLayout={autoHeight ? 'autoHeight' : 'normal'}
          suppressColumnVirtualisation
          suppressRowVirtualisation={grid.rows.length <= RENDER_ALL_ROWS_UP_TO}
          enableCellTextSelection
          ensureDomOrder
          animateRows={false}
          onModelUpdated={onModelUpdated}
          localeText={localeText}
          onGridReady={remeasure}
        />
      </div>
    </div>
  )
}
