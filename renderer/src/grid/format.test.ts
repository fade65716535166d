import { describe, expect, it } from 'vitest'
import { formatDerived } from './derived'
import { compareCells, formatCell } from './format'

describe('how figures read in the grid', () => {
  it('shows numbers the way the press prints them, markers as their token', () => {
    expect(formatCell({ value: 1867, status: 'value', raw: '1867' })).toBe('1,867')
    expect(formatCell({ value: 12.5, status: 'value', raw: '12.50' })).toBe('12.50')
    expect(formatCell({ value: 320, status: 'estimate', raw: '320 [e]' })).toBe('320 [e]')
    expect(formatCell({ value: null, status: 'suppressed', raw: '[c]' })).toBe('[c]')
    expect(formatCell({ value: 0, status: 'nil', raw: '-' })).toBe('-')
  })

  it('signs changes, rounds per cent to one place and writes ranks as ordinals', () => {
    expect(formatDerived('change', { change: 183 })).toBe('+183')
    expect(formatDerived('percentChange', { percentChange: 10.867 })).toBe('+10.9%')
    expect(formatDerived('oneInN', { oneInN: 877.19 })).toBe('1 in 877')
    expect(formatDerived('rank', { rank: 3, rankOf: 42, rankTied: true })).toBe('=3rd of 42')
    expect(formatDerived('share', {})).toBe('')
    expect(formatDerived('share', undefined)).toBe('')
  })

  it('sorts numbers by value and keeps markers and blanks last either way', () => {
    const cells = [
      { value: null, status: 'suppressed' as const, raw: '[c]' },
      { value: 10, status: 'value' as const, raw: '10' },
      { value: 200, status: 'value' as const, raw: '200' }
    ]
    const ascending = [...cells].sort((a, b) => compareCells(a, b, false)).map((cell) => cell.raw)
    expect(ascending).toEqual(['10', '200', '[c]'])
    // The grid reverses the comparator's result for a descending sort.
    const descending = [...cells].sort((a, b) => -compareCells(a, b, true)).map((cell) => cell.raw)
    expect(descending).toEqual(['200', '10', '[c]'])
  })
})
