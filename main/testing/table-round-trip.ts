// The round trip every table data format makes: a file a writer made, imported into a new store,
// holds the figures the table showed. Test code only.

import { expect } from 'vitest'
import type { Figure, ImportSummary } from '../contract/types'
import type { TableSpec } from '../export/tables/spec'
import { importFile } from '../import/importFile'
import { listMeasures } from '../store/catalogue'
import { currentFigures } from '../store/figures'
import { tempStore } from './temp'

/**
 * Imports a written table into a new store and checks that every figure it showed came back with
 * its value, that the import warned of nothing, and that no derived column became a custom measure.
 */
export function readTableBack(spec: TableSpec, file: { fileName: string; bytes: Uint8Array }): { summary: ImportSummary; back: Figure[] } {
  const copy = tempStore()
  const summary = importFile(copy, file)
  expect(summary.warnings).toEqual([])
  const back = currentFigures(copy.db, { measure: spec.subject.id })
  const key = (figure: { area: string; period: string }) => `${figure.area}|${figure.period}`
  expect(new Map(back.map((figure) => [key(figure), figure.value]))).toEqual(
    new Map(spec.figures.map((figure) => [key(figure), figure.value]))
  )
  expect(listMeasures(copy.db).filter((measure) => measure.isCustom)).toEqual([])
  return { summary, back }
}
