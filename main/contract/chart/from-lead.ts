// The chart a reporter starts from when they open a lead as a chart: the area's series against
// England and Wales up to the lead's year, or, for a lead about the rate ranking, all 42 areas that
// year with the lead's area picked out; as a map, the 42 areas that year with the lead's outlined.
// Pure: built on the grid's own charts (from-grid.ts).

import type { Lead } from '../types'
import { mapSpec, rankingSpec, specFromGrid } from './from-grid'
import type { ChartSpec } from './spec'
import type { HouseStyle } from './theme'

const RANKING_KINDS: ReadonlySet<Lead['kind']> = new Set(['rank-top', 'rank-bottom', 'rank-move', 'gap'])

type LeadToChart = Pick<Lead, 'kind' | 'area' | 'areaName' | 'measure' | 'period' | 'why'>

function lineUpTo(lead: LeadToChart, periods: readonly string[], style: HouseStyle): ChartSpec {
  const upToLead = [...periods].filter((period) => period <= lead.period).sort()
  return {
    ...specFromGrid({ by: 'measure', subjectId: lead.measure, ticked: [lead.area], periods: upToLead, homeArea: lead.area }, style),
    title: `${lead.areaName}: ${lead.why}`
  }
}

export function specFromLead(lead: LeadToChart, periods: readonly string[], style: HouseStyle): ChartSpec {
  const line = lineUpTo(lead, periods, style)
  return RANKING_KINDS.has(lead.kind) ? { ...rankingSpec(line, lead.area, style), title: line.title } : line
}

/** The lead's measure for the 42 areas in its year, as tiles, its area outlined. */
export function mapFromLead(lead: LeadToChart, periods: readonly string[], style: HouseStyle): ChartSpec {
  const line = lineUpTo(lead, periods, style)
  return { ...mapSpec(line, lead.area), title: line.title }
}
