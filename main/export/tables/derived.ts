// How each derived figure reads in an exported table: its column header, its decimals, its
// sign, and the number a data file holds. Pure; the figures themselves come from the pivots.

import type { DerivedKind } from '../../contract/types'

export interface DerivedColumnInfo {
  kind: DerivedKind
  /** Under the period: "2021/22 change". */
  header: string
  decimals: number
  isSigned: boolean
}

/** In the order the grid shows them. */
export const DERIVED_COLUMNS: readonly DerivedColumnInfo[] = [
  { kind: 'change', header: 'change', decimals: 0, isSigned: true },
  { kind: 'percentChange', header: '% change', decimals: 1, isSigned: true },
  { kind: 'share', header: 'share of MAPPA total %', decimals: 1, isSigned: false },
  { kind: 'rate', header: 'per 100,000 aged 10+', decimals: 1, isSigned: false },
  { kind: 'oneInN', header: 'one in N', decimals: 0, isSigned: false },
  { kind: 'rank', header: 'rank', decimals: 0, isSigned: false }
]

export const DERIVED_KINDS: readonly DerivedKind[] = DERIVED_COLUMNS.map((info) => info.kind)

const MINUS = '−'

/** The figure rounded as shown, so a data file and the printed table agree. */
export function derivedData(info: DerivedColumnInfo, value: number): number {
  const decimals = info.kind === 'change' && !Number.isInteger(value) ? 1 : info.decimals
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(rank: number): string {
  const lastTwo = rank % 100
  const last = rank % 10
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'
  return `${rank}${suffix}`
}

function grouped(value: number, decimals: number): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
}

/** As a reader sees it: "+183", "−2.4%", "1 in 877", "=3rd". */
export function derivedText(info: DerivedColumnInfo, value: number, isTied = false): string {
  const rounded = derivedData(info, value)
  const decimals = info.kind === 'change' && !Number.isInteger(rounded) ? 1 : info.decimals
  switch (info.kind) {
    case 'change':
    case 'percentChange': {
      const text = `${grouped(Math.abs(rounded), decimals)}${info.kind === 'percentChange' ? '%' : ''}`
      return rounded > 0 ? `+${text}` : rounded < 0 ? `${MINUS}${text}` : text
    }
    case 'share':
      return `${grouped(rounded, decimals)}%`
    case 'rate':
      return grouped(rounded, decimals)
    case 'oneInN':
      return `1 in ${grouped(rounded, 0)}`
    case 'rank':
      return `${isTied ? '=' : ''}${ordinal(rounded)}`
  }
}
