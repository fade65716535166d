import { describe, expect, it } from 'vitest'
import { parseNumber, readCell, shownDecimals } from './markers'

describe('readCell', () => {
  it.each([
    ['-', 0, 'nil'],
    ['..', null, 'not_available'],
    [':', null, 'not_available'],
    ['[x]', null, 'not_available'],
    ['[z]', null, 'not_applicable'],
    ['[c]', null, 'suppressed'],
    ['*', null, 'suppressed']
  ])('reads the marker %s as %s (%s)', (raw, value, status) => {
    expect(readCell(raw)).toEqual({ value, status, footnotes: [] })
  })

  it('reads thousands separators and stray spaces', () => {
    expect(readCell('1,867').value).toBe(1867)
    expect(readCell(' 1867 ').value).toBe(1867)
  })

  it('reads percentages as their number', () => {
    expect(readCell('81%')).toEqual({ value: 81, status: 'value', footnotes: [] })
    expect(readCell('12.5 per cent').value).toBe(12.5)
    expect(readCell('81%', 0.81).value).toBe(81)
  })

  it('keeps the stored number of a formatted cell', () => {
    expect(readCell('1,867', 1867)).toEqual({ value: 1867, status: 'value', footnotes: [] })
  })

  it('reads a trailing asterisk on a number as a footnote flag, not suppression', () => {
    expect(readCell('320*')).toEqual({ value: 320, status: 'value', footnotes: ['*'] })
  })

  it('keeps the value of estimates, provisional and revised figures and flags them', () => {
    expect(readCell('1,234 [e]')).toEqual({ value: 1234, status: 'estimate', footnotes: [] })
    expect(readCell('56[p]')).toEqual({ value: 56, status: 'provisional', footnotes: [] })
    expect(readCell('78 [r]')).toEqual({ value: 78, status: 'revised', footnotes: [] })
  })

  it('collects [note n] references', () => {
    expect(readCell('412 [note 3]')).toEqual({ value: 412, status: 'value', footnotes: ['3'] })
  })

  it('keeps text that is not a number as text with no value', () => {
    expect(readCell('abc')).toEqual({ value: null, status: 'text', footnotes: [] })
    expect(readCell('1.2.3').status).toBe('text')
  })
})

describe('parseNumber', () => {
  it('refuses malformed numbers', () => {
    expect(parseNumber('1,86,7')).toBeUndefined()
    expect(parseNumber('')).toBeUndefined()
    expect(parseNumber('12a')).toBeUndefined()
  })
  it('reads decimals and signs', () => {
    expect(parseNumber('-12.5')).toBe(-12.5)
  })
})

describe('readCell, the figure as published', () => {
  it('takes the figure the sheet displays and keeps the unrounded stored number beside it', () => {
    expect(readCell('114', 113.6)).toEqual({ value: 114, status: 'value', footnotes: [], stored: 113.6 })
    expect(readCell('1,867', 1867)).toEqual({ value: 1867, status: 'value', footnotes: [] })
    expect(readCell('81%', 0.8134)).toEqual({ value: 81, status: 'value', footnotes: [], stored: 81.34 })
  })
})

describe('shownDecimals', () => {
  it('keeps the decimals the text shows, up to six', () => {
    expect(shownDecimals(12.5, '12.50')).toBe(2)
    expect(shownDecimals(1867, '1,867')).toBe(0)
    expect(shownDecimals(0.1234567, '0.1234567')).toBe(6)
  })
  it('falls back on the number itself, up to two, where the text shows none', () => {
    expect(shownDecimals(10.9, '')).toBe(1)
    expect(shownDecimals(0.1 + 0.2, '')).toBe(2)
    expect(shownDecimals(114, '114')).toBe(0)
  })
})
