// The controls above a pivot: what it is of (measure or area), the reporter's own area, the derived
// figures to show beside the published ones, and the row filter. Presentational: raises choices only.

import type { AreaInfo, DerivedKind, MeasureInfo } from '../../../../main/contract/types'
import { DERIVED_COLUMNS } from '../../../../main/contract/derived-columns'
import type { Presence } from '../../state/useView'
import { areaChoices, measureChoices, SelectField } from '../SelectField'

interface SubjectProps {
  by: 'measure' | 'area'
  measures: MeasureInfo[]
  areas: AreaInfo[]
  presence: Presence | null
  measure: string | null
  area: string | null
  homeArea: string | null
  onMeasure: (measure: string) => void
  onArea: (area: string) => void
  onHomeArea: (area: string | null) => void
}

/** Measures with figures first; the rest of the catalogue only once the store says which are empty. */
function offeredMeasures(
  measures: MeasureInfo[],
  presence: Presence | null,
  chosen: string | null
): { withFigures: MeasureInfo[]; empty: MeasureInfo[] } {
  if (!presence) return { withFigures: measures, empty: [] }
  return {
    withFigures: measures.filter((measure) => presence.measures.has(measure.id) || measure.id === chosen),
    empty: measures.filter((measure) => !presence.measures.has(measure.id) && measure.id !== chosen)
  }
}

export function SubjectControls({ by, measures, areas, presence, measure, area, homeArea, onMeasure, onArea, onHomeArea }: SubjectProps) {
  const { withFigures, empty } = offeredMeasures(measures, presence, measure)
  const ownAreas = areas.filter((candidate) => candidate.kind === 'area')
  return (
    <div className="pivot-subject">
      {by === 'measure' ? (
        // The title beside it says what the pivot is of; the name is for screen readers.
        <SelectField
          isInline
          isLabelHidden
          isWide
          label="Measure"
          title={measures.find((option) => option.id === measure)?.label ?? 'Choose a measure'}
          value={measure ?? ''}
          onChange={onMeasure}
          choices={[...measureChoices(withFigures), { group: 'No figures imported yet', choices: measureChoices(empty) }]}
        />
      ) : (
        <SelectField
          isInline
          isLabelHidden
          label="Area"
          value={area ?? ''}
          onChange={onArea}
          choices={areas.map((option) => {
            const hasFigures = presence === null || presence.areas.has(option.slug)
            return {
              value: option.slug,
              label: hasFigures ? option.name : `${option.name} (no figures)`,
              isDisabled: !hasFigures && option.slug !== area
            }
          })}
        />
      )}
      <SelectField
        isInline
        label="My area"
        title="Your own area is pinned at the top of every measure"
        value={homeArea ?? ''}
        onChange={(slug) => onHomeArea(slug || null)}
        none="None"
        choices={areaChoices(ownAreas)}
      />
    </div>
  )
}

export function DerivedToggles({ derived, onToggle }: { derived: readonly DerivedKind[]; onToggle: (kind: DerivedKind) => void }) {
  return (
    <fieldset className="derived-toggles">
      <legend className="field-label">Derived figures</legend>
      {DERIVED_COLUMNS.map((info) => (
        <label key={info.kind} className={`toggle${derived.includes(info.kind) ? ' toggle--on' : ''}`} title={info.description}>
          <input type="checkbox" checked={derived.includes(info.kind)} onChange={() => onToggle(info.kind)} />
          {info.label}
        </label>
      ))}
    </fieldset>
  )
}

/** What the marks on the figures mean, with a sample of each; the rarer marks only where they occur. */
export function PivotLegend({
  hasStale = false,
  hasWarnings = false,
  hasDerived = false
}: {
  hasStale?: boolean
  hasWarnings?: boolean
  hasDerived?: boolean
}) {
  return (
    <p className="pivot-legend">
      <span className="legend-item">
        <span className="legend-swatch legend-swatch--edited" aria-hidden="true" /> edited
      </span>
      <span className="legend-item">
        <span className="legend-swatch legend-swatch--annotated" aria-hidden="true" /> note
      </span>
      <span className="legend-item">
        <span className="legend-swatch legend-swatch--revised" aria-hidden="true" /> revised in a later edition
      </span>
      {hasStale && (
        <span
          className="legend-item"
          title="Your correction was made against an older edition; a newer edition now states the figure differently. Keep it or take the new figure in the cell's details."
        >
          <span className="legend-swatch legend-swatch--stale" aria-hidden="true" /> restated since your correction
        </span>
      )}
      {hasWarnings && (
        <span className="legend-item" title="The figure disagrees with another (a count and its rate per 100,000): hover it for why">
          <span className="legend-swatch legend-swatch--warning" aria-hidden="true" /> to check
        </span>
      )}
      <span className="legend-item">
        <span className="legend-marker">[c]</span> suppressed · <span className="legend-marker">..</span> or{' '}
        <span className="legend-marker">[x]</span> not available · <span className="legend-marker">[z]</span> not applicable ·{' '}
        <span className="legend-marker">-</span> nil
      </span>
      {hasDerived && (
        <span className="legend-item legend-item--derived">
          <span className="legend-derived">italic</span> = derived, not published
        </span>
      )}
      <details className="legend-tips">
        <summary>Correcting, copying, pinning</summary>
        <p className="legend-tips-text">
          Type in a figure to correct it (you are asked for a reason) · tick rows and press Ctrl+C to copy them with their headers ·
          right-click a column header to pin it
        </p>
      </details>
    </p>
  )
}
