// A pivot's rows as the grid holds them: home row, body and totals, and unchanged rows kept
// as the same objects so only changed rows re-render. Pure functions; never fetch or touch the grid.

import type { Pivot, PivotRow } from '../../../main/contract/types'

/** A row as the grid holds it (shared ranks come from the core, in each derived cell). */
export type ViewRow = PivotRow

export interface ViewRows {
  top: ViewRow[]
  body: ViewRow[]
  bottom: ViewRow[]
}

export const NO_ROWS: ViewRows = { top: [], body: [], bottom: [] }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Deep equality of plain JSON values (what the core sends). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]))
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]))
  }
  return false
}

/** Each entry of `next`, or the entry of `previous` under the same key when it is equal. */
function keepEntries<V>(previous: Readonly<Record<string, V>> | undefined, next: Record<string, V>): Record<string, V> {
  const kept: Record<string, V> = {}
  for (const [key, value] of Object.entries(next)) {
    const before = previous?.[key]
    kept[key] = before !== undefined && sameJson(before, value) ? before : value
  }
  return kept
}

/**
 * The previous row when nothing in it changed; else a new row that still shares every unchanged
 * cell and derived figure, so the grid refreshes only the cells that differ.
 */
export function keepEqual(previous: ViewRow | undefined, next: ViewRow): ViewRow {
  if (!previous) return next
  if (sameJson(previous, next)) return previous
  return { ...next, cells: keepEntries(previous.cells, next.cells), derived: keepEntries(previous.derived, next.derived) }
}

/** The pivot's rows for the grid, sharing unchanged objects with the rows it shows now. */
export function toViewRows(pivot: Pivot, previous: ViewRows): ViewRows {
  const before = new Map([...previous.top, ...previous.body, ...previous.bottom].map((row) => [row.key, row]))
  const rows = pivot.rows.map((row): ViewRow => keepEqual(before.get(row.key), row))
  const isTop = (row: ViewRow) => pivot.by === 'measure' && row.isHome
  const isBottom = (row: ViewRow) => row.areaKind === 'total'
  return {
    top: rows.filter(isTop),
    body: rows.filter((row) => !isTop(row) && !isBottom(row)),
    bottom: rows.filter((row) => !isTop(row) && isBottom(row))
  }
}

/** Keeps the previous array when its rows are the same objects, so the grid sees no change at all. */
export function keepRows(previous: ViewRows, next: ViewRows): ViewRows {
  const same = (a: ViewRow[], b: ViewRow[]) => a.length === b.length && a.every((row, index) => row === b[index])
  return {
    top: same(previous.top, next.top) ? previous.top : next.top,
    body: same(previous.body, next.body) ? previous.body : next.body,
    bottom: same(previous.bottom, next.bottom) ? previous.bottom : next.bottom
  }
}
