// A drop-down with its name stacked above it (or beside it, in a toolbar), as the story tools, the
// History panel, the chart editor, the leads and the pivot ask for an area, an edition or a measure;
// ChoiceOptions lists the same choices where a drop-down shows no name of its own (the import preview's).
// Presentational: the choice goes out through `onChange`.

import type { AreaInfo, MeasureInfo } from '../../../main/contract/types'

export interface Choice {
  value: string
  label: string
  /** Shown but not choosable, such as an area with no figures. */
  isDisabled?: boolean
}

/** Choices shown under a heading of their own (an `<optgroup>`), such as "Regions"; left out when it has none. */
export interface ChoiceGroup {
  group: string
  choices: readonly (Choice | string)[]
}

/** A string is its own value and label (an edition's "2021/22"). */
export type ChoiceItem = Choice | string | ChoiceGroup

interface SelectFieldProps {
  label: string
  value: string
  choices: readonly ChoiceItem[]
  onChange: (value: string) => void
  /** A first choice before the list with the value '', such as "Every area". */
  none?: string
  /** The select's own accessible name, where it is not the label's. */
  ariaLabel?: string
  /** The select takes its look from the form around it (the chart editor's), not the house's `.select`. */
  isPlain?: boolean
  /** The house's wide select, for long measure names. */
  isWide?: boolean
  /** Greyed out, as while there is nothing to choose from yet. */
  isDisabled?: boolean
  /** The name sits beside the drop-down, as in the pivot's toolbar, rather than above it. */
  isInline?: boolean
  /** The name is for screen readers only, where what is beside the field already says it. */
  isLabelHidden?: boolean
  /** A tooltip for the whole field, name and drop-down. */
  title?: string
}

export function SelectField({
  label,
  value,
  choices,
  onChange,
  none,
  ariaLabel,
  isPlain = false,
  isWide = false,
  isDisabled = false,
  isInline = false,
  isLabelHidden = false,
  title
}: SelectFieldProps) {
  return (
    <label className={isInline ? 'field' : 'field field--stacked'} title={title}>
      <span className={isLabelHidden ? 'visually-hidden' : 'field-label'}>{label}</span>
      <select
        className={isPlain ? undefined : isWide ? 'select select--wide' : 'select'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-label={ariaLabel}
        disabled={isDisabled}
      >
        {none !== undefined && <option value="">{none}</option>}
        <ChoiceOptions choices={choices} />
      </select>
    </label>
  )
}

/** The `<option>`s (and `<optgroup>`s) of a list of choices, for a drop-down that has no name of its own to show. */
export function ChoiceOptions({ choices }: { choices: readonly ChoiceItem[] }) {
  return choices.map((choice) => {
    if (typeof choice !== 'string' && 'group' in choice) {
      if (choice.choices.length === 0) return null
      return (
        <optgroup key={choice.group} label={choice.group}>
          <ChoiceOptions choices={choice.choices} />
        </optgroup>
      )
    }
    const option = typeof choice === 'string' ? { value: choice, label: choice } : choice
    return (
      <option key={option.value} value={option.value} disabled={option.isDisabled}>
        {option.label}
      </option>
    )
  })
}

export const areaChoices = (areas: readonly AreaInfo[]): Choice[] => areas.map((area) => ({ value: area.slug, label: area.name }))

export const measureChoices = (measures: readonly MeasureInfo[]): Choice[] =>
  measures.map((measure) => ({ value: measure.id, label: measure.label }))
