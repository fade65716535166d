// The releases navigator: every imported release, newest first, with its tables as buttons, its
// notes marked, "Add note" and "Remove…" (the sample labelled and removed in one action), and the
// remembered mappings. Presentational: selection and removal are owned by the desk state.

import { memo } from 'react'
import type { StoredRelease, StoredTable } from '../../../main/contract/types'
import { plural } from '../grid/format'

interface SidebarProps {
  releases: StoredRelease[]
  /** Only while the As imported view shows it. */
  selectedTableId: number | null
  onSelect: (tableId: number) => void
  /** Notes on each release, by release id. */
  releaseNotes: ReadonlyMap<number, string[]>
  onAddNote: (releaseId: number) => void
  onRemove: (release: StoredRelease) => void
  onShowMappings: () => void
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

export const Sidebar = memo(function Sidebar({
  releases,
  selectedTableId,
  onSelect,
  releaseNotes,
  onAddNote,
  onRemove,
  onShowMappings
}: SidebarProps) {
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
                <span className="release-edition" id={`release-${release.id}`}>
                  {release.editionLabel}
                </span>
                {release.isSample && <span className="badge">Sample data</span>}
              </div>
              <div className="release-meta">
                {release.period && <span className="release-period">{release.period}</span>}
                <span className="release-file" title={release.fileName}>
                  {release.fileName}
                </span>
              </div>
              <div className="release-actions">
                <ReleaseNotes releaseId={release.id} notes={releaseNotes.get(release.id) ?? []} onAddNote={onAddNote} />
                <button
                  type="button"
                  className="link-button release-remove"
                  aria-describedby={`release-${release.id}`}
                  title={
                    release.isSample
                      ? 'Remove the sample data now (Open sample data brings it back); your edits and notes are kept'
                      : 'Remove this release and its figures; your edits and notes are kept'
                  }
                  onClick={() => onRemove(release)}
                >
                  {release.isSample ? 'Remove sample data' : 'Remove…'}
                </button>
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
      <div className="sidebar-foot">
        <button
          type="button"
          className="link-button"
          onClick={onShowMappings}
          title="Row labels and column headers you asked import previews to remember"
        >
          Remembered mappings…
        </button>
      </div>
    </nav>
  )
})

function ReleaseNotes({ releaseId, notes, onAddNote }: { releaseId: number; notes: string[]; onAddNote: (releaseId: number) => void }) {
  return (
    <div className="release-notes">
      {notes.length > 0 && (
        <span className="release-noted" title={notes.join('\n')}>
          <span className="release-noted-dot" aria-hidden="true" />
          {plural(notes.length, 'note')}
        </span>
      )}
      <button
        type="button"
        className="link-button release-add-note"
        aria-describedby={`release-${releaseId}`}
        onClick={() => onAddNote(releaseId)}
      >
        Add note
      </button>
    </div>
  )
}
