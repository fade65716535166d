// The chart a reporter starts from when they open a lead as a chart: the area's series against
// England and Wales up to the lead's year, or, for a lead about the rate ranking, all 42 areas that
// year with the lead's area picked out. Pure: built on the grid's own chart (from-grid.ts).

import type { Lead } from '../types'
import { rankingSpec, specFromGrid } from './from-grid'
import type { ChartSpec } from './spec'
import type { HouseStyle } from './theme'

const RANKING_KINDS: ReadonlySet<Lead['kind']> = new Set(['rank-top', 'rank-bottom', 'rank-move', 'gap'])

export function specFromLead(
  lead: Pick<Lead, 'kind' | 'area' | 'areaName' | 'measure' | 'period' | 'why'>,
  periods: readonly string[],
  style: HouseStyle
): ChartSpec {
  const upToLead = [...periods].filter((period) => period <= lead.period).sort()
  const line = specFromGrid({ by: 'measure', subjectId: lead.measure, ticked: [lead.area], periods: upToLead, homeArea: lead.area }, style)
  const title = `${lead.areaName}: ${lead.why}`
  if (RANKING_KINDS.has(lead.kind)) return { ...rankingSpec(line, lead.area, style), title }
  return { ...line, title }
}
