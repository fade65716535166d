// How one figure reads on screen: number formatting, marker styling, sort order and the
// provenance tooltip. Pure functions over GridCell; never touches the grid API or the DOM.

import { QUALIFIER_TOKENS, shownDecimals } from '../../../main/contract/markers'
import type { CellStatus, GridCell } from '../../../main/contract/types'

const formatters = new Map<number, Intl.NumberFormat>()

function formatterFor(decimals: number): Intl.NumberFormat {
  let formatter = formatters.get(decimals)
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    formatters.set(decimals, formatter)
  }
  return formatter
}

/** What formatting needs of a cell: the grid of a table and the pivots share it. */
export type ShownCell = Pick<GridCell, 'value' | 'status' | 'raw'>

export function formatNumber(value: number, decimals = 0): string {
  return formatterFor(decimals).format(value)
}

export const STATUS_LABELS: Record<CellStatus, string> = {
  value: 'value',
  nil: 'nil (shown as a dash)',
  not_available: 'not available',
  not_applicable: 'not applicable',
  suppressed: 'suppressed',
  estimate: 'estimate',
  provisional: 'provisional',
  revised: 'revised',
  low_reliability: 'low reliability',
  text: 'text'
}

export const MARKERS: ReadonlySet<CellStatus> = new Set(['suppressed', 'not_available', 'not_applicable'])

/** True for statuses whose cell shows a number rather than its raw text. */
function showsNumber(cell: ShownCell): cell is ShownCell & { value: number } {
  return cell.value !== null && cell.status !== 'nil' && cell.status !== 'text'
}

export function formatCell(cell: ShownCell | null | undefined): string {
  if (!cell) return ''
  if (showsNumber(cell)) {
    const number = formatNumber(cell.value, shownDecimals(cell.value, cell.raw))
    const qualifier = QUALIFIER_TOKENS[cell.status]
    return qualifier ? `${number} ${qualifier}` : number
  }
  return cell.raw.trim()
}

/** The classes every figure cell carries for its status; views add their own marks. */
export function statusClasses(status: CellStatus | undefined): string[] {
  const classes = ['ag-right-aligned-cell', 'figure']
  if (status === undefined) classes.push('figure--empty')
  else if (status === 'nil') classes.push('figure--nil')
  else if (MARKERS.has(status)) classes.push('figure--marker')
  else if (status === 'text') classes.push('figure--text')
  else if (status !== 'value') classes.push('figure--qualified')
  return classes
}

export function cellClasses(cell: GridCell | null | undefined): string[] {
  const classes = statusClasses(cell?.status)
  if (cell?.footnotes) classes.push('figure--noted')
  return classes
}

/** Numbers by value; then text; missing and markers last, whichever way the column is sorted. */
export function compareCells(a: ShownCell | null | undefined, b: ShownCell | null | undefined, descending: boolean): number {
  const rank = (cell: ShownCell | null | undefined) => (!cell ? 3 : cell.value !== null ? 0 : cell.status === 'text' ? 1 : 2)
  const rankA = rank(a)
  const rankB = rank(b)
  // The grid flips the result for a descending sort: flip rank differences first so they survive it.
  if (rankA !== rankB) return descending ? rankB - rankA : rankA - rankB
  if (a?.value != null && b?.value != null) return a.value - b.value
  return (a?.raw ?? '').localeCompare(b?.raw ?? '', 'en-GB', { numeric: true })
}

export function cellTooltip(sheet: string, cell: GridCell | null | undefined): string | undefined {
  if (!cell) return undefined
  const parts = [`${sheet}!${cell.cell}`, STATUS_LABELS[cell.status]]
  if (cell.raw.trim() !== '' && formatCell(cell) !== cell.raw.trim()) parts.push(`as published: “${cell.raw.trim()}”`)
  if (cell.footnotes) parts.push(`footnotes: ${cell.footnotes}`)
  return parts.join(' · ')
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`
}

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })

/** "14 Oct 2024, 10:32" in the reporter's time zone; the text as given when it is not a date. */
export function formatWhen(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : WHEN.format(date)
}
