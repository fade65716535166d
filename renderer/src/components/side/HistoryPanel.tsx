// The History panel: edits and note changes newest first, filtered by area and measure, with jumps,
// Revert and undone entries struck through. Presentational: never loads or reverts anything itself.

import type { AreaInfo, HistoryEntry, HistoryKind, MeasureInfo } from '../../../../main/contract/types'
import { formatWhen } from '../../grid/format'
import { areaChoices, measureChoices, SelectField } from '../SelectField'

const KIND_LABELS: Record<HistoryKind, string> = {
  edit: 'Edit',
  revert: 'Revert',
  annotate: 'Note',
  reword: 'Note reworded',
  unannotate: 'Note deleted'
}

interface HistoryPanelProps {
  entries: HistoryEntry[] | null
  filter: { area: string; measure: string }
  onFilter: (filter: { area: string; measure: string }) => void
  areas: AreaInfo[]
  measures: MeasureInfo[]
  onRevert: (entry: HistoryEntry) => void
  onJump: (entry: HistoryEntry) => void
}

export function HistoryPanel({ entries, filter, onFilter, areas, measures, onRevert, onJump }: HistoryPanelProps) {
  const filterBy = {
    area: (area: string) => onFilter({ ...filter, area }),
    measure: (measure: string) => onFilter({ ...filter, measure })
  }
  return (
    <section className="side-section" role="region" aria-label="History">
      <h2 className="side-title">History</h2>
      <div className="history-filters">
        <SelectField label="Filter by area" value={filter.area} onChange={filterBy.area} none="Every area" choices={areaChoices(areas)} />
        <SelectField
          label="Filter by measure"
          value={filter.measure}
          onChange={filterBy.measure}
          none="Every measure"
          choices={measureChoices(measures)}
        />
      </div>
      {entries === null ? (
        <p className="side-empty">Loading the history…</p>
      ) : entries.length === 0 ? (
        <p className="side-empty">{filter.area || filter.measure ? 'No changes for this area and measure.' : 'No edits or notes yet.'}</p>
      ) : (
        <ol className="history-list">
          {entries.map((entry) => (
            <li key={entry.id} className={`history-entry${entry.isUndone ? ' history-entry--undone' : ''}`}>
              <div className="history-head">
                <span className={`history-kind history-kind--${entry.kind}`}>{KIND_LABELS[entry.kind]}</span>
                <time className="history-when" dateTime={entry.at}>
                  {formatWhen(entry.at)}
                </time>
                {entry.isUndone && <span className="history-undone">undone</span>}
              </div>
              {entry.area ? (
                <button type="button" className="history-description link-button" onClick={() => onJump(entry)} title="Show it in the grid">
                  {entry.description}
                </button>
              ) : (
                <p className="history-description">{entry.description}</p>
              )}
              {entry.canRevert && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onRevert(entry)}
                  title={entry.kind === 'edit' ? 'Put the figure back as it was before this edit' : 'Delete this note'}
                >
                  Revert
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
