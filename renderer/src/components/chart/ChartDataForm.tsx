// The chart editor's choice of what is drawn: type, measure, areas, highlight, reference, years
// and the axis from zero. Presentational: every change goes out through `onChange`.

import type { ChartSpec, ChartType } from '../../../../main/contract/chart/spec'
import type { AreaInfo, MeasureInfo } from '../../../../main/contract/types'

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
        periods: { from: periods[Math.max(0, periods.indexOf(spec.periods.to) - 5)] ?? spec.periods.to, to: spec.periods.to }
      })
    onChange({ type })
  }
  const toggleArea = (slug: string) => {
    const next = chosen.includes(slug) ? chosen.filter((area) => area !== slug) : [...chosen, slug]
    if (next.length > 0) onChange({ areas: next, highlight: spec.highlight && next.includes(spec.highlight) ? spec.highlight : next[0] })
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
      {single ? (
        <label className="field field--stacked">
          <span className="field-label">Area</span>
          <select
            value={spec.highlight ?? chosen[0]}
            onChange={(event) => onChange({ areas: [event.target.value], highlight: event.target.value })}
          >
            {areas.map((area) => (
              <option key={area.slug} value={area.slug}>
                {area.name}
              </option>
            ))}
          </select>
        </label>
      ) : spec.type === 'line' ? (
        <div className="field field--stacked">
          <span className="field-label">Areas ({chosen.length})</span>
          <div className="chart-area-list" role="group" aria-label="Areas">
            {areas.map((area) => (
              <label key={area.slug} className="chart-area-option">
                <input type="checkbox" checked={chosen.includes(area.slug)} onChange={() => toggleArea(area.slug)} />
                {area.name}
              </label>
            ))}
          </div>
        </div>
      ) : (
        <p className="chart-hint">
          {isMap && !isOneYear ? `All 42 areas, ${spec.periods.from} to ${spec.periods.to}.` : `All 42 areas, for ${spec.periods.to}.`}
        </p>
      )}
      {isMap && (
        <label className="field field--stacked">
          <span className="field-label">Shade by</span>
          <select
            value={spec.mapShows}
            onChange={(event) => {
              const mapShows = event.target.value as ChartSpec['mapShows']
              const from =
                mapShows === 'change' ? (periods[Math.max(0, periods.indexOf(spec.periods.to) - 5)] ?? spec.periods.to) : spec.periods.to
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
      <div className="chart-row">
        {!isOneYear && (
          <label className="field field--stacked">
            <span className="field-label">From</span>
            <select value={spec.periods.from} onChange={(event) => onChange({ periods: { ...spec.periods, from: event.target.value } })}>
              {periods
                .filter((period) => period <= spec.periods.to)
                .map((period) => (
                  <option key={period}>{period}</option>
                ))}
            </select>
          </label>
        )}
        <label className="field field--stacked">
          <span className="field-label">{isOneYear ? 'Year' : 'To'}</span>
          <select
            value={spec.periods.to}
            onChange={(event) =>
              onChange({
                periods: isOneYear ? { from: event.target.value, to: event.target.value } : { ...spec.periods, to: event.target.value }
              })
            }
          >
            {periods
              .filter((period) => isOneYear || period >= spec.periods.from)
              .map((period) => (
                <option key={period}>{period}</option>
              ))}
          </select>
        </label>
      </div>
      {spec.type !== 'stacked' && !isMap && (
        <label className="chart-check">
          <input type="checkbox" checked={spec.axisFromZero} onChange={(event) => onChange({ axisFromZero: event.target.checked })} />
          Value axis from zero
        </label>
      )}
    </fieldset>
  )
}
