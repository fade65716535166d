// Which areas a chart draws, in the shape its type asks for: one area (column, stacked), a list to
// tick (line), or all 42 (ranking, map) with the years they are shown for. Presentational.

import type { ChartSpec } from '../../../../main/contract/chart/spec'
import type { AreaInfo } from '../../../../main/contract/types'
import { areaChoices, SelectField } from '../SelectField'

interface AreasFieldProps {
  spec: ChartSpec
  areas: AreaInfo[]
  /** The slugs drawn: the spec's areas, or every real area for "all". */
  chosen: string[]
  /** Whether a map or ranking shows one year (else a map of change between two). */
  isOneYear: boolean
  onChange: (change: Partial<ChartSpec>) => void
}

export function AreasField({ spec, areas, chosen, isOneYear, onChange }: AreasFieldProps) {
  // The highlight follows the ticked areas: it stays where it is still drawn, else goes to the first.
  const toggleArea = (slug: string) => {
    const next = chosen.includes(slug) ? chosen.filter((area) => area !== slug) : [...chosen, slug]
    if (next.length > 0) onChange({ areas: next, highlight: spec.highlight && next.includes(spec.highlight) ? spec.highlight : next[0] })
  }
  if (spec.type === 'column' || spec.type === 'stacked') {
    return (
      <SelectField
        isPlain
        label="Area"
        value={spec.highlight ?? chosen[0]}
        onChange={(area) => onChange({ areas: [area], highlight: area })}
        choices={areaChoices(areas)}
      />
    )
  }
  if (spec.type === 'line') {
    return (
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
    )
  }
  return (
    <p className="chart-hint">
      {spec.type === 'map' && !isOneYear
        ? `All 42 areas, ${spec.periods.from} to ${spec.periods.to}.`
        : `All 42 areas, for ${spec.periods.to}.`}
    </p>
  )
}
