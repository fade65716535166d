// One previewed table: where it sits in the file, its period (editable for wide tables), the
// kinds of cells it holds, its columns mapped to measures and its rows mapped to areas. Edits the draft only.

import type { AreaInfo, MarkerCounts, MeasureInfo, PreviewColumn, PreviewTable } from '../../../../main/contract/types'
import { formatNumber, plural } from '../../grid/format'
import { columnKey, columnLetter, isPeriodEditable, periodOptions, withArea, type MappingDraft } from '../../state/mappings'
import { ChoiceOptions, measureChoices } from '../SelectField'
import { AreaRows } from './AreaRows'
import { Facts } from './Facts'

interface TablePanelProps {
  table: PreviewTable
  areas: AreaInfo[]
  measures: MeasureInfo[]
  draft: MappingDraft
  onDraft: (update: (draft: MappingDraft) => MappingDraft) => void
}

const COUNTS: [keyof MarkerCounts, string][] = [
  ['values', 'Values'],
  ['nils', 'Nils'],
  ['suppressed', 'Suppressed'],
  ['notAvailable', 'Not available'],
  ['notApplicable', 'Not applicable'],
  ['flagged', 'Flagged'],
  ['text', 'Text']
]

function PeriodField({ table, value, onChange }: { table: PreviewTable; value: string; onChange: (period: string) => void }) {
  if (!isPeriodEditable(table)) {
    const perColumn = table.columns.some((column) => column.period !== null)
    return <span>{perColumn ? 'one per column' : `one per row${table.periodSource ? `, from the ${table.periodSource}` : ''}`}</span>
  }
  return (
    <span className="period-field">
      <select
        className={`select select--compact${value !== (table.period ?? '') ? ' select--changed' : ''}`}
        aria-label="Period"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {value === '' && <option value="">Not found: choose…</option>}
        <ChoiceOptions choices={periodOptions(table.period)} />
      </select>
      <span className="preview-muted">{table.periodSource ? `read from the ${table.periodSource}` : 'not found in the file'}</span>
    </span>
  )
}

function MeasureSelect({
  column,
  measures,
  value,
  onChange
}: {
  column: PreviewColumn
  measures: MeasureInfo[]
  value: string
  onChange: (id: string) => void
}) {
  const listed = measures.some((measure) => measure.id === column.measureId)
  const changed = value !== column.measureId
  return (
    <select
      className={`select${changed ? ' select--changed' : ''}`}
      aria-label={`Measure for ${column.header}`}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {!listed && (
        <option value={column.measureId}>{column.isCustom ? `New custom measure: ${column.measureLabel}` : column.measureLabel}</option>
      )}
      <ChoiceOptions
        choices={[
          { group: 'MAPPA measures', choices: measureChoices(measures.filter((measure) => !measure.isCustom)) },
          { group: 'Custom measures', choices: measureChoices(measures.filter((measure) => measure.isCustom)) }
        ]}
      />
    </select>
  )
}

export function TablePanel({ table, areas, measures, draft, onDraft }: TablePanelProps) {
  const setPeriod = (period: string) => onDraft((current) => ({ ...current, periods: { ...current.periods, [table.index]: period } }))
  const setMeasure = (column: number, id: string) =>
    onDraft((current) => ({ ...current, columns: { ...current.columns, [columnKey(table.index, column)]: id } }))
  const setArea = (label: string, value: string) => onDraft((current) => ({ ...current, areas: withArea(current.areas, label, value) }))
  const hasColumnPeriods = table.columns.some((column) => column.period !== null)

  return (
    <div className="preview-table">
      <h3 className="preview-table-title">{table.title ?? table.sheet}</h3>
      <Facts
        facts={[
          ['Sheet', table.sheet],
          ['Header row', table.headerRow],
          ['Layout', table.layout],
          ['Period', <PeriodField table={table} value={draft.periods[table.index] ?? ''} onChange={setPeriod} />]
        ]}
      />
      <dl className="preview-counts" aria-label="Cells found">
        {COUNTS.map(([key, label]) => (
          <div key={key} className={table.counts[key] === 0 ? 'count count--zero' : 'count'}>
            <dt>{label}</dt>
            <dd>{formatNumber(table.counts[key])}</dd>
          </div>
        ))}
      </dl>
      <div className="preview-columns-rows">
        <section className="preview-section" aria-label="Columns">
          <h4>Columns: {plural(table.columns.length, 'measure')}</h4>
          <table className="mapping-table">
            {/* Set widths: the table is laid out from these alone, not from every measure list's longest name. */}
            <colgroup>
              <col className="mapping-width-letter" />
              <col />
              {hasColumnPeriods && <col className="mapping-width-period" />}
              <col className="mapping-width-measure" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Col</th>
                <th scope="col">Header in the file</th>
                {hasColumnPeriods && <th scope="col">Period</th>}
                <th scope="col">Measure</th>
              </tr>
            </thead>
            <tbody>
              {table.columns.map((column) => {
                const value = draft.columns[columnKey(table.index, column.column)] ?? column.measureId
                const isNewCustom = column.isCustom && value === column.measureId
                return (
                  <tr key={column.column} className={isNewCustom ? 'mapping-row--custom' : undefined}>
                    <td className="mapping-col">{columnLetter(column.column)}</td>
                    <th scope="row" className="mapping-header">
                      {column.header}
                      {column.footnotes.map((ref) => (
                        <sup key={ref} className="footnote-ref" title={`Footnote ${ref}`}>
                          [{ref}]
                        </sup>
                      ))}
                    </th>
                    {hasColumnPeriods && <td className="nowrap">{column.period ?? '–'}</td>}
                    <td className="mapping-measure">
                      <MeasureSelect column={column} measures={measures} value={value} onChange={(id) => setMeasure(column.column, id)} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
        <section className="preview-section" aria-label="Rows">
          <h4>Rows: {plural(table.rows.length, 'area row')}</h4>
          <AreaRows rows={table.rows} areas={areas} chosen={draft.areas} onChoose={setArea} />
        </section>
      </div>
    </div>
  )
}
