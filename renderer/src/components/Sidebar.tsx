// The releases navigator: every imported release, newest first, with its tables as buttons.
// Presentational: selection is owned by the desk state, never by this component.

import type { StoredRelease, StoredTable } from '../../../main/contract/types'
import { plural } from '../grid/format'

interface SidebarProps {
  releases: StoredRelease[]
  selectedTableId: number | null
  onSelect: (tableId: number) => void
}

function TableButton({ table, selected, onSelect }: { table: StoredTable; selected: boolean; onSelect: (tableId: number) => void }) {
  return (
    <button
      type="button"
      className={`table-item${selected ? ' table-item--selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(table.id)}
      title={table.title ? `${table.title} (sheet “${table.sheet}”)` : `Sheet “${table.sheet}”`}
    >
      <span className="table-name">{table.title ?? table.sheet}</span>
      <span className="table-meta">
        {table.title && <span className="table-sheet">{table.sheet}</span>}
        <span>{table.layout}</span>
        <span>{plural(table.observations, 'observation')}</span>
      </span>
    </button>
  )
}

export function Sidebar({ releases, selectedTableId, onSelect }: SidebarProps) {
  return (
    <nav className="sidebar" aria-label="Releases">
      <h2 className="sidebar-heading">
        Releases <span className="sidebar-count">{releases.length}</span>
      </h2>
      <ul className="release-list">
        {releases.map((release) => (
          <li key={release.id} className="release">
            <div className="release-head">
              <div className="release-title">
                <span className="release-edition">{release.editionLabel}</span>
                {release.isSample && <span className="badge">Sample</span>}
              </div>
              <div className="release-meta">
                {release.period && <span className="release-period">{release.period}</span>}
                <span className="release-file" title={release.fileName}>
                  {release.fileName}
                </span>
              </div>
            </div>
            {release.tables.length === 0 ? (
              <p className="release-empty">No tables recognised</p>
            ) : (
              <ul className="table-list">
                {release.tables.map((table) => (
                  <li key={table.id}>
                    <TableButton table={table} selected={table.id === selectedTableId} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
