// The heading above the grid: which table this is, where it came from, and its notes (folded
// when long). Presentational: it never fetches or changes what table is shown.

import { useState } from 'react'
import type { TableGrid } from '../../../main/contract/types'

const LONG_NOTES = 240

export function TableHeader({ table }: { table: TableGrid['table'] }) {
  const [expanded, setExpanded] = useState(false)
  const notes = table.notes?.trim() ?? ''
  const long = notes.length > LONG_NOTES || notes.split('\n').length > 3
  return (
    <div className="table-header">
      <h1 className="table-title">{table.title ?? table.sheet}</h1>
      <div className="table-source">
        <span>
          Sheet <strong>{table.sheet}</strong>
        </span>
        {table.editionLabel !== (table.title ?? table.sheet) && <span>{table.editionLabel}</span>}
        <span className="table-file" title={table.fileName}>
          {table.fileName}
        </span>
        <span className="table-layout">{table.layout}</span>
      </div>
      {notes !== '' && (
        <div className={`table-notes${long && !expanded ? ' table-notes--folded' : ''}`}>
          <p id={`notes-${table.id}`}>{notes}</p>
          {long && (
            <button
              type="button"
              className="link-button"
              aria-expanded={expanded}
              aria-controls={`notes-${table.id}`}
              onClick={() => setExpanded((value) => !value)}
            >
              {expanded ? 'Show fewer notes' : 'Show all notes'}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
