import { describe, expect, it } from 'vitest'
import { groupedCount, formatFigure, joinWithAnd } from './format'

describe('groupedCount', () => {
  it('groups whole numbers as en-GB does', () => {
    for (const value of [
      0,
      7,
      473,
      999,
      1000,
      1867,
      12_345,
      148_203,
      1_000_000,
      5_000_000,
      123_456_789,
      -1867,
      -999,
      Number.MAX_SAFE_INTEGER
    ]) {
      expect(groupedCount(value)).toBe(value.toLocaleString('en-GB'))
    }
  })

  it('writes what is not a whole number as a figure', () => {
    expect(groupedCount(1867.5)).toBe(formatFigure(1867.5))
    expect(groupedCount(Number.NaN)).toBe('NaN')
  })
})

describe('joinWithAnd', () => {
  it('runs a list as a sentence does, with no comma before "and"', () => {
    expect(joinWithAnd([])).toBe('')
    expect(joinWithAnd(['Essex'])).toBe('Essex')
    expect(joinWithAnd(['Essex', 'Kent'])).toBe('Essex and Kent')
    expect(joinWithAnd(['2018/19', '2020/21', '2023/24'])).toBe('2018/19, 2020/21 and 2023/24')
  })
})
