// The Revisions panel: figures a later edition restated, with old → new and both editions.
// Presentational: the list comes from the revisions state, measure names from the catalogue.

import type { MeasureInfo, Revision } from '../../../main/contract/types'
import { formatNumber } from '../grid/format'
import type { RevisionsView } from '../state/useRevisions'

interface RevisionsPanelProps {
  view: RevisionsView
  measures: MeasureInfo[]
  onClose: () => void
}

function figure(value: number | null, raw: string): string {
  if (value === null) return raw.trim() || '–'
  const decimals = /\.(\d+)/.exec(raw)?.[1].length ?? 0
  return formatNumber(value, Math.min(decimals, 6))
}

function change(revision: Revision): string {
  if (revision.old === null || revision.new === null) return ''
  const difference = revision.new - revision.old
  const decimals = Number.isInteger(difference) ? 0 : 1
  return `${difference > 0 ? '+' : difference < 0 ? '−' : '±'}${formatNumber(Math.abs(difference), decimals)}`
}

export function RevisionsPanel({ view, measures, onClose }: RevisionsPanelProps) {
  const labels = new Map(measures.map((measure) => [measure.id, measure.label]))
  const { revisions } = view
  return (
    <section className="revisions" role="region" aria-label="Revisions">
      <div className="revisions-head">
        <h2 className="revisions-title">{view.title}</h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Hide revisions
        </button>
      </div>
      {revisions === null ? (
        <p className="revisions-empty">Loading revisions…</p>
      ) : revisions.length === 0 ? (
        <p className="revisions-empty">{view.empty}</p>
      ) : (
        <div className="revisions-scroll">
          <table className="revisions-table">
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Measure</th>
                <th scope="col">Period</th>
                <th scope="col" className="number">
                  Old → new
                </th>
                <th scope="col" className="number">
                  Change
                </th>
                <th scope="col">From edition</th>
                <th scope="col">To edition</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr key={`${revision.area}|${revision.measure}|${revision.period}|${revision.from_release_id}|${revision.to_release_id}`}>
                  <th scope="row">{revision.area_name}</th>
                  <td title={revision.measure}>{labels.get(revision.measure) ?? revision.measure}</td>
                  <td className="nowrap">{revision.period}</td>
                  <td className="number">
                    {figure(revision.old, revision.old_raw)} → <strong>{figure(revision.new, revision.new_raw)}</strong>
                  </td>
                  <td className="number">{change(revision)}</td>
                  <td className="revisions-edition">{revision.from_release}</td>
                  <td className="revisions-edition">{revision.to_release}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
