import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readTableBack } from '../../testing/table-round-trip'
import { seedTableStore, EDIT_REASON, NOTE_TEXT } from '../../testing/table-store'
import { tempDir, tempStore } from '../../testing/temp'
import { buildTableSpec } from './spec'
import { numberFormat, workbookOf, writeXlsx } from './xlsx'

async function readBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return book
}

function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return (sheet.getRow(row).values as unknown[]).slice(1)
}

const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0

describe('XLSX table export (gov.uk spreadsheet standard)', () => {
  it('has a cover sheet first, a notes sheet, and the table on its own sheet with its title in A1', async () => {
    const store = seedTableStore(tempStore())
    const spec = buildTableSpec(store.db, { subject: 'rso', derived: ['change', 'percentChange'] })
    const book = await readBook(await writeXlsx(spec))
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Cover', 'Notes', 'Table_1'])
    const cover = book.getWorksheet('Cover')!
    expect(cover.getCell('A1').value).toBe(spec.dataTitle)
    const coverText = cover.getColumn(1).values.filter(Boolean)
    expect(coverText).toEqual(
      expect.arrayContaining(['Source', 'Source: Ministry of Justice, MAPPA annual report 2023/24', 'Date', 'Contact'])
    )
    const notes = book.getWorksheet('Notes')!
    expect(notes.getCell('A1').value).toBe('Notes')
    expect(rowValues(notes, 3)).toEqual(['Note number', 'Note text'])
    const noteTexts = notes.getColumn(2).values.slice(4)
    expect(noteTexts.some((text) => String(text).includes(`County Durham 2021/22 corrected from 941 to 942: ${EDIT_REASON}`))).toBe(true)
    expect(noteTexts.some((text) => String(text).includes(NOTE_TEXT))).toBe(true)
    expect(notes.getColumn(1).values.slice(4)).toEqual(spec.notes.map((note) => note.ref))
  })

  it('lays the table out without merges, blank rows or formulas, with a frozen header, real numbers and number formats', async () => {
    const store = seedTableStore(tempStore())
    const spec = buildTableSpec(store.db, { subject: 'rso', derived: ['change', 'percentChange'] })
    const book = await readBook(await writeXlsx(spec))
    const sheet = book.getWorksheet('Table_1')!
    expect(sheet.getCell('A1').value).toBe(spec.dataTitle)
    const headerRow = 2 + (sheet.getColumn(1).values as unknown[]).slice(2).findIndex((value) => value === 'Area')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow })
    expect(rowValues(sheet, headerRow)).toEqual(['Area', ...spec.columns.map((column) => column.dataHeader)])
    expect(rowValues(sheet, headerRow).slice(1, 4)).toEqual(['2021/22', '2021/22 change [derived]', '2021/22 % change [derived]'])
    // Preamble rows above the header hold one cell each, as the standard asks.
    for (let row = 2; row < headerRow; row++)
      expect(rowValues(sheet, row).filter((value) => value !== undefined && value !== null)).toHaveLength(1)
    expect(sheet.model.merges ?? []).toEqual([])
    const last = headerRow + spec.rows.length
    expect(sheet.rowCount).toBe(last)
    for (let row = headerRow + 1; row <= last; row++) {
      const cells = rowValues(sheet, row)
      expect(cells).toHaveLength(spec.columns.length + 1)
      expect(cells.every((value) => value !== null && value !== undefined && value !== '')).toBe(true)
    }
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)))
    const essex = sheet.getRow(headerRow + 1 + spec.rows.findIndex((row) => row.key === 'essex'))
    expect(essex.getCell(1).value).toBe('Essex')
    expect(essex.getCell(1).font?.bold).toBe(true)
    expect(essex.getCell(2)).toMatchObject({ value: 1867, numFmt: '#,##0' })
    expect(essex.getCell(6)).toMatchObject({ value: -748, numFmt: '+#,##0;-#,##0;#,##0' })
    expect(essex.getCell(7)).toMatchObject({ value: -40.1, numFmt: '+#,##0.0;-#,##0.0;#,##0.0' })
    expect(essex.getCell(3).value).toBe('[x]')
    const dorset = sheet.getRow(headerRow + 1 + spec.rows.findIndex((row) => row.key === 'dorset'))
    expect(dorset.getCell(8).value).toBe('[c]')
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(20)
  })

  it('formats rates with their published decimals and signed changes with a sign', async () => {
    const base = { value: 1, text: '1', data: 1, isEdited: false, status: 'value' as const }
    expect(numberFormat({ ...base, decimals: 0, isSigned: false })).toBe('#,##0')
    expect(numberFormat({ ...base, decimals: 1, isSigned: false })).toBe('#,##0.0')
    expect(numberFormat({ ...base, decimals: 0, isSigned: true })).toBe('+#,##0;-#,##0;#,##0')
    const store = seedTableStore(tempStore())
    const spec = buildTableSpec(store.db, { subject: 'rso_rate', rows: ['essex'] })
    const sheet = (await readBook(await writeXlsx(spec))).getWorksheet('Table_1')!
    const essex = sheet.getRow(sheet.rowCount)
    expect(essex.getCell(1).value).toBe('Essex')
    expect(essex.getCell(2)).toMatchObject({ value: 114, numFmt: '#,##0' })
  })

  it('adds a contents sheet when the workbook holds more than one table', async () => {
    const store = seedTableStore(tempStore())
    const book = await readBook(
      await workbookOf([buildTableSpec(store.db, { subject: 'rso' }), buildTableSpec(store.db, { subject: 'violent' })])
    )
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Cover', 'Contents', 'Notes', 'Table_1', 'Table_2'])
    expect(rowValues(book.getWorksheet('Contents')!, 4)).toEqual(['Table_1', expect.stringMatching(/^Registered sexual offenders/)])
  })

  it('reads back into the app as the same figures, the corrected one included', async () => {
    const store = seedTableStore(tempStore())
    const spec = buildTableSpec(store.db, { subject: 'rso', derived: ['change', 'rank'], title: 'Where sex offenders live' })
    const { summary, back } = readTableBack(spec, { fileName: 'where-sex-offenders-live.xlsx', bytes: await writeXlsx(spec) })
    expect(summary.recogniser).toBe('moj-accessible')
    expect(back.find((figure) => figure.area === 'county-durham' && figure.period === '2021/22')?.value).toBe(942)
  })

  it.skipIf(!hasLibreOffice)('opens in LibreOffice (soffice --convert-to csv) with the figures in place', async () => {
    const store = seedTableStore(tempStore())
    const dir = tempDir()
    const file = join(dir, 'table.xlsx')
    writeFileSync(file, await writeXlsx(buildTableSpec(store.db, { subject: 'rso' })))
    // -1 after the filter options writes every sheet to its own CSV (LibreOffice 7.2 and later).
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/lo-profile`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        dir,
        file
      ],
      { stdio: 'ignore', timeout: 120_000 }
    )
    expect(readFileSync(join(dir, 'table-Cover.csv'), 'utf8')).toMatch(/^"?Registered sexual offenders/)
    const csv = readFileSync(join(dir, 'table-Table_1.csv'), 'utf8')
    expect(csv).toMatch(/^Area,2021\/22,2022\/23,2023\/24$/m)
    expect(csv).toMatch(/^Essex,1867,1119,1120$/m)
    expect(csv).toMatch(/^County Durham,942,1007,1123$/m)
    expect(csv).toMatch(/^Dorset,.*\[c\]$/m)
  })
  if (!hasLibreOffice) it.skip('opens in LibreOffice: skipped, LibreOffice (soffice) is not installed', () => undefined)
})
