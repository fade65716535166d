import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../import/importFile'
import { readTableBack } from '../../testing/table-round-trip'
import { seedTableStore, EDIT_REASON, NOTE_TEXT } from '../../testing/table-store'
import { tempStore } from '../../testing/temp'
import { csvField, tableCsv, writeCsv } from './csv'
import { buildTableSpec } from './spec'

/** Every cell of a CSV as a spreadsheet reads it. */
function cellsOf(text: string): (string | number)[][] {
  const book = XLSX.read(text.replace(/^\uFEFF/, ''), { type: 'string' })
  return XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: true, defval: '' })
}

describe('CSV table export', () => {
  it('starts with a UTF-8 byte-order mark and puts the title above and the source and notes below', () => {
    const store = seedTableStore(tempStore())
    const bytes = writeCsv(buildTableSpec(store.db, { subject: 'rso' }))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .split('\r\n')
    expect(lines[0]).toBe('"Registered sexual offenders (Category 1) at 31 March, by area, 2021/22 to 2023/24"')
    expect(lines[2]).toBe('Area,2021/22,2022/23,2023/24')
    expect(lines[3]).toMatch(/^Avon and Somerset,\d+,\d+,\d+$/)
    expect(lines[11]).toMatch(/^Dorset,\d+,\d+,\[c\]$/)
    expect(lines[12]).toMatch(/^County Durham,942,1007,1123$/)
    expect(lines[14]).toMatch(/^Essex,1867,\d+,\d+$/)
    expect(lines[45]).toMatch(/^England and Wales,66741,\d+,70052$/)
    expect(lines[46]).toBe('')
    expect(lines).toContain('"Source: Ministry of Justice, MAPPA annual report 2023/24"')
    expect(lines.some((line) => line.includes(`County Durham 2021/22 corrected from 941 to 942: ${EDIT_REASON}`))).toBe(true)
    expect(lines.some((line) => line.includes(NOTE_TEXT))).toBe(true)
    expect(lines.some((line) => line.includes('[c] suppressed'))).toBe(true)
  })

  it('neutralises text a spreadsheet would run as a formula and leaves numbers, written or as text, alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(['+cmd', '-x', '@SUM(A1)'].map(csvField)).toEqual(["'+cmd", "'-x", "'@SUM(A1)"])
    expect(csvField('Essex')).toBe('Essex')
    expect(csvField(-183)).toBe('-183')
    expect(csvField(-2.5)).toBe('-2.5')
    // A negative number is data, not a formula: as in copied rows (main/contract/spreadsheet-text.ts).
    expect(csvField('-183')).toBe('-183')
    expect(csvField('-')).toBe('-')
  })

  it('writes hostile titles, headers, labels and notes as inert text while negative changes stay numbers', () => {
    const store = seedTableStore(tempStore(), { isHostile: true })
    importFile(store, {
      fileName: 'hostile-2021-22.csv',
      bytes: new TextEncoder().encode(
        [
          'Area,@SUM(A1:A9),-x',
          ...['Essex', 'Kent', 'Surrey', 'Sussex', 'Dorset', 'Cheshire'].map((area, index) => `${area},${index},${index}`)
        ].join('\n')
      )
    })
    const spec = buildTableSpec(store.db, {
      subject: 'rso',
      derived: ['change', 'rank'],
      title: '=HYPERLINK("http://example.invalid","Essex")'
    })
    const cells = cellsOf(tableCsv(spec)).flat()
    const texts = cells.filter((cell): cell is string => typeof cell === 'string')
    expect(texts.filter((text) => /^[=+\-@\t\r]/.test(text))).toEqual([])
    expect(texts[0]).toMatch(/^'=HYPERLINK/)
    // Changes that fell are negative numbers, read as numbers.
    expect(cells.filter((cell) => typeof cell === 'number' && cell < 0).length).toBeGreaterThan(0)

    const byArea = buildTableSpec(store.db, { by: 'area', subject: 'essex' })
    const labels = cellsOf(tableCsv(byArea)).map((row) => row[0])
    expect(labels).toContain("'@SUM(A1:A9)")
    expect(labels).toContain("'-x")
  })

  it('reads back into the app as the same figures, the corrected one included, derived columns left out', () => {
    const store = seedTableStore(tempStore())
    const spec = buildTableSpec(store.db, { subject: 'rso', derived: ['change', 'percentChange', 'rank'] })
    const { summary, back } = readTableBack(spec, { fileName: 'table.csv', bytes: writeCsv(spec) })
    expect(summary.recogniser).not.toBe('generic')
    expect(back.find((figure) => figure.area === 'county-durham' && figure.period === '2021/22')?.value).toBe(942)
    expect(back.find((figure) => figure.area === 'dorset' && figure.period === '2023/24')).toMatchObject({
      value: null,
      status: 'suppressed',
      raw: '[c]'
    })
  })
})
