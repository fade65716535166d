// A pivot view: its heading and notes, the subject and derived-figure controls, the row filter and
// legend, and the grid. Composes; loading belongs to usePivot and choices to useView.

import { useCallback, useState } from 'react'
import type { AreaInfo, MeasureInfo } from '../../../../main/contract/types'
import type { CellLookups } from '../../grid/figure'
import { plural } from '../../grid/format'
import type { PendingEdit } from '../../state/useEditFlow'
import type { PivotLoad } from '../../state/usePivot'
import type { ViewChoice } from '../../state/useView'
import { DerivedToggles, PivotLegend, SubjectControls } from './PivotControls'
import { PivotGrid } from './PivotGrid'
import { QuickFilter } from '../QuickFilter'
import { ChartButton } from '../chart/ChartButton'

interface PivotViewProps {
  by: 'measure' | 'area'
  load: PivotLoad
  view: ViewChoice
  catalogue: { areas: AreaInfo[]; measures: MeasureInfo[] }
  lookups: CellLookups
  onEdit: (edit: PendingEdit) => void
  /** Opens the export dialog for the table shown. */
  onExport: () => void
}

export function PivotView({ by, load, view, catalogue, lookups, onEdit, onExport }: PivotViewProps) {
  const [filter, setFilter] = useState('')
  const [shown, setShown] = useState<number | null>(null)
  const onShownRowsChange = useCallback((count: number) => setShown(count), [])
  const { pivot, rows } = load
  const current = pivot !== null && pivot.by === by ? pivot : null
  const subjectNotes = current ? ((by === 'measure' ? lookups.measureNotes : lookups.areaNotes).get(current.subject.id) ?? []) : []
  const bodyRows = rows.body.length
  const cells = current ? current.rows.flatMap((row) => Object.values(row.cells)) : []
  const hasStale = cells.some((cell) => cell.staleEdit !== null)
  const hasWarnings = cells.some((cell) => cell.warnings.length > 0)

  return (
    <section className="table-view pivot-view" aria-label={by === 'measure' ? 'Figures by measure' : 'Figures by area'}>
      <div className="pivot-head">
        <div className="table-header">
          <h1 className="table-title">{current ? current.subject.label : by === 'measure' ? 'By measure' : 'By area'}</h1>
          <div className="table-source">
            {by === 'area' && <span>Every measure by period</span>}
            <span>{by === 'area' ? 'current' : 'Current'} figures: the newest edition of each, with your edits</span>
          </div>
          {subjectNotes.map((text, index) => (
            <p key={index} className="subject-note">
              <span className="subject-note-mark" aria-hidden="true" />
              Note: {text}
            </p>
          ))}
        </div>
        <div className="pivot-head-end">
          <SubjectControls
            by={by}
            measures={catalogue.measures}
            areas={catalogue.areas}
            presence={view.presence}
            measure={view.measure}
            area={view.area}
            homeArea={view.homeArea}
            onMeasure={view.selectMeasure}
            onArea={view.selectArea}
            onHomeArea={(area) => void view.setHomeArea(area)}
          />
          {/* Beside the subject, not under the filter: the grid keeps its rows. */}
          <ChartButton pivot={current} homeArea={view.homeArea} catalogue={catalogue} />
        </div>
      </div>
      <div className="grid-toolbar">
        <QuickFilter value={filter} onChange={setFilter}>
          {filter && shown !== null
            ? `${shown.toLocaleString('en-GB')} of ${plural(bodyRows, 'row')}`
            : plural(bodyRows + rows.top.length + rows.bottom.length, 'row')}
          {current && ` · ${plural(current.periods.length, 'period')}`}
        </QuickFilter>
        <button
          type="button"
          className="button"
          onClick={onExport}
          disabled={!current || current.rows.length === 0}
          title="Export this table for a story: CSV, Excel, HTML, Markdown or InDesign"
        >
          Export table…
        </button>
        <DerivedToggles derived={view.derived} onToggle={view.toggleDerived} />
      </div>
      {load.state === 'failed' && !current ? (
        <div className="table-placeholder">These figures could not be opened.</div>
      ) : !current ? (
        <div className="table-placeholder">Loading figures…</div>
      ) : current.rows.length === 0 ? (
        <div className="table-placeholder">No figures for {current.subject.label} in the store yet.</div>
      ) : (
        <PivotGrid
          pivot={current}
          rows={rows}
          derived={load.derived}
          lookups={lookups}
          quickFilter={filter}
          focusRequest={view.focusRequest}
          onFocusCell={view.setFocused}
          onFocusApplied={view.focusApplied}
          onEdit={onEdit}
          onShownRowsChange={onShownRowsChange}
        >
          <PivotLegend hasStale={hasStale} hasWarnings={hasWarnings} hasDerived={load.derived.length > 0} />
        </PivotGrid>
      )}
    </section>
  )
}
