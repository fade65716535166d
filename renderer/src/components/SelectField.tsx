// A drop-down with its name stacked above it, as the story tools, the History panel and the chart
// editor ask for an area, an edition or a measure. Presentational: the choice goes out through `onChange`.

import type { AreaInfo, MeasureInfo } from '../../../main/contract/types'

export interface Choice {
  value: string
  label: string
}

interface SelectFieldProps {
  label: string
  value: string
  /** A string is its own value and label (an edition's "2021/22"). */
  choices: readonly (Choice | string)[]
  onChange: (value: string) => void
  /** A first choice before the list with the value '', such as "Every area". */
  none?: string
  /** The select's own accessible name, where it is not the label's. */
  ariaLabel?: string
  /** The select takes its look from the form around it (the chart editor's), not the house's `.select`. */
  isPlain?: boolean
}

export function SelectField({ label, value, choices, onChange, none, ariaLabel, isPlain = false }: SelectFieldProps) {
  return (
    <label className="field field--stacked">
      <span className="field-label">{label}</span>
      <select
        className={isPlain ? undefined : 'select'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-label={ariaLabel}
      >
        {none !== undefined && <option value="">{none}</option>}
        {choices.map((choice) => {
          const option = typeof choice === 'string' ? { value: choice, label: choice } : choice
          return (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          )
        })}
      </select>
    </label>
  )
}

export const areaChoices = (areas: readonly AreaInfo[]): Choice[] => areas.map((area) => ({ value: area.slug, label: area.name }))

export const measureChoices = (measures: readonly MeasureInfo[]): Choice[] =>
  measures.map((measure) => ({ value: measure.id, label: measure.label }))
