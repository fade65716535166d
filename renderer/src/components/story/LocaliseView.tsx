// Localise: one chart made into a pack for each area (chart, table, story.txt), with a progress
// bar, Cancel (only complete packs stay) and the index page of every area's chart. Presentational
// over useLocalise.

import { useState } from 'react'
import type { AreaInfo } from '../../../../main/contract/types'
import { useLocalise } from '../../state/useLocalise'
import { SelectField } from '../SelectField'
import { useModalDialog } from '../useModalDialog'

interface LocaliseViewProps {
  areas: AreaInfo[]
  onError: (message: string, context: string) => void
}

function IndexDialog({ html, path, onClose }: { html: string; path: string; onClose: () => void }) {
  const dialog = useModalDialog(onClose)
  return (
    <dialog {...dialog} className="localise-index" aria-label="Localise index">
      <div className="localise-index-head">
        <span className="localise-index-path" title={path}>
          {path}
        </span>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <iframe title="Index of the packs" srcDoc={html} sandbox="" />
    </dialog>
  )
}

export function LocaliseView({ areas, onError }: LocaliseViewProps) {
  const localise = useLocalise(onError)
  const [chartId, setChartId] = useState('')
  const [isAll, setIsAll] = useState(true)
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const areaRows = areas.filter((area) => area.kind === 'area')
  const { status } = localise
  const isRunning = status?.state === 'running'
  const progress = status?.progress
  const toggle = (slug: string) =>
    setChosen((current) => {
      const next = new Set(current)
      if (next.has(slug)) next.delete(slug)
      else next.add(slug)
      return next
    })
  const nameOf = (slug: string | null) => areaRows.find((area) => area.slug === slug)?.name ?? slug
  return (
    <div className="story-body">
      <SelectField
        label="Chart"
        ariaLabel="Chart to localise"
        value={chartId}
        onChange={setChartId}
        none="Registered sex offenders, line chart against England and Wales"
        choices={localise.charts.map((chart) => ({ value: String(chart.id), label: chart.name }))}
      />
      <fieldset className="localise-areas">
        <legend>Areas</legend>
        <label className="check">
          <input type="radio" name="localise-areas" checked={isAll} onChange={() => setIsAll(true)} /> All 42 areas
        </label>
        <label className="check">
          <input type="radio" name="localise-areas" checked={!isAll} onChange={() => setIsAll(false)} /> Chosen areas ({chosen.size})
        </label>
        {!isAll && (
          <div className="localise-area-list" role="group" aria-label="Areas to localise">
            {areaRows.map((area) => (
              <label key={area.slug} className="check">
                <input type="checkbox" checked={chosen.has(area.slug)} onChange={() => toggle(area.slug)} /> {area.name}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className="check-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={isRunning || (!isAll && chosen.size === 0)}
          onClick={() =>
            void localise.start({
              ...(chartId ? { chartId: Number(chartId) } : {}),
              ...(isAll ? {} : { areas: areaRows.filter((area) => chosen.has(area.slug)).map((area) => area.slug) })
            })
          }
        >
          Make packs
        </button>
        {isRunning && (
          <button type="button" className="button" onClick={() => void localise.cancel()}>
            Cancel
          </button>
        )}
      </div>
      {status && progress && (
        <div className="localise-progress" role="group" aria-label="Localise progress">
          <progress max={progress.total} value={progress.done} aria-label="Packs made" />
          <p className="localise-line" role="status">
            {status.state === 'running'
              ? `${progress.done} of ${progress.total} packs${progress.current ? ` · making ${nameOf(progress.current)}` : ''}`
              : status.state === 'failed'
                ? `Stopped: ${status.error?.message ?? 'the run failed'}`
                : `${status.state === 'cancelled' ? 'Cancelled: ' : ''}${progress.made.length} made, ${progress.kept.length} already complete${progress.failed.length > 0 ? `, ${progress.failed.length} failed` : ''} of ${progress.total}`}
          </p>
          {progress.failed.map((failure) => (
            <p key={failure.area} className="localise-failure">
              {nameOf(failure.area)}: {failure.message}
            </p>
          ))}
          {status.result && (
            <>
              <p className="localise-folder">
                <span className="field-label">Folder</span> {status.outDir}
              </p>
              <div className="check-actions">
                <button type="button" className="button" onClick={() => void localise.openIndex()}>
                  Open index
                </button>
              </div>
            </>
          )}
        </div>
      )}
      {localise.index && <IndexDialog html={localise.index.html} path={localise.index.path} onClose={localise.closeIndex} />}
    </div>
  )
}
