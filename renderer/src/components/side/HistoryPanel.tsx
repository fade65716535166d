// The History panel: edits and note changes newest first, filtered by area and measure, with jumps,
// Revert and undone entries struck through. Presentational: never loads or reverts anything itself.

import type { AreaInfo, HistoryEntry, HistoryKind, MeasureInfo } from '../../../../main/contract/types'
import { formatWhen } from '../../grid/format'

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
  return (
    <section className="side-section" role="region" aria-label="History">
      <h2 className="side-title">History</h2>
      <div className="history-filters">
        <label className="field field--stacked">
          <span className="field-label">Filter by area</span>
          <select className="select" value={filter.area} onChange={(event) => onFilter({ ...filter, area: event.target.value })}>
            <option value="">Every area</option>
            {areas.map((area) => (
              <option key={area.slug} value={area.slug}>
                {area.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--stacked">
          <span className="field-label">Filter by measure</span>
          <select className="select" value={filter.measure} onChange={(event) => onFilter({ ...filter, measure: event.target.value })}>
            <option value="">Every measure</option>
            {measures.map((measure) => (
              <option key={measure.id} value={measure.id}>
                {measure.label}
              </option>
            ))}
          </select>
        </label>
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
