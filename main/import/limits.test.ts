import * as XLSX from '@e965/xlsx'
import { strToU8, zipSync } from 'fflate'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { oldStyleWorkbook, workbookBytes } from '../testing/fixtures'
import { MANIFEST, numberCell, ODS_MIME, odsFile, row, table } from '../testing/ods'
import { refusal } from '../testing/refusals'
import { checkBeforeParse, checkSheetShape } from './limits'
import { decodeText, type FileFormat, type SniffedFile } from './sniff'
import { readWorkbook, MAX_CELLS } from './workbook'
import { zipParts } from './zip'

/** A file as sniffing hands it on, taken to be `format` (a lying file may not sniff as one). */
const sniffedAs = (bytes: Uint8Array, format: FileFormat): SniffedFile =>
  format === 'csv'
    ? { format, bytes, text: decodeText(bytes) }
    : format === 'xls'
      ? { format, bytes }
      : { format, bytes, parts: zipParts(bytes) }

const odsWith = (rows: string) => odsFile(table('Sheet1', rows))
const valueCell = numberCell
const emptyTail = row('<table:table-cell table:number-columns-repeated="16384"/>', ' table:number-rows-repeated="1048553"')

/** Rewrites the uncompressed size a zip declares for one part, in its central directory and (optionally) its local header. */
function declareSize(zip: Uint8Array, part: string, size: number, where: 'central' | 'both' = 'central'): Uint8Array {
  const bytes = zip.slice()
  const view = new DataView(bytes.buffer)
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))).toString('latin1')
    if (name !== part) continue
    view.setUint32(at + 24, size, true)
    if (where === 'both') view.setUint32(view.getUint32(at + 42, true) + 22, size, true)
    return bytes
  }
  throw new Error(`No part ${part}`)
}

describe('ODS repeats', () => {
  it('reads a minimal hand-built ODS, so the refusals below are about the repeats alone', () => {
    const book = readWorkbook(odsWith(row(valueCell(1867) + valueCell(406)) + emptyTail))
    expect(book.sheets[0].rows[0].map((cell) => cell?.number)).toEqual([1867, 406])
  })

  it('refuses an ODS whose repeats claim a billion cells, as it reads the repeated row', () => {
    const bomb = odsWith(row(valueCell(1), ' table:number-rows-repeated="1000000000"'))
    const error = refusal(() => readWorkbook(bomb))
    expect(error?.code).toBe('too_large')
    expect(error?.message).toBe("The file's repeated rows and columns claim more than 5,000,000 filled cells; MAPPA tables are far smaller")
  })

  it('multiplies row and column repeats: a thousand rows of ten thousand cells is refused', () => {
    const bomb = odsWith(row(valueCell(1, ' table:number-columns-repeated="10000"'), ' table:number-rows-repeated="1000"'))
    expect(refusal(() => readWorkbook(bomb))?.code).toBe('too_large')
  })

  it('refuses a filled cell repeated beyond column XFD', () => {
    const wide = odsWith(row(valueCell(1, ' table:number-columns-repeated="20000"')))
    expect(refusal(() => readWorkbook(wide))?.message).toMatch(/^A filled cell reaches beyond column XFD \(16,384 columns\)/)
  })

  it('leaves trailing empty rows and columns repeated a million times alone, as Excel and LibreOffice write them', () => {
    const padded = odsWith(
      row(valueCell(5) + '<table:table-cell table:number-columns-repeated="16383"/>', ' table:number-rows-repeated="12"') + emptyTail
    )
    expect(readWorkbook(padded).sheets[0].rows).toHaveLength(12)
  })

  it('does not count styled but empty cells, however often they repeat', () => {
    const styled = row(
      '<table:table-cell table:style-name="ce1" table:number-columns-repeated="16000"></table:table-cell>',
      ' table:number-rows-repeated="100000"'
    )
    expect(readWorkbook(odsWith(row(valueCell(1)) + styled)).sheets[0].rows).toHaveLength(1)
  })

  it('does not let a comment hide the row a repeated cell belongs to', () => {
    const hidden = odsWith(
      `<table:table-row table:number-rows-repeated="1000000000"><!-- </table:table-row> -->${valueCell(1)}</table:table-row>`
    )
    expect(refusal(() => readWorkbook(hidden))?.code).toBe('too_large')
  })

  it('ignores repeats inside a comment, as SheetJS does', () => {
    const commented = odsWith(`<!-- ${row(valueCell(1), ' table:number-rows-repeated="1000000000"')} -->${row(valueCell(2))}`)
    expect(readWorkbook(commented).sheets[0].rows[0][0]?.number).toBe(2)
  })

  it('counts a quoted ">" inside a tag the way SheetJS does', () => {
    const quoted = odsWith(row(valueCell(1), ' table:style-name="a>b" table:number-rows-repeated="1000000000"'))
    expect(refusal(() => readWorkbook(quoted))?.code).toBe('too_large')
  })

  it('refuses a bomb at the end of a long content.xml, across many unpacked chunks', () => {
    const body = Array.from({ length: 20_000 }, (_, index) => row(valueCell(index) + valueCell(index * 7))).join('')
    const long = odsWith(body + row(valueCell(1), ' table:number-rows-repeated="1000000000"'))
    expect(refusal(() => readWorkbook(long))?.code).toBe('too_large')
    expect(readWorkbook(odsWith(body)).sheets[0].rows).toHaveLength(20_000)
  })
})

describe('zip sizes', () => {
  const xlsx = () => oldStyleWorkbook('xlsx')

  it('refuses a part that declares it unpacks to 4 GB (a zip bomb), in one line', () => {
    const bomb = declareSize(xlsx(), 'xl/worksheets/sheet2.xml', 0xf0000000)
    const error = refusal(() => readWorkbook(bomb))
    expect(error?.code).toBe('too_large')
    expect(error?.message).toBe(
      'The file\'s part "xl/worksheets/sheet2.xml" unpacks to 3,840 MB; MAPPA Desk reads parts up to 500 MB (a zip bomb?)'
    )
  })

  it('refuses a file whose parts together unpack beyond the cap', () => {
    const error = refusal(() => checkBeforeParse(sniffedAs(xlsx(), 'xlsx'), { maxCells: MAX_CELLS, maxUnpackedBytes: 4096 }))
    expect(error?.message).toMatch(/^The file unpacks to \d+ MB; MAPPA Desk reads files that unpack to 1 MB at most \(a zip bomb\?\)$/)
  })

  it('refuses a part that unpacks to more than it declares, before it is all unpacked', () => {
    const zeros = zipSync({
      mimetype: [strToU8(ODS_MIME), { level: 0 }],
      'META-INF/manifest.xml': strToU8(MANIFEST),
      'content.xml': new Uint8Array(8 * 1024 * 1024)
    })
    const lying = declareSize(zeros, 'content.xml', 1000, 'both')
    expect(refusal(() => readWorkbook(lying))?.message).toBe(
      'The file is damaged: its part "content.xml" unpacks to more than its zip directory declares'
    )
  })

  it('unpacks an xlsx to prove its sizes only where deflate could take it past the caps', () => {
    // Deflated as Excel writes it, sheet1.xml says it unpacks to 100 bytes: a lie, as the reader would find.
    const deflated = new Uint8Array(XLSX.write(XLSX.read(xlsx()), { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer)
    const lying = declareSize(deflated, 'xl/worksheets/sheet1.xml', 100, 'both')
    // Packed this small, no part could unpack past 500 MB nor all of them past 1,000 MB: nothing to prove.
    expect(refusal(() => checkBeforeParse(sniffedAs(lying, 'xlsx'), { maxCells: MAX_CELLS }))).toBeUndefined()
    // Under a cap its 13 kB of packed parts could pass at deflate's utmost ratio, every part is unpacked and the lie found.
    const maxUnpackedBytes = 100 * 1024
    expect(refusal(() => checkBeforeParse(sniffedAs(lying, 'xlsx'), { maxCells: MAX_CELLS, maxUnpackedBytes }))?.message).toBe(
      'The file is damaged: its part "xl/worksheets/sheet1.xml" unpacks to more than its zip directory declares'
    )
  })

  it('refuses a part bigger than the per-part cap', () => {
    const big = zipSync({
      mimetype: [strToU8(ODS_MIME), { level: 0 }],
      'META-INF/manifest.xml': strToU8(MANIFEST),
      'content.xml': new Uint8Array(2 * 1024 * 1024)
    })
    expect(refusal(() => checkBeforeParse(sniffedAs(big, 'ods'), { maxCells: MAX_CELLS, maxPartBytes: 1024 * 1024 }))?.message).toMatch(
      /part "content\.xml" unpacks to 2 MB/
    )
  })

  it('refuses a zip holding a Numbers package SheetJS would open instead', () => {
    const nested = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'Index.zip': odsWith(row(valueCell(1))) })
    expect(refusal(() => readWorkbook(nested))?.code).toBe('unsupported_file')
  })
})

describe('text files', () => {
  const text = (value: string) => new TextEncoder().encode(value)

  it('refuses a flat ODS (XML) named .csv, which SheetJS would expand as a spreadsheet', () => {
    const flat = text(
      `<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:spreadsheet><table:table>${row(valueCell(1), ' table:number-rows-repeated="1000000000"')}</table:table></office:spreadsheet></office:body></office:document>`
    )
    expect(refusal(() => readWorkbook(flat))?.message).toBe(
      'This is an XML or HTML file, not a CSV table: import .xlsx, .xls, .ods or .csv files'
    )
    // SheetJS also reads markup after one character from U+F000 on (its first byte 0xEF, the fourth '<').
    expect(refusal(() => readWorkbook(text(`\uf900<table><tr><td>1</td></tr></table>`)))?.code).toBe('unsupported_file')
  })

  it('refuses text that SheetJS would read as a zip or a dBASE file', () => {
    const zipLike = text(`PK\x01\x02${'Area,Count\n'.repeat(40)}`)
    expect(refusal(() => readWorkbook(zipLike))?.message).toMatch(/^This file starts with binary data, not a CSV table/)
  })

  it('refuses a CSV with more fields than cells allowed, before parsing', () => {
    const csv = text('Area,Count\nEssex,1867\nKent,1200\n')
    expect(refusal(() => checkBeforeParse(sniffedAs(csv, 'csv'), { maxCells: 100 }))).toBeUndefined()
    expect(refusal(() => checkBeforeParse(sniffedAs(csv, 'csv'), { maxCells: 5 }))?.code).toBe('too_large')
  })

  it('counts a separator declared on a sep= line', () => {
    // Four line ends and four "#": nine fields at most, where the usual separators alone would count five.
    const csv = text('sep=#\nArea#Count\nEssex#1867\nKent#1200\n')
    expect(refusal(() => checkBeforeParse(sniffedAs(csv, 'csv'), { maxCells: 8 }))?.code).toBe('too_large')
  })
})

describe('sheet shape', () => {
  it('refuses a merged area beyond column XFD before any recogniser walks it', () => {
    const sheet = XLSX.utils.aoa_to_sheet([['Group'], ['Area', 'Count'], ['Essex', 1867]])
    sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 20_000 } }]
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, sheet, 'Table 1')
    const bytes = new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer)
    expect(refusal(() => readWorkbook(bytes))?.message).toMatch(/^A merged area in sheet "Table 1" reaches beyond column XFD/)
  })

  it('refuses an xlsx sheet flooded with merged areas in one line', () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Area', 'Count'],
      ['Essex', 1867]
    ])
    sheet['!merges'] = Array.from({ length: 100_001 }, (_, index) => ({ s: { r: index + 2, c: 0 }, e: { r: index + 2, c: 1 } }))
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, sheet, 'Table 1')
    const bytes = new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer)
    expect(refusal(() => readWorkbook(bytes))?.message).toBe(
      'Sheet "Table 1" has more than 100,000 merged areas; MAPPA tables have a few dozen'
    )
  }, 60_000)

  it('refuses a row wider than column XFD', () => {
    expect(refusal(() => checkSheetShape('Wide', [new Array(16_385)], []))?.code).toBe('too_large')
    expect(refusal(() => checkSheetShape('Fine', [new Array(16_384)], [{ e: { c: 16_383 } }]))).toBeUndefined()
  })
})

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus')
const corpus = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((name) => /\.(ods|xlsx)$/.test(name) && !name.includes('pass_protected'))
  : []

describe.skipIf(corpus.length === 0)('real files', () => {
  it.each(corpus)('%s passes the limits', (name) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, name)))
    expect(
      refusal(() => checkBeforeParse(sniffedAs(bytes, name.endsWith('.ods') ? 'ods' : 'xlsx'), { maxCells: MAX_CELLS }))
    ).toBeUndefined()
  })

  it('passes the fixtures of every format', () => {
    for (const format of ['xlsx', 'ods', 'csv'] as const) {
      expect(refusal(() => checkBeforeParse(sniffedAs(oldStyleWorkbook(format), format), { maxCells: MAX_CELLS }))).toBeUndefined()
    }
    expect(
      refusal(() => checkBeforeParse(sniffedAs(workbookBytes({ T: [['a', 1]] }, 'xlsx'), 'xlsx'), { maxCells: MAX_CELLS }))
    ).toBeUndefined()
  })
})
