// The chart editor's choice of what is drawn: type, measure, areas (AreasField), highlight,
// reference, years (YearsField) and the axis from zero. Presentational: every change goes out through `onChange`.

import type { ChartSpec, ChartType } from '../../../../main/contract/chart/spec'
import type { AreaInfo, MeasureInfo } from '../../../../main/contract/types'
import { AreasField } from './AreasField'
import { YearsField } from './YearsField'

interface ChartDataFormProps {
  spec: ChartSpec
  areas: AreaInfo[]
  measures: MeasureInfo[]
  periods: readonly string[]
  onChange: (change: Partial<ChartSpec>) => void
  onRankAll: () => void
  onMap: () => void
}

const TYPES: { type: ChartType; label: string }[] = [
  { type: 'line', label: 'Line: trends of areas' },
  { type: 'column', label: 'Column: one area over time' },
  { type: 'bar', label: 'Bar: rank the areas' },
  { type: 'stacked', label: 'Stacked: three categories by year' },
  { type: 'map', label: 'Map: the 42 areas as tiles' }
]

/** The period five before `to` (or the first there is): where a trend or a map of change starts. */
function fiveYearsBefore(periods: readonly string[], to: string): string {
  return periods[Math.max(0, periods.indexOf(to) - 5)] ?? to
}

export function ChartDataForm({ spec, areas, measures, periods, onChange, onRankAll, onMap }: ChartDataFormProps) {
  const realAreas = areas.filter((area) => area.kind === 'area')
  const chosen = spec.areas === 'all' ? realAreas.map((area) => area.slug) : spec.areas
  const single = spec.type === 'column' || spec.type === 'stacked'
  const isMap = spec.type === 'map'
  // A map of change compares two years; a map of figures, like a ranking, shows one.
  const isOneYear = spec.type === 'bar' || (isMap && spec.mapShows !== 'change')
  // A ranking and a map are of all 42 areas; leaving them, the chart goes back to the highlighted area.
  const changeType = (type: ChartType) => {
    if (type === 'bar') return onRankAll()
    if (type === 'map') return onMap()
    if (spec.areas === 'all')
      return onChange({
        type,
        areas: [spec.highlight ?? 'england-and-wales'],
        periods: { from: fiveYearsBefore(periods, spec.periods.to), to: spec.periods.to }
      })
    onChange({ type })
  }
  return (
    <fieldset className="chart-fieldset">
      <legend>Figures</legend>
      <label className="field field--stacked">
        <span className="field-label">Chart type</span>
        <select value={spec.type} onChange={(event) => changeType(event.target.value as ChartType)}>
          {TYPES.map((entry) => (
            <option key={entry.type} value={entry.type}>
              {entry.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--small" onClick={onRankAll}>
        Rank all areas
      </button>
      {spec.type !== 'stacked' && (
        <label className="field field--stacked">
          <span className="field-label">Measure</span>
          <select value={spec.measure} onChange={(event) => onChange({ measure: event.target.value })}>
            {measures
              .filter((measure) => measure.figures > 0 || measure.id === spec.measure)
              .map((measure) => (
                <option key={measure.id} value={measure.id}>
                  {measure.label}
                </option>
              ))}
          </select>
        </label>
      )}
      <AreasField spec={spec} areas={areas} chosen={chosen} isOneYear={isOneYear} onChange={onChange} />
      {isMap && (
        <label className="field field--stacked">
          <span className="field-label">Shade by</span>
          <select
            value={spec.mapShows}
            onChange={(event) => {
              const mapShows = event.target.value as ChartSpec['mapShows']
              const from = mapShows === 'change' ? fiveYearsBefore(periods, spec.periods.to) : spec.periods.to
              onChange({ mapShows, periods: { from, to: spec.periods.to } })
            }}
          >
            <option value="value">The figure for one year</option>
            <option value="change">Per cent change between two years</option>
          </select>
        </label>
      )}
      {!single && (
        <label className="field field--stacked">
          <span className="field-label">{isMap ? 'Outline' : 'Highlight'}</span>
          <select value={spec.highlight ?? ''} onChange={(event) => onChange({ highlight: event.target.value || null })}>
            <option value="">None</option>
            {(spec.type === 'bar' || isMap ? realAreas : areas.filter((area) => chosen.includes(area.slug))).map((area) => (
              <option key={area.slug} value={area.slug}>
                {area.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {(spec.type === 'line' || spec.type === 'bar') && (
        <label className="field field--stacked">
          <span className="field-label">Reference</span>
          <select value={spec.reference ?? ''} onChange={(event) => onChange({ reference: event.target.value || null })}>
            <option value="">None</option>
            <option value="england-and-wales">England and Wales</option>
          </select>
        </label>
      )}
      <YearsField spec={spec} periods={periods} isOneYear={isOneYear} onChange={onChange} />
      {spec.type !== 'stacked' && !isMap && (
        <label className="chart-check">
          <input type="checkbox" checked={spec.axisFromZero} onChange={(event) => onChange({ axisFromZero: event.target.checked })} />
          Value axis from zero
        </label>
      )}
    </fieldset>
  )
}
