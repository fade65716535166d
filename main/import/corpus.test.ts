// Real-world spreadsheets written by others (../shared/corpus beside the project): each must
// import or fail with one clear line, quickly and without hanging.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempStore } from '../testing/temp'
import { importFile } from './importFile'

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus')
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => !name.endsWith('.md')) : []

function attempt(name: string) {
  const store = tempStore()
  try {
    return { store, summary: importFile(store, { fileName: name, bytes: readFileSync(join(CORPUS, name)) }) }
  } catch (error) {
    return { store, error: error as Error }
  }
}

describe.skipIf(files.length === 0)('the shared corpus', () => {
  it.each(files)('%s imports or fails with one clear line, leaving nothing behind', (name) => {
    const { store, summary, error } = attempt(name)
    if (error) {
      expect(error.message).not.toContain('\n')
      expect(error.message.length).toBeLessThan(200)
      expect(store.db.prepare('SELECT count(*) FROM release').pluck().get()).toBe(0)
    } else {
      expect(summary!.observations).toBeGreaterThan(0)
    }
  })

  it('refuses the password-protected ODS as encrypted', () => {
    expect(attempt('calamine__pass_protected.ods').error?.message).toMatch(/password-protected \(encrypted\)/)
  })

  it('reads the CSV named .xls as CSV', () => {
    expect(attempt('scraperwiki-upload__really-a-csv.xls').summary?.format).toBe('csv')
  })

  it('reads the UTF-16LE CSV with its byte-order mark', () => {
    const { summary } = attempt('messytables__utf-16le_encoded.csv')
    expect(summary?.format).toBe('csv')
    expect(summary?.observations).toBeGreaterThan(1000)
  })

  it('reads the DfT table RAS51001 row for 1979 with its figures', () => {
    const { store, summary } = attempt('gss-utils-cassette__ras51001.ods')
    expect(summary?.status).toBe('imported')
    const row = store.db
      .prepare("SELECT column_label, value FROM observation WHERE row_label = '1979' AND column_label LIKE 'Accidents%' ORDER BY col_index")
      .all() as { column_label: string; value: number }[]
    // Footnote digits run into this table's headers ("Serious4"); the group header comes first.
    const byHeader = Object.fromEntries(
      row.map((cell) => [cell.column_label.replace(/^Accidents\d*: /, '').replace(/\d+$/, ''), cell.value])
    )
    expect(byHeader).toMatchObject({ Fatal: 1380, Serious: 5630, Slight: 12460, Total: 19470 })
  })

  it('skips hidden sheets and says so', () => {
    const { summary } = attempt('SheetJS-test_files__sheet_visibility.xlsx')
    expect(summary?.tables.map((table) => table.sheet)).toEqual(['Visible'])
    expect(summary?.warnings).toContainEqual({
      code: 'hidden_sheet',
      message: 'Sheet "Hidden" is hidden in the workbook and was not imported'
    })
  })

  it('reads the padded Excel-made ODS without expanding its repeated rows and columns', () => {
    const { error, summary } = attempt('readODS__excel_repeat.ods')
    expect(error?.message ?? summary?.status).toMatch(/No table of figures|imported/)
  })

  it('reads the public-health workbook with footnote asterisks in numeric cells', () => {
    const { store, summary } = attempt('gss-utils-cassette__YP_annual_report_data_tables_2017-18.xlsx')
    expect(summary?.tables.length).toBeGreaterThan(10)
    const flagged = store.db.prepare("SELECT count(*) FROM observation WHERE footnotes LIKE '%*%' AND value IS NOT NULL").pluck().get()
    const suppressed = store.db.prepare("SELECT count(*) FROM observation WHERE raw = '*' AND status = 'suppressed'").pluck().get()
    expect(Number(flagged) + Number(suppressed)).toBeGreaterThan(0)
  })
})
