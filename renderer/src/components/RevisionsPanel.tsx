// The revisions list beside the grid (figures a later edition restated, old → new with both editions)
// and the one-line notice an import that restates figures leaves in the view bar. Presentational.

import type { MeasureInfo, Revision } from '../../../main/contract/types'
import { formatNumber } from '../grid/format'
import type { RevisionsView } from '../state/useRevisions'

interface RevisionsPanelProps {
  view: RevisionsView
  measures: MeasureInfo[]
  onShowAll: () => void
  onJump: (revision: Revision) => void
  onClose: () => void
}

function figure(value: number | null, raw: string): string {
  if (value === null) return raw.trim() || '–'
  const decimals = /\.(\d+)/.exec(raw)?.[1].length ?? 0
  return formatNumber(value, Math.min(decimals, 6))
}

function change(revision: Revision): string {
  if (revision.change === 'now_suppressed') return 'now suppressed'
  if (revision.change === 'now_published') return 'now published'
  if (revision.old === null || revision.new === null) return ''
  const difference = revision.new - revision.old
  const decimals = Number.isInteger(difference) ? 0 : 1
  return `${difference > 0 ? '+' : difference < 0 ? '−' : '±'}${formatNumber(Math.abs(difference), decimals)}`
}

export function RevisionsPanel({ view, measures, onShowAll, onJump, onClose }: RevisionsPanelProps) {
  const labels = new Map(measures.map((measure) => [measure.id, measure.label]))
  const { revisions } = view
  return (
    <aside className="side-panel side-panel--revisions" aria-label="Revisions panel">
      <div className="side-panel-head">
        <span className="side-panel-name">Revisions</span>
        <button type="button" className="banner-close" onClick={onClose} aria-label="Close revisions">
          ×
        </button>
      </div>
      <section className="revisions side-section" role="region" aria-label="Revisions">
        <h2 className="revisions-title">{view.title}</h2>
        {view.scope === 'import' && (
          <button type="button" className="link-button revisions-all" onClick={onShowAll}>
            Show every revision in the store
          </button>
        )}
        {revisions === null ? (
          <p className="revisions-empty">Loading revisions…</p>
        ) : revisions.length === 0 ? (
          <p className="revisions-empty">{view.empty}</p>
        ) : (
          <ul className="revisions-list">
            {revisions.map((revision) => (
              <li
                key={`${revision.area}|${revision.measure}|${revision.period}|${revision.from_release_id}|${revision.to_release_id}`}
                className="revision"
              >
                <button type="button" className="revision-jump" onClick={() => onJump(revision)} title="Show this figure in the grid">
                  <span className="revision-where">
                    <strong>{revision.area_name}</strong> <span className="revision-period">{revision.period}</span>
                  </span>
                  <span className="revision-measure" title={revision.measure}>
                    {labels.get(revision.measure) ?? revision.measure}
                  </span>
                  <span className="revision-figures">
                    {figure(revision.old, revision.old_raw)} → <strong>{figure(revision.new, revision.new_raw)}</strong>
                    {change(revision) && <span className="revision-change">{change(revision)}</span>}
                  </span>
                  <span className="revision-editions">
                    {revision.from_release} → {revision.to_release}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  )
}

interface RevisionsNoticeProps {
  latest: RevisionsView
  isListOpen: boolean
  onShow: () => void
  onDismiss: () => void
}

/** One line in the view bar: how many figures the last import restated, the list on request. */
export function RevisionsNotice({ latest, isListOpen, onShow, onDismiss }: RevisionsNoticeProps) {
  return (
    <div className="revisions-notice" role="status" aria-label="Revisions notice">
      <span className="revisions-notice-mark" aria-hidden="true" />
      <span className="revisions-notice-text" title={latest.title}>
        {latest.short}
      </span>
      {!isListOpen && (
        <button type="button" className="link-button" onClick={onShow}>
          Show the list
        </button>
      )}
      <button type="button" className="banner-close" onClick={onDismiss} aria-label="Dismiss the revisions notice">
        ×
      </button>
    </div>
  )
}
