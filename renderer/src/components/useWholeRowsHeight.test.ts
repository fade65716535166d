// The grid height rule: whole rows that fit, never more than the grid has, a few at least.
// Pure arithmetic; the DOM measuring around it is exercised by e2e/layout.spec.ts.

import { describe, expect, it } from 'vitest'
import { wholeRowsHeight } from './useWholeRowsHeight'

describe('wholeRowsHeight', () => {
  const base = { chrome: 88, rowHeight: 26, minRows: 3 }

  it('fills the room with as many whole rows as fit, never a part of one', () => {
    // 600 px of room, 88 of headers and totals: 512 px of body holds 19 rows (494 px), not 19.7.
    expect(wholeRowsHeight({ ...base, available: 600, rows: 42 })).toBe(88 + 19 * 26)
  })

  it('ends a grid with few rows at its last row, totals right under it', () => {
    expect(wholeRowsHeight({ ...base, available: 600, rows: 5 })).toBe(88 + 5 * 26)
  })

  it('keeps a few rows in view in a tiny window, where the page scrolls instead', () => {
    expect(wholeRowsHeight({ ...base, available: 100, rows: 42 })).toBe(88 + 3 * 26)
    expect(wholeRowsHeight({ ...base, available: 100, rows: 2 })).toBe(88 + 2 * 26)
  })

  it('leaves room for the "no rows match" line when a filter matches nothing', () => {
    expect(wholeRowsHeight({ ...base, available: 600, rows: 0 })).toBe(88 + 26)
  })

  it('rounds sub-pixel chrome up so the last row is never shaved', () => {
    expect(wholeRowsHeight({ ...base, chrome: 88.69, available: 600, rows: 42 })).toBe(89 + 19 * 26)
  })
})
