// The main work area for one table: shows the header, the row filter and the figures. Its grid is
// loaded by useTableGrid; selection and errors belong to the desk.

import { useCallback, useState } from 'react'
import { useTableGrid } from '../state/useTableGrid'
import { plural } from '../grid/format'
import { FiguresGrid } from './FiguresGrid'
import { TableHeader } from './TableHeader'
import { QuickFilter } from './QuickFilter'

interface TableViewProps {
  tableId: number
  /** Bumped after every import so an open table is re-read. */
  revision: number
  onError: (message: string, context: string) => void
}

export function TableView({ tableId, revision, onError }: TableViewProps) {
  const load = useTableGrid(tableId, revision, onError)
  const [filter, setFilter] = useState('')
  const [shown, setShown] = useState<number | null>(null)

  const onShownRowsChange = useCallback((count: number) => setShown(count), [])

  if (load.state === 'loading') return <div className="table-placeholder">Loading table…</div>
  if (load.state === 'failed') return <div className="table-placeholder">This table could not be opened.</div>

  const { grid } = load
  const bodyRows = grid.rows.filter((row) => row.areaKind !== 'total').length
  return (
    <section className="table-view" aria-label={grid.table.title ?? grid.table.sheet}>
      <TableHeader key={grid.table.id} table={grid.table} />
      <div className="grid-toolbar">
        <QuickFilter value={filter} onChange={setFilter}>
          {filter && shown !== null ? `${formatShown(shown, bodyRows)}` : plural(bodyRows, 'row')}
          {' · '}
          {plural(grid.columns.length, 'column')}
        </QuickFilter>
        <span className="grid-legend">
          <span className="legend-marker">[c]</span> suppressed · <span className="legend-marker">..</span> not available ·{' '}
          <span className="legend-note" aria-hidden="true" /> footnote — hover a figure for its source cell
        </span>
      </div>
      <FiguresGrid key={grid.table.id} grid={grid} quickFilter={filter} onShownRowsChange={onShownRowsChange} />
    </section>
  )
}

function formatShown(shown: number, total: number): string {
  return `${shown.toLocaleString('en-GB')} of ${plural(total, 'row')}`
}
