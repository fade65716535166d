// The MAPPA total of one area and year: one definition for the grid, the tables, the charts, the
// story's sentences and the copy checker. Pure: the caller says what its table holds; no store.

import { MAPPA_CATEGORIES } from '../contract/measures'

/** What a table holds for one measure: undefined where it has no such figure, `value` undefined where it holds a marker. */
export type HeldFigure = { value: number | undefined } | undefined

export interface MappaTotal {
  value: number
  /** The measures it was taken from: ['total'], or the categories added up. */
  measures: string[]
  /** Added up from the categories: the copy says so ("the categories added up"). */
  isSum: boolean
}

/**
 * The published total ("All MAPPA-eligible offenders") where the table gives it as a number. Where it
 * does not, the categories added up, which is honest because every MAPPA-eligible offender is in
 * exactly one category, so the published total is their sum: categories 1 to 3 must each be a number,
 * and Category 4 too where the table has it (a table from before it was published has no column, and
 * its offenders were then counted in the other three). A category held as a marker ([c], [x]) leaves
 * the total unknown: adding up the rest would understate it.
 */
export function mappaTotal(held: (measure: string) => HeldFigure): MappaTotal | undefined {
  const published = held('total')?.value
  if (published !== undefined) return { value: published, measures: ['total'], isSum: false }
  const [rso, violent, otherDangerous, terrorism] = MAPPA_CATEGORIES.map((measure) => held(measure))
  const parts = [rso, violent, otherDangerous, ...(terrorism ? [terrorism] : [])]
  if (!parts.every((part) => part?.value !== undefined)) return undefined
  const measures = MAPPA_CATEGORIES.slice(0, parts.length)
  return { value: parts.reduce((sum, part) => sum + part!.value!, 0), measures: [...measures], isSum: true }
}
