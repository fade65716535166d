// The years a chart covers: From and To for a trend or a map of change, one Year for a ranking or a
// map of figures. Presentational.

import type { ChartSpec } from '../../../../main/contract/chart/spec'
import { SelectField } from '../SelectField'

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
        <SelectField
          isPlain
          label="From"
          value={spec.periods.from}
          onChange={(from) => onChange({ periods: { ...spec.periods, from } })}
          choices={periods.filter((period) => period <= spec.periods.to)}
        />
      )}
      <SelectField
        isPlain
        label={isOneYear ? 'Year' : 'To'}
        value={spec.periods.to}
        onChange={(to) => onChange({ periods: isOneYear ? { from: to, to } : { ...spec.periods, to } })}
        choices={periods.filter((period) => isOneYear || period >= spec.periods.from)}
      />
    </div>
  )
}
