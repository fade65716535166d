import { describe, expect, it } from 'vitest'
import { CELL_STATUSES, readCell } from '../contract/markers'
import type { Store } from '../store/database'
import { FORMULA_KINDS, formulaTextWorkbook } from '../testing/formula-text'
import { tempContext, tempStore } from '../testing/temp'
import { importFile } from './importFile'
import { findImportWorker } from './worker-protocol'

const TEXT_LENGTH = 2_000

/** What the store holds of the Register sheet, by status, and its longest text. */
function stored(store: Store) {
  const byStatus = store.db
    .prepare("SELECT status, count(*) AS n FROM observation WHERE sheet = 'Register' GROUP BY status ORDER BY status")
    .all()
  const kinds = store.db.prepare("SELECT DISTINCT raw FROM observation WHERE column_label = 'Kind' ORDER BY raw").pluck().all()
  const longest = store.db.prepare("SELECT max(length(raw)) FROM observation WHERE column_label = 'Summary'").pluck().get()
  return { byStatus, kinds, longest }
}

/** All of a register of `rows` rows: its two text columns whole, its count column as numbers. */
function whole(rows: number) {
  return {
    byStatus: [
      { status: 'text', n: rows * 2 },
      { status: 'value', n: rows }
    ],
    kinds: [...FORMULA_KINDS].sort(),
    longest: TEXT_LENGTH
  }
}

describe('a workbook of formulas with long cached text results', () => {
  it('reads a cell whose text is a word JavaScript objects own as text, never as a marker', () => {
    for (const word of ['constructor', 'Constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const reading = readCell(word)
      expect(reading).toEqual({ value: null, status: 'text', footnotes: [] })
      expect(CELL_STATUSES).toContain(reading.status)
    }
  })

  it('stores every cell of a small one in this thread: texts whole, counts as numbers', () => {
    const store = tempStore()
    const rows = 200
    const summary = importFile(store, { fileName: 'register.xlsx', bytes: formulaTextWorkbook({ rows, textLength: TEXT_LENGTH }) })
    expect(summary).toMatchObject({ status: 'imported', observations: rows * 3 })
    expect(stored(store)).toEqual(whole(rows))
  })

  it('stores every cell of a 9,999-row one, written by the import worker', async () => {
    const rows = 9_999
    // 29,997 figures: past the 10,000 from which the worker writes the file itself (worker.ts).
    const { store, jobs } = tempContext({ worker: findImportWorker() })
    const summary = await jobs.importNow('register.xlsx', formulaTextWorkbook({ rows, textLength: TEXT_LENGTH }))
    expect(summary).toMatchObject({ status: 'imported', observations: rows * 3 })
    expect(stored(store)).toEqual(whole(rows))
  }, 120_000)
})
