// The Leads view: what is new in an edition, most newsworthy first, filtered to the reporter's patch
// and measure; each lead opens in the grid or as a chart and copies with its source line; the
// restatements to check, confirmed or undone. Presentational: state comes from useLeads.

import { useState } from 'react'
import { REGIONS } from '../../../../main/contract/areas'
import { mapFromLead, specFromLead } from '../../../../main/contract/chart/from-lead'
import type { ChartSpec } from '../../../../main/contract/chart/spec'
import { HOUSE_STYLE } from '../../../../main/contract/chart/theme'
import type { AreaInfo, Lead, LeadFigure, LeadKind, MeasureInfo, RestatementCheck } from '../../../../main/contract/types'
import { requestFigureJump } from '../../state/figureJump'
import { ALL, LEAD_MEASURE_CHOICES, type Leads } from '../../state/useLeads'
import { ChartEditor } from '../chart/ChartEditor'
import { citation, FigureLinks, type FigureNames } from '../FigureLinks'
import { areaChoices, SelectField } from '../SelectField'
import { copyText } from '../story/copyText'
import './leads.css'

const KIND_LABELS: Record<LeadKind, string> = {
  'record-high': 'Record high',
  'record-low': 'Record low',
  streak: 'Streak',
  turn: 'Turn',
  rise: 'Rise',
  fall: 'Fall',
  'rank-top': 'Highest rate',
  'rank-bottom': 'Lowest rate',
  'rank-move': 'Ranking move',
  gap: 'Far from the national rate',
  restatement: 'Restated',
  'series-break': 'Series break',
  marker: 'Marked figure',
  missing: 'Missing figure'
}

interface LeadsViewProps {
  leads: Leads
  catalogue: { areas: AreaInfo[]; measures: MeasureInfo[] }
  homeArea: string | null
  say: (message: string) => void
}

/** The lead's text with each written figure a link to its cell in the grid. */
function LeadText({ lead, names }: { lead: Lead; names: FigureNames }) {
  const written = lead.figures.filter(isWritten).sort((a, b) => a.start - b.start)
  return (
    <p className="lead-text">
      <FigureLinks text={lead.text} figures={written} className="lead-figure" titleOf={(figure) => citation(figure, names)} />
    </p>
  )
}

/** A figure the lead's text writes, not one it only rests on. */
const isWritten = (figure: LeadFigure): figure is LeadFigure & { start: number; end: number } =>
  figure.start !== undefined && figure.end !== undefined

function LeadItem({
  lead,
  names,
  onChart,
  onMap,
  onCopy,
  isCopied
}: {
  lead: Lead
  names: FigureNames
  onChart: () => void
  onMap: () => void
  onCopy: () => void
  isCopied: boolean
}) {
  const unwritten = lead.figures.filter((figure) => figure.text === undefined).length
  return (
    <li className="lead" aria-label={`${KIND_LABELS[lead.kind]}: ${lead.areaName}`}>
      <div className="lead-head">
        <span className="lead-score" title="How newsworthy, out of 100 (see the user guide: how leads are ranked)">
          {lead.score}
        </span>
        <span className={`lead-kind lead-kind--${lead.kind}`}>{KIND_LABELS[lead.kind]}</span>
        <span className="lead-area">{lead.areaName}</span>
        <span className="lead-why">{lead.why}</span>
      </div>
      <LeadText lead={lead} names={names} />
      {lead.caution && (
        <p className="lead-caution" role="note">
          {lead.caution}
        </p>
      )}
      <p className="lead-source">
        {lead.sourceLine}
        {unwritten > 0 && (
          <span className="lead-basis">
            {' '}
            · rests on {unwritten} more figure{unwritten === 1 ? '' : 's'} from the tables
          </span>
        )}
      </p>
      <div className="lead-actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => requestFigureJump({ area: lead.area, measure: lead.measure, period: lead.period })}
        >
          Show in grid
        </button>
        <button type="button" className="button button--small" onClick={onChart}>
          Chart
        </button>
        {lead.area !== 'england-and-wales' && (
          <button
            type="button"
            className="button button--small"
            onClick={onMap}
            aria-label={`Map the 42 areas with ${lead.areaName} outlined`}
          >
            Map
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={onCopy}
          aria-label={`Copy the lead on ${lead.areaName} with its source line`}
        >
          {isCopied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </li>
  )
}

function RestatementsToCheck({
  checks,
  onConfirm
}: {
  checks: RestatementCheck[]
  onConfirm: (check: RestatementCheck, isConfirmed: boolean) => void
}) {
  if (checks.length === 0) return null
  const open = checks.filter((check) => !check.isConfirmed).length
  return (
    <section className="leads-checks" aria-label="Restatements to check">
      <h3 className="leads-checks-title">
        Restatements to check <span className="leads-count">{open > 0 ? `${open} to check` : 'all confirmed'}</span>
      </h3>
      <p className="leads-hint">
        An earlier year’s figure changed by more than a tenth in a later edition. Treat it as doubtful until you have checked it with the
        MoJ; leads that rest on it say so.
      </p>
      <ul className="leads-check-list">
        {checks.map((check) => (
          <li
            key={`${check.area}|${check.measure}|${check.period}|${check.toReleaseId}`}
            className={`leads-check${check.isConfirmed ? ' leads-check--confirmed' : ''}`}
          >
            <span>{check.text}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() => requestFigureJump({ area: check.area, measure: check.measure, period: check.period })}
              aria-label={`Show ${check.areaName} ${check.period} in the grid`}
            >
              Show in grid
            </button>
            {check.isConfirmed ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => onConfirm(check, false)}
                aria-label={`Undo the confirmation of ${check.areaName} ${check.period}`}
              >
                Undo confirmation
              </button>
            ) : (
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => onConfirm(check, true)}
                aria-label={`Confirm ${check.areaName} ${check.period}: the restatement is right`}
              >
                Confirm
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

export function LeadsView({ leads, catalogue, homeArea, say }: LeadsViewProps) {
  const [chart, setChart] = useState<{ spec: ChartSpec; periods: string[] } | null>(null)
  const [copied, setCopied] = useState<string | null>(null)
  const { result } = leads
  const areas = catalogue.areas.filter((area) => area.kind === 'area')
  const patchName =
    leads.patch === ALL
      ? 'all areas'
      : (REGIONS.find((region) => region.slug === leads.patch)?.name ??
        catalogue.areas.find((area) => area.slug === leads.patch)?.name ??
        leads.patch)
  const measureName = LEAD_MEASURE_CHOICES.find((choice) => choice.value === leads.measure)?.label.toLowerCase() ?? leads.measure

  const copy = async (lead: Lead) => {
    await copyText(`${lead.text}\n${lead.sourceLine}`)
    setCopied(lead.id)
    say('Lead copied with its source line')
  }
  const openChart = (lead: Lead, as: 'chart' | 'map') => {
    const periods = result?.periods ?? [lead.period]
    setChart({ spec: (as === 'map' ? mapFromLead : specFromLead)(lead, periods, HOUSE_STYLE), periods })
  }

  return (
    <div className="leads-view" role="region" aria-label="Leads">
      <div className="leads-controls">
        <SelectField
          label="Edition (at 31 March)"
          ariaLabel="Leads edition"
          value={leads.period ?? ''}
          onChange={leads.setPeriod}
          choices={result?.periods ?? []}
          isDisabled={!result || result.periods.length === 0}
        />
        <SelectField
          label="Patch"
          ariaLabel="Leads patch"
          value={leads.patch}
          onChange={leads.setPatch}
          choices={[
            { value: ALL, label: 'All areas and England and Wales' },
            { group: 'Regions', choices: REGIONS.map((region) => ({ value: region.slug, label: region.name })) },
            { group: 'Areas', choices: [{ value: 'england-and-wales', label: 'England and Wales' }, ...areaChoices(areas)] }
          ]}
        />
        <SelectField
          label="Measure"
          ariaLabel="Leads measure"
          value={leads.measure}
          onChange={leads.setMeasure}
          choices={LEAD_MEASURE_CHOICES}
        />
        <button type="button" className="button" onClick={leads.reload} disabled={leads.isLoading}>
          {leads.isLoading ? 'Finding…' : 'Find leads again'}
        </button>
        {result && result.period && (
          <span className="leads-count" role="status">
            {leads.shown.length} lead{leads.shown.length === 1 ? '' : 's'}, most newsworthy first
          </span>
        )}
      </div>
      <div className="leads-body">
        {result === null ? (
          <p className="leads-empty">Finding the leads…</p>
        ) : result.period === null ? (
          <p className="leads-empty">No edition with registered sex offender figures yet. Import an edition and its leads appear here.</p>
        ) : (
          <>
            <RestatementsToCheck
              checks={result.restatementsToCheck}
              onConfirm={(check, isConfirmed) => void leads.confirm(check, isConfirmed)}
            />
            {leads.shown.length === 0 ? (
              <div className="leads-empty">
                <p>
                  No leads for {patchName} on {measureName} in the {result.period} edition: nothing set a record, moved far or changed rank.
                </p>
                {(leads.patch !== ALL || leads.measure !== ALL) && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      leads.setPatch(ALL)
                      leads.setMeasure(ALL)
                    }}
                  >
                    Show every area and measure
                  </button>
                )}
              </div>
            ) : (
              <ol className="leads-list" aria-label="Leads, most newsworthy first">
                {leads.shown.map((lead) => (
                  <LeadItem
                    key={lead.id}
                    lead={lead}
                    names={catalogue}
                    onChart={() => openChart(lead, 'chart')}
                    onMap={() => openChart(lead, 'map')}
                    onCopy={() => void copy(lead)}
                    isCopied={copied === lead.id}
                  />
                ))}
              </ol>
            )}
          </>
        )}
      </div>
      {chart && (
        <ChartEditor
          initial={chart.spec}
          areas={catalogue.areas}
          measures={catalogue.measures}
          periods={chart.periods}
          homeArea={homeArea}
          onClose={() => setChart(null)}
        />
      )}
    </div>
  )
}
