// The years a chart covers: From and To for a trend or a map of change, one Year for a ranking or a
// map of figures. Presentational.

import type { ChartSpec } from '../../../../main/contract/chart/spec'

interface YearsFieldProps {
  spec: ChartSpec
  periods: readonly string[]
  isOneYear: boolean
  onChange: (change: Partial<ChartSpec>) => void
}

export function YearsField({ spec, periods, isOneYear, onChange }: YearsFieldProps) {
  return (
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
  )
}
