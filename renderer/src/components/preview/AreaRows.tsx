// The area mapping of one previewed table: unmatched rows first and highlighted, each with a
// choice of area or "Not an area"; matched rows folded but editable. Edits the draft only.

import { useId, useState } from 'react'
import type { AreaInfo, PreviewRow } from '../../../../main/contract/types'
import { plural } from '../../grid/format'
import { NOT_AN_AREA, UNMATCHED } from '../../state/mappings'
import { areaChoices, ChoiceOptions } from '../SelectField'

const FOLD_FROM = 9

interface AreaRowsProps {
  rows: PreviewRow[]
  areas: AreaInfo[]
  /** Row label → chosen slug, NOT_AN_AREA or UNMATCHED. */
  chosen: Record<string, string>
  onChoose: (label: string, value: string) => void
}

function AreaSelect({
  row,
  areas,
  value,
  onChoose
}: {
  row: PreviewRow
  areas: AreaInfo[]
  value: string
  onChoose: AreaRowsProps['onChoose']
}) {
  const changed = value !== (row.areaSlug ?? UNMATCHED)
  return (
    <select
      className={`select${changed ? ' select--changed' : ''}`}
      aria-label={`Area for ${row.label}`}
      value={value}
      onChange={(event) => onChoose(row.label, event.target.value)}
    >
      {row.areaSlug === null && <option value={UNMATCHED}>Not matched: choose an area…</option>}
      <ChoiceOptions
        choices={[
          { group: 'MAPPA areas', choices: areaChoices(areas.filter((area) => area.kind === 'area')) },
          { group: 'Totals and other rows', choices: areaChoices(areas.filter((area) => area.kind !== 'area')) }
        ]}
      />
      <option value={NOT_AN_AREA}>Not an area</option>
    </select>
  )
}

function RowList({ rows, areas, chosen, onChoose, unmatched }: AreaRowsProps & { unmatched: boolean }) {
  return (
    <ul className={`area-rows${unmatched ? ' area-rows--unmatched' : ''}`}>
      {rows.map((row) => (
        <li key={row.label} className="area-row">
          <span className="area-row-label" title={row.label}>
            {unmatched && (
              <span className="area-row-flag" aria-hidden="true">
                ⚠
              </span>
            )}
            {row.label}
          </span>
          <AreaSelect row={row} areas={areas} value={chosen[row.label] ?? UNMATCHED} onChoose={onChoose} />
        </li>
      ))}
    </ul>
  )
}

export function AreaRows(props: AreaRowsProps) {
  const unmatched = props.rows.filter((row) => row.areaSlug === null)
  // Rows matched under another spelling (an alias or a remembered choice) come first: they are the ones to check.
  const respelt = props.rows.filter((row) => row.areaSlug !== null && row.areaName !== row.label)
  const matched = [...respelt, ...props.rows.filter((row) => row.areaSlug !== null && row.areaName === row.label)]
  // A handful of rows is shown open; a full table of areas folds to one line.
  const [expanded, setExpanded] = useState(matched.length <= FOLD_FROM)
  const listId = useId()

  if (props.rows.length === 0) return <p className="preview-muted">This table has no rows to match to areas.</p>
  return (
    <div className="area-mapping">
      {unmatched.length > 0 && (
        <>
          <p className="area-mapping-note">
            {plural(unmatched.length, 'row')} not matched to an area. Choose the area each one means, or “Not an area”.
          </p>
          <RowList {...props} rows={unmatched} unmatched />
        </>
      )}
      {matched.length > 0 && (
        <div className="area-matched">
          <button
            type="button"
            className="disclosure"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((value) => !value)}
          >
            <span className="disclosure-arrow" aria-hidden="true">
              {expanded ? '▾' : '▸'}
            </span>
            <span>
              {plural(matched.length, 'row')} matched to areas
              {respelt.length > 0 && <span className="preview-muted"> ({respelt.length.toLocaleString('en-GB')} under another name)</span>}
            </span>
          </button>
          <div id={listId} hidden={!expanded}>
            {expanded && <RowList {...props} rows={matched} unmatched={false} />}
          </div>
        </div>
      )}
    </div>
  )
}
