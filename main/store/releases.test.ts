import { describe, expect, it } from 'vitest'
import type { CellReading } from '../contract/markers'
import { findMeasureById } from '../contract/measures'
import { expectOneLineRefusal, refusal } from '../testing/refusals'
import { tempStore } from '../testing/temp'
import type { ParsedRelease } from './release-shapes'
import { writeRelease } from './releases'

/** One table of two cells as a reader hands it over; the second cell's reading is whatever the test gives. */
function releaseWith(reading: CellReading): ParsedRelease {
  const cell = (row: number, raw: string, given: CellReading) => ({
    rowLabel: row === 1 ? 'Essex' : 'Kent',
    columnLabel: 'Registered sexual offenders',
    measure: findMeasureById('rso')!,
    period: { key: '2021/22', label: '2021/22' },
    reading: given,
    raw,
    sheet: 'Register',
    cell: `B${row + 1}`,
    rowIndex: row,
    colIndex: 1
  })
  return {
    recogniser: 'generic',
    format: 'xlsx',
    editionLabel: 'Register',
    period: { key: '2021/22', label: '2021/22' },
    footnotes: [],
    warnings: [],
    tables: [
      {
        sheet: 'Register',
        title: 'Register',
        headerRow: 1,
        layout: 'wide',
        period: { key: '2021/22', label: '2021/22' },
        periodSource: 'title',
        columnFootnotes: {},
        notes: [],
        observations: [cell(1, '1,867', { value: 1867, status: 'value', footnotes: [] }), cell(2, 'constructor', reading)]
      }
    ]
  }
}

const file = { fileName: 'register.xlsx', bytes: new Uint8Array([1, 2, 3]), sha256: 'a'.repeat(64), isSample: false }
const areas = [
  new Map<string, string | null>([
    ['Essex', 'essex'],
    ['Kent', 'kent']
  ])
]

describe('writing a release', () => {
  it('stores a text cell as text', () => {
    const store = tempStore()
    expect(writeRelease(store.db, file, releaseWith({ value: null, status: 'text', footnotes: [] }), areas).observations).toBe(2)
  })

  it('refuses a cell read without a status in one line naming the cell, and stores nothing', () => {
    const store = tempStore()
    const error = refusal(() => writeRelease(store.db, file, releaseWith({ footnotes: [] } as unknown as CellReading), areas))
    expectOneLineRefusal(error)
    expect(error).toMatchObject({ code: 'unsupported_file' })
    expect(error?.message).toContain('Register!B3 ("constructor")')
    expect(store.db.prepare('SELECT (SELECT count(*) FROM release) + (SELECT count(*) FROM observation)').pluck().get()).toBe(0)
  })
})
