// The grid height rule: whole rows that fit, never more than the grid has, a few at least.
// Pure arithmetic; the DOM measuring around it is exercised by e2e/layout.spec.ts.

import { describe, expect, it } from 'vitest'
import { wholeRowsHeight } from './useWholeRowsHeight'

/** Bottoms of `count` rows of `height` px. */
const uniform = (count: number, height = 26) => Array.from({ length: count }, (_, index) => (index + 1) * height)

describe('wholeRowsHeight', () => {
  const base = { chrome: 88, rowHeight: 26, minRows: 3 }

  it('fills the room with as many whole rows as fit, never a part of one', () => {
    // 600 px of room, 88 of headers and totals: 512 px of body holds 19 rows (494 px), not 19.7.
    expect(wholeRowsHeight({ ...base, available: 600, rowBottoms: uniform(42) })).toBe(88 + 19 * 26)
  })

  it('ends a grid with few rows at its last row, totals right under it', () => {
    expect(wholeRowsHeight({ ...base, available: 600, rowBottoms: uniform(5) })).toBe(88 + 5 * 26)
  })

  it('counts rows of different heights (wrapped measure names) as they are drawn', () => {
    const bottoms = [47, 94, 120, 167, 214, 240, 287, 334, 381, 428, 475, 522, 569]
    expect(wholeRowsHeight({ ...base, available: 600, rowBottoms: bottoms })).toBe(88 + 475)
    expect(wholeRowsHeight({ ...base, available: 700, rowBottoms: bottoms })).toBe(88 + 569)
  })

  it('keeps a few rows in view in a tiny window, where the page scrolls instead', () => {
    expect(wholeRowsHeight({ ...base, available: 100, rowBottoms: uniform(42) })).toBe(88 + 3 * 26)
    expect(wholeRowsHeight({ ...base, available: 100, rowBottoms: uniform(2) })).toBe(88 + 2 * 26)
  })

  it('leaves room for the "no rows match" line when a filter matches nothing', () => {
    expect(wholeRowsHeight({ ...base, available: 600, rowBottoms: [] })).toBe(88 + 26)
  })

  it('rounds sub-pixel chrome up so the last row is never shaved', () => {
    expect(wholeRowsHeight({ ...base, chrome: 88.69, available: 600, rowBottoms: uniform(42) })).toBe(89 + 19 * 26)
  })
})
