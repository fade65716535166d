import { describe, expect, it } from 'vitest'
import { mappaTotal, type HeldFigure } from './total'

/** A table holding these figures: a number, null for a marker ([c]), absent for no such column. */
const table =
  (figures: Record<string, number | null>) =>
  (measure: string): HeldFigure =>
    measure in figures ? { value: figures[measure] ?? undefined } : undefined

describe('the MAPPA total', () => {
  it('is the published total where the table gives one, whatever the categories say', () => {
    expect(mappaTotal(table({ total: 2292, rso: 1867, violent: 406, other_dangerous: 19 }))).toEqual({
      value: 2292,
      measures: ['total'],
      isSum: false
    })
  })

  it('adds up categories 1 to 3 where an older table has no total and no Category 4 column', () => {
    expect(mappaTotal(table({ rso: 1867, violent: 406, other_dangerous: 19 }))).toEqual({
      value: 2292,
      measures: ['rso', 'violent', 'other_dangerous'],
      isSum: true
    })
  })

  it('adds Category 4 in where the table has it', () => {
    expect(mappaTotal(table({ rso: 1867, violent: 406, other_dangerous: 19, terrorism: 3 }))?.value).toBe(2295)
  })

  it('is unknown where a category is missing or held as a marker: adding up the rest would understate it', () => {
    expect(mappaTotal(table({ rso: 1867, violent: 406 }))).toBeUndefined()
    expect(mappaTotal(table({ rso: 1867, violent: 406, other_dangerous: null }))).toBeUndefined()
    expect(mappaTotal(table({ rso: 1867, violent: 406, other_dangerous: 19, terrorism: null }))).toBeUndefined()
  })

  it('falls back to the categories where the published total is a marker', () => {
    expect(mappaTotal(table({ total: null, rso: 10, violent: 5, other_dangerous: 1 }))).toEqual({
      value: 16,
      measures: ['rso', 'violent', 'other_dangerous'],
      isSum: true
    })
  })
})
