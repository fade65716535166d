// The chart editor's choice of what is drawn: type, measure, areas (AreasField), highlight,
// reference, years (YearsField) and the axis from zero. Presentational: every change goes out through `onChange`.

import type { ChartSpec, ChartType } from '../../../../main/contract/chart/spec'
import type { AreaInfo, MeasureInfo } from '../../../../main/contract/types'
import { areaChoices, measureChoices, SelectField } from '../SelectField'
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

const TYPES: { value: ChartType; label: string }[] = [
  { value: 'line', label: 'Line: trends of areas' },
  { value: 'column', label: 'Column: one area over time' },
  { value: 'bar', label: 'Bar: rank the areas' },
  { value: 'stacked', label: 'Stacked: three categories by year' },
  { value: 'map', label: 'Map: the 42 areas as tiles' }
]

const SHADES: { value: ChartSpec['mapShows']; label: string }[] = [
  { value: 'value', label: 'The figure for one year' },
  { value: 'change', label: 'Per cent change between two years' }
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
      <SelectField isPlain label="Chart type" value={spec.type} onChange={(type) => changeType(type as ChartType)} choices={TYPES} />
      <button type="button" className="button button--small" onClick={onRankAll}>
        Rank all areas
      </button>
      {spec.type !== 'stacked' && (
        <SelectField
          isPlain
          label="Measure"
          value={spec.measure}
          onChange={(measure) => onChange({ measure })}
          choices={measureChoices(measures.filter((measure) => measure.figures > 0 || measure.id === spec.measure))}
        />
      )}
      <AreasField spec={spec} areas={areas} chosen={chosen} isOneYear={isOneYear} onChange={onChange} />
      {isMap && (
        <SelectField
          isPlain
          label="Shade by"
          value={spec.mapShows}
          onChange={(value) => {
            const mapShows = value as ChartSpec['mapShows']
            const from = mapShows === 'change' ? fiveYearsBefore(periods, spec.periods.to) : spec.periods.to
            onChange({ mapShows, periods: { from, to: spec.periods.to } })
          }}
          choices={SHADES}
        />
      )}
      {!single && (
        <SelectField
          isPlain
          label={isMap ? 'Outline' : 'Highlight'}
          value={spec.highlight ?? ''}
          onChange={(highlight) => onChange({ highlight: highlight || null })}
          none="None"
          choices={areaChoices(spec.type === 'bar' || isMap ? realAreas : areas.filter((area) => chosen.includes(area.slug)))}
        />
      )}
      {(spec.type === 'line' || spec.type === 'bar') && (
        <SelectField
          isPlain
          label="Reference"
          value={spec.reference ?? ''}
          onChange={(reference) => onChange({ reference: reference || null })}
          none="None"
          choices={[{ value: 'england-and-wales', label: 'England and Wales' }]}
        />
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
