// The words of a chart: title, subtitle, notes, source, byline and alt text, each showing its
// draft as the placeholder (left empty, the draft is used), and the annotations. Presentational.

import { periodRange } from '../../../../main/contract/chart/series'
import type { ChartAnnotation, ChartSpec } from '../../../../main/contract/chart/spec'
import type { ChartRender } from '../../../../main/contract/charts'
import type { AreaInfo } from '../../../../main/contract/types'
import { ChoiceOptions } from '../SelectField'

interface ChartWordsFormProps {
  spec: ChartSpec
  drafts: ChartRender['drafts'] | null
  areas: AreaInfo[]
  onChange: (change: Partial<ChartSpec>) => void
}

type TextField = 'title' | 'subtitle' | 'notes' | 'source' | 'byline' | 'altText'

const FIELDS: { field: TextField; label: string; isLong?: boolean }[] = [
  { field: 'title', label: 'Title' },
  { field: 'subtitle', label: 'Subtitle' },
  { field: 'notes', label: 'Notes', isLong: true },
  { field: 'source', label: 'Source line' },
  { field: 'byline', label: 'Byline' },
  { field: 'altText', label: 'Alt text', isLong: true }
]

export function ChartWordsForm({ spec, drafts, areas, onChange }: ChartWordsFormProps) {
  const setAnnotation = (index: number, change: Partial<ChartAnnotation>) =>
    onChange({ annotations: spec.annotations.map((annotation, at) => (at === index ? { ...annotation, ...change } : annotation)) })
  const chosen =
    spec.areas === 'all'
      ? areas.filter((area) => area.kind === 'area')
      : areas.filter((area) => (spec.areas as string[]).includes(area.slug))
  const target = spec.highlight ?? chosen[0]?.slug
  const periods = periodRange(spec.periods.from, spec.periods.to)
  return (
    <>
      <fieldset className="chart-fieldset">
        <legend>Words</legend>
        {FIELDS.map(({ field, label, isLong }) => {
          const draft = drafts?.[field] ?? ''
          const common = {
            value: spec[field],
            placeholder: draft || (field === 'byline' ? 'e.g. Jo Bloggs' : ''),
            'aria-label': label,
            onChange: (event: { target: { value: string } }) => onChange({ [field]: event.target.value })
          }
          return (
            <label key={field} className="field field--stacked">
              <span className="field-label">
                {label}
                {draft && !spec[field] ? <span className="chart-drafted"> drafted</span> : null}
              </span>
              {isLong ? <textarea rows={field === 'altText' ? 4 : 2} {...common} /> : <input type="text" {...common} />}
            </label>
          )
        })}
      </fieldset>
      {spec.type !== 'map' && (
        <fieldset className="chart-fieldset">
          <legend>Annotations</legend>
          {spec.annotations.map((annotation, index) => (
            <div key={index} className="chart-annotation" role="group" aria-label={`Annotation ${index + 1}`}>
              <select
                aria-label="Kind"
                value={annotation.kind}
                onChange={(event) => setAnnotation(index, { kind: event.target.value as ChartAnnotation['kind'] })}
              >
                <option value="point">Point</option>
                <option value="range">Years</option>
                <option value="last">Last value</option>
              </select>
              {annotation.kind !== 'last' && (
                <PeriodSelect
                  label="Year"
                  value={annotation.period}
                  periods={periods}
                  onChange={(period) => setAnnotation(index, { period })}
                />
              )}
              {annotation.kind === 'range' && (
                <PeriodSelect
                  label="To year"
                  value={annotation.toPeriod}
                  periods={periods}
                  onChange={(toPeriod) => setAnnotation(index, { toPeriod })}
                />
              )}
              <input
                type="text"
                aria-label="Annotation text"
                placeholder={annotation.kind === 'last' ? 'the value' : 'What to say'}
                value={annotation.text}
                onChange={(event) => setAnnotation(index, { text: event.target.value })}
              />
              <button
                type="button"
                className="button button--small"
                aria-label={`Delete annotation ${index + 1}`}
                onClick={() => onChange({ annotations: spec.annotations.filter((_, at) => at !== index) })}
              >
                ✕
              </button>
            </div>
          ))}
          <div className="chart-row">
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                onChange({ annotations: [...spec.annotations, { kind: 'point', area: target, period: spec.periods.to, text: '' }] })
              }
            >
              Add point note
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                onChange({
                  annotations: [...spec.annotations, { kind: 'range', period: spec.periods.from, toPeriod: spec.periods.from, text: '' }]
                })
              }
            >
              Add years note
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => onChange({ annotations: [...spec.annotations, { kind: 'last', area: target, text: '' }] })}
            >
              Label last value
            </button>
          </div>
        </fieldset>
      )}
    </>
  )
}

/** An annotation's year, or the year its span ends: one of the chart's periods. */
function PeriodSelect(props: { label: string; value: string | undefined; periods: readonly string[]; onChange: (period: string) => void }) {
  return (
    <select aria-label={props.label} value={props.value ?? ''} onChange={(event) => props.onChange(event.target.value)}>
      <ChoiceOptions choices={props.periods} />
    </select>
  )
}
