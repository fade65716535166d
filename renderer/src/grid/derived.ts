// The derived figures a reporter can switch on beside the published ones: their names, what they
// mean and how each reads (en-GB, signed, "1 in 877", "=3rd of 42"). Pure functions; never computes
// them, nor works out ties (the core says which ranks are shared).

import type { DerivedCell, DerivedKind } from '../../../main/contract/types'
import { formatNumber } from './format'

export interface DerivedInfo {
  kind: DerivedKind
  /** On the toggle. */
  label: string
  /** Column header under the period. */
  header: string
  /** Header tooltip: what the figure is and how it is worked out. */
  description: string
}

export const DERIVED: readonly DerivedInfo[] = [
  { kind: 'change', label: 'Change', header: 'Change', description: 'Change on the previous period (this figure minus the one a year before)' },
  { kind: 'percentChange', label: '% change', header: '% change', description: 'Per cent change on the previous period, to one decimal place' },
  { kind: 'share', label: 'Share of total', header: 'Share', description: "Share of the area's MAPPA total (all categories), in per cent" },
  {
    kind: 'rate',
    label: 'Rate per 100k',
    header: 'Per 100k',
    description: 'Rate per 100,000 people aged 10 and over, using the population the published rate implies'
  },
  { kind: 'oneInN', label: 'One in N', header: 'One in N', description: 'One in N people aged 10 and over (100,000 ÷ rate per 100,000)' },
  { kind: 'rank', label: 'Rank', header: 'Rank', description: 'Rank among the areas with a figure, 1 = highest ("6th of 42"); "=" marks a rank shared by a tie' }
]

export const DERIVED_KINDS: readonly DerivedKind[] = DERIVED.map((info) => info.kind)

export function derivedInfo(kind: DerivedKind): DerivedInfo {
  return DERIVED.find((info) => info.kind === kind) ?? DERIVED[0]
}

/** The minus sign, as the Revisions panel writes it. */
const MINUS = '−'

function signed(value: number, text: string): string {
  if (value > 0) return `+${text}`
  if (value < 0) return `${MINUS}${text}`
  return text
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd. */
export function ordinal(rank: number): string {
  const lastTwo = rank % 100
  const last = rank % 10
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'
  return `${formatNumber(rank)}${suffix}`
}

/** "6th of 42", "=3rd of 12" from the core's rank, count and tie; "6th" when the count is unknown. */
export function rankLabel(rank: number | undefined, rankOf?: number, isTied = false): string {
  if (rank === undefined || !Number.isFinite(rank)) return ''
  const place = `${isTied ? '=' : ''}${ordinal(rank)}`
  return rankOf === undefined ? place : `${place} of ${formatNumber(rankOf)}`
}

/** How one derived figure of a cell reads in the grid. */
export function formatDerived(kind: DerivedKind, cell: DerivedCell | undefined): string {
  const value = cell?.[kind]
  if (value === undefined || !Number.isFinite(value)) return ''
  switch (kind) {
    case 'change':
      return signed(value, formatNumber(Math.abs(value), Number.isInteger(value) ? 0 : 1))
    case 'percentChange': {
      const rounded = Math.round(value * 10) / 10
      return `${signed(rounded, formatNumber(Math.abs(rounded), 1))}%`
    }
    case 'share':
      return `${formatNumber(value, 1)}%`
    case 'rate':
      return formatNumber(value, 1)
    case 'oneInN':
      return `1 in ${formatNumber(Math.round(value))}`
    case 'rank':
      return rankLabel(value, cell?.rankOf, cell?.rankTied === true)
  }
}
