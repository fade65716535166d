import { describe, expect, it } from 'vitest'
import { DERIVED_COLUMNS, derivedData, derivedText, ordinal, rankLabel } from './derived-columns'

describe('derived columns, as the grid and the tables write them', () => {
  it('writes ranks as ordinals, 11th to 13th included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 42, 101, 111, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '42nd',
      '101st',
      '111th',
      '112th'
    ])
    expect(rankLabel(3, 12, true)).toBe('=3rd of 12')
    expect(derivedText('rank', 3, { isTied: true })).toBe('=3rd')
  })

  it('shows a worked-out rate as the whole number it is, in the grid and in a data file', () => {
    expect(derivedText('rate', 114)).toBe('114')
    expect(derivedText('rate', 113.6)).toBe('114')
    expect(derivedData('rate', 113.6)).toBe(114)
  })

  it('signs changes with a minus sign and rounds per cent to one place', () => {
    expect(derivedText('change', 183)).toBe('+183')
    expect(derivedText('change', -1234)).toBe('−1,234')
    expect(derivedText('change', -0.4)).toBe('−0.4')
    expect(derivedText('percentChange', 10.867)).toBe('+10.9%')
    expect(derivedText('share', 81.456)).toBe('81.5%')
    expect(derivedText('oneInN', 877.19)).toBe('1 in 877')
  })

  it('says what the share is a share of: the MAPPA total, published or its categories added up', () => {
    const share = DERIVED_COLUMNS.find((column) => column.kind === 'share')!
    expect(share.description).toMatch(/published total/)
    expect(share.description).toMatch(/categories added up/)
    expect(share.description).not.toMatch(/all categories/)
  })
})
