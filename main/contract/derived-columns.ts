// The derived figures a reporter can show beside the published ones, as the grid and the exported
// tables both name and write them: labels, headers, what each means, decimals and text ("+183",
// "−2.4%", "1 in 877", "=3rd of 42"). Pure: runs in the renderer and in Node; computes no figure
// (main/domain/derived.ts does) and works out no tie (the core says which ranks are shared).

import type { DerivedKind } from './types'

export interface DerivedColumn {
  kind: DerivedKind
  /** On the grid's toggle. */
  label: string
  /** The grid's column header under the period. */
  header: string
  /** The grid header's tooltip: what the figure is and how it is worked out. */
  description: string
  /** An exported table's header after the period: "2021/22 change". */
  tableHeader: string
  /** Decimals shown, and kept in a data file so it agrees with the printed table. */
  decimals: number
  isSigned: boolean
}

/** In the order the grid and the tables show them. */
export const DERIVED_COLUMNS: readonly DerivedColumn[] = [
  {
    kind: 'change',
    label: 'Change',
    header: 'Change',
    description: 'Change on the previous period (this figure minus the one a year before)',
    tableHeader: 'change',
    decimals: 0,
    isSigned: true
  },
  {
    kind: 'percentChange',
    label: '% change',
    header: '% change',
    description: 'Per cent change on the previous period, to one decimal place',
    tableHeader: '% change',
    decimals: 1,
    isSigned: true
  },
  {
    kind: 'share',
    label: 'Share of total',
    header: 'Share',
    description:
      "Share of the area's MAPPA total, in per cent: the published total, or where the table gives none, its categories added up",
    tableHeader: 'share of MAPPA total %',
    decimals: 1,
    isSigned: false
  },
  {
    kind: 'rate',
    label: 'Rate per 100k',
    header: 'Per 100k',
    description:
      'Rate per 100,000 people aged 10 and over, using the population the published rate implies; a whole number, as the MoJ publishes rates',
    tableHeader: 'per 100,000 aged 10+',
    decimals: 0,
    isSigned: false
  },
  {
    kind: 'oneInN',
    label: 'One in N',
    header: 'One in N',
    description: 'One in N people aged 10 and over (100,000 ÷ rate per 100,000)',
    tableHeader: 'one in N',
    decimals: 0,
    isSigned: false
  },
  {
    kind: 'rank',
    label: 'Rank',
    header: 'Rank',
    description: 'Rank among the areas with a figure, 1 = highest ("6th of 42"); "=" marks a rank shared by a tie',
    tableHeader: 'rank',
    decimals: 0,
    isSigned: false
  }
]

export const DERIVED_KINDS: readonly DerivedKind[] = DERIVED_COLUMNS.map((column) => column.kind)

export function derivedColumnInfo(kind: DerivedKind): DerivedColumn {
  return DERIVED_COLUMNS.find((column) => column.kind === kind) ?? DERIVED_COLUMNS[0]
}

/** The minus sign a printed table uses, as the Revisions panel writes it. */
const MINUS = '−'

const formatters = new Map<number, Intl.NumberFormat>()

/** en-GB digits with exactly `decimals` decimals: "1,867", "10.9". */
function grouped(value: number, decimals: number): string {
  let formatter = formatters.get(decimals)
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    formatters.set(decimals, formatter)
  }
  return formatter.format(value)
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd … 111th. */
export function ordinal(rank: number): string {
  const lastTwo = rank % 100
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th')
  return `${grouped(rank, 0)}${suffix}`
}

/** "6th of 42", "=3rd of 12" from the core's rank, count and tie; "6th" when the count is not given. */
export function rankLabel(rank: number | undefined, of?: number, isTied = false): string {
  if (rank === undefined || !Number.isFinite(rank)) return ''
  const place = `${isTied ? '=' : ''}${ordinal(rank)}`
  return of === undefined ? place : `${place} of ${grouped(of, 0)}`
}

/** A change keeps one decimal when it is not whole (an edited rate); everything else its column's decimals. */
const decimalsFor = (kind: DerivedKind, value: number) =>
  kind === 'change' && !Number.isInteger(value) ? 1 : derivedColumnInfo(kind).decimals

/** The figure rounded as shown, so a data file and the printed table agree. */
export function derivedData(kind: DerivedKind, value: number): number {
  const factor = 10 ** decimalsFor(kind, value)
  return Math.round(value * factor) / factor
}

/** As a reader sees it: "+183", "−2.4%", "12.3%", "114", "1 in 877", "=3rd of 42" (`of` left out: "=3rd"). */
export function derivedText(kind: DerivedKind, value: number, place: { isTied?: boolean; of?: number } = {}): string {
  const rounded = derivedData(kind, value)
  const decimals = decimalsFor(kind, rounded)
  switch (kind) {
    case 'change':
    case 'percentChange': {
      const text = `${grouped(Math.abs(rounded), decimals)}${kind === 'percentChange' ? '%' : ''}`
      return rounded > 0 ? `+${text}` : rounded < 0 ? `${MINUS}${text}` : text
    }
    case 'share':
      return `${grouped(rounded, decimals)}%`
    case 'rate':
      return grouped(rounded, decimals)
    case 'oneInN':
      return `1 in ${grouped(rounded, 0)}`
    case 'rank':
      return rankLabel(rounded, place.of, place.isTied === true)
  }
}
