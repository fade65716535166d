// What the streaming ODS reader does on its own: where it reads a file better than SheetJS did,
// the hostile files it refuses in one line, its reading in any pieces, and the progress it reports.

import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { largeOds } from '../../testing/large-ods'
import { contentXml, MANIFEST, numberCell, ODS_MIME, odsFile, odsZip, row, table, textCell } from '../../testing/ods'
import { expectOneLineRefusal, refusal } from '../../testing/refusals'
import { MAX_COLUMNS, MAX_MERGED_AREAS } from '../limits'
import { readWorkbook, readWithSheetJS, MAX_CELLS, MAX_ROWS_PER_SHEET } from '../workbook'
import { OdsContent } from './content'
import { OdsStyles } from './styles'
import { XmlScanner } from './xml-scanner'

const sheet1 = (rows: string) => odsFile(table('Sheet1', rows))
const firstRows = (bytes: Uint8Array) => readWorkbook(bytes).sheets[0].rows

describe('where the reader is right and SheetJS was not', () => {
  it('says which sheets are hidden (SheetJS reports no ODS sheet as hidden)', () => {
    const hiddenStyle = '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
    const bytes = odsFile({
      automaticStyles: hiddenStyle,
      tables: table('Shown', row(numberCell(1))) + table('Workings', row(numberCell(2)), ' table:style-name="ta2"')
    })
    expect(readWorkbook(bytes).sheets.map((sheet) => [sheet.name, sheet.isHidden])).toEqual([
      ['Shown', false],
      ['Workings', true]
    ])
  })

  it('decodes entities in sheet names (SheetJS kept "&amp;")', () => {
    const bytes = odsFile(table('Devon &amp; Cornwall', row(numberCell(1))))
    expect(readWithSheetJS({ format: 'ods', bytes }).sheets[0].name).toBe('Devon &amp; Cornwall')
    expect(readWorkbook(bytes).sheets[0].name).toBe('Devon & Cornwall')
  })

  it('keeps text that looks like an Excel escape as written (SheetJS made "_x0041_" an "A")', () => {
    expect(firstRows(sheet1(row(textCell('code _x0041_'))))[0][0]?.text).toBe('code _x0041_')
  })

  it('reads a value cell written as an empty element (SheetJS dropped it)', () => {
    const bytes = sheet1(row('<table:table-cell office:value-type="float" office:value="1867" table:number-columns-repeated="2"/>'))
    expect(firstRows(bytes)[0]).toEqual([
      { text: '1867', number: 1867 },
      { text: '1867', number: 1867 }
    ])
  })

  it('reads office:string-value as the text of a cell without paragraphs', () => {
    const bytes = sheet1(
      row('<table:table-cell office:value-type="string" office:string-value="Essex"></table:table-cell>' + numberCell(1))
    )
    expect(firstRows(bytes)[0]).toEqual([{ text: 'Essex' }, { text: '1', number: 1 }])
  })

  it('advances past an empty row written as an empty element (SheetJS read the next row into its place)', () => {
    const bytes = sheet1(row(textCell('Area')) + '<table:table-row table:number-rows-repeated="2"/>' + row(textCell('Essex')))
    expect(firstRows(bytes).map((cells) => cells[0]?.text)).toEqual(['Area', undefined, undefined, 'Essex'])
  })

  it('takes a merge from an empty merged cell too', () => {
    const bytes = sheet1(row(numberCell(1) + '<table:table-cell table:number-columns-spanned="2"/><table:covered-table-cell/>'))
    expect(readWorkbook(bytes).sheets[0].merges).toEqual([{ s: { r: 0, c: 1 }, e: { r: 0, c: 2 } }])
  })

  it('keeps a cell whose value is not a number as text, with no number (SheetJS stored NaN)', () => {
    expect(firstRows(sheet1(row(numberCell(Number.NaN, '', 'n/a'))))[0][0]).toEqual({ text: 'n/a' })
  })
})

describe('hostile files, refused in one line before anything large is allocated', () => {
  it('refuses a filled row repeated 1,048,576 times as more rows than a sheet may have', () => {
    const error = refusal(() => readWorkbook(sheet1(row(numberCell(1), ' table:number-rows-repeated="1048576"'))))
    expect(error?.message).toBe(
      `Sheet "Sheet1" has more than ${MAX_ROWS_PER_SHEET.toLocaleString('en-GB')} rows; MAPPA tables are far smaller`
    )
  })

  it('refuses a filled cell repeated across 16,384 columns in a million-row repeat as too many cells', () => {
    const bomb = sheet1(row(numberCell(1, ' table:number-columns-repeated="16384"'), ' table:number-rows-repeated="1000000"'))
    expect(refusal(() => readWorkbook(bomb))?.message).toBe(
      `The file's repeated rows and columns claim more than ${MAX_CELLS.toLocaleString('en-GB')} filled cells; MAPPA tables are far smaller`
    )
  })

  it('refuses a filled cell below row 200,000, wherever the rows before it came from', () => {
    const padded = sheet1(row('<table:table-cell/>', ` table:number-rows-repeated="${MAX_ROWS_PER_SHEET}"`) + row(textCell('below')))
    expect(refusal(() => readWorkbook(padded))?.code).toBe('too_large')
    const justFits = sheet1(row('<table:table-cell/>', ` table:number-rows-repeated="${MAX_ROWS_PER_SHEET - 1}"`) + row(textCell('last')))
    expect(firstRows(justFits)).toHaveLength(MAX_ROWS_PER_SHEET)
  })

  it('refuses a merged area beyond column XFD', () => {
    const wide = sheet1(row(textCell('Group', ` table:number-columns-spanned="${MAX_COLUMNS + 1}"`)))
    expect(refusal(() => readWorkbook(wide))?.message).toMatch(/^A merged area in sheet "Sheet1" reaches beyond column XFD/)
  })

  it('refuses a flood of merged areas, and reads as many as the cap allows', () => {
    const merged = (count: number) =>
      sheet1(row(textCell('Group', ' table:number-columns-spanned="2"') + '<table:covered-table-cell/>').repeat(count))
    expect(readWorkbook(merged(MAX_MERGED_AREAS)).sheets[0].merges).toHaveLength(MAX_MERGED_AREAS)
    expect(refusal(() => readWorkbook(merged(MAX_MERGED_AREAS + 1)))?.message).toBe(
      `Sheet "Sheet1" has more than 100,000 merged areas; MAPPA tables have a few dozen`
    )
  }, 60_000)

  it('refuses a tag over a megabyte long before holding it whole', () => {
    const long = sheet1(
      row(
        `<table:table-cell office:value-type="string" table:style-name="${'x'.repeat(2 * 1024 * 1024)}"><text:p>a</text:p></table:table-cell>`
      )
    )
    expect(refusal(() => readWorkbook(long))?.message).toBe('The ODS file is damaged: its content.xml holds a tag over a megabyte long')
  })

  it('refuses tags nested deeper than any spreadsheet nests them', () => {
    const deep = sheet1(row(textCell(`${'<text:span>'.repeat(20_000)}1${'</text:span>'.repeat(20_000)}`)))
    expect(refusal(() => readWorkbook(deep))?.message).toBe('The ODS file is damaged: its content.xml nests tags more than 10,000 deep')
    const nested = sheet1(row(textCell(`${'<text:span>'.repeat(5_000)}1${'</text:span>'.repeat(5_000)}`)))
    expect(firstRows(nested)[0][0]?.text).toBe('1')
  })

  it('refuses a cell whose spaces would run to gigabytes', () => {
    const spaces = sheet1(row(textCell('<text:s text:c="1000000000"/>'.repeat(4))))
    expect(refusal(() => readWorkbook(spaces))?.message).toBe(
      'The ODS file is damaged: a cell in its content.xml holds text over a megabyte long'
    )
  })

  it.each([
    [
      'a close tag that closes the wrong element',
      row(textCell('a')).replace('</table:table-row>', '</table:table>'),
      /<\/table:table> closes <table:table-row>/
    ],
    [
      'an attribute without quotes',
      row('<table:table-cell office:value-type=float><text:p>1</text:p></table:table-cell>'),
      /attribute without quotes/
    ],
    ['a content.xml cut off mid-way', 'TRUNCATE', /ends (in the middle of a tag|before)/]
  ])('refuses XML that is not well-formed: %s', (_, rows, reason) => {
    const whole = contentXml({ tables: table('Sheet1', rows === 'TRUNCATE' ? row(textCell('a')) : rows) })
    const content = rows === 'TRUNCATE' ? whole.slice(0, whole.length / 2) : whole
    const error = refusal(() => readWorkbook(odsZip({ 'content.xml': content })))
    expect(error?.code).toBe('corrupt_file')
    expect(error?.message).toMatch(/^The ODS file is damaged or truncated and cannot be read \(its content\.xml is not well-formed XML: /)
    expect(error?.message).toMatch(reason)
  })

  it('refuses an ODS with no content.xml in the line SheetJS gave', () => {
    expect(refusal(() => readWorkbook(odsZip({ 'styles.xml': '<x/>' })))?.message).toBe(
      'The ODS file is damaged or truncated and cannot be read (Missing content.xml in ODS / UOF file)'
    )
  })

  it('refuses a content.xml encrypted in the zip as password-protected', () => {
    const zip = odsZip({ 'content.xml': contentXml({ tables: table('Sheet1', row(numberCell(1))) }) })
    // Set bit 0 (encrypted) of the general-purpose flags in content.xml's local header.
    const at = Buffer.from(zip).indexOf(Buffer.from('content.xml')) - 30
    zip[at + 6] |= 1
    expect(refusal(() => readWorkbook(zip))?.code).toBe('encrypted_file')
  })

  it('reads the sheets when styles.xml is damaged, losing only its styles', () => {
    const bytes = zipSync({
      mimetype: [strToU8(ODS_MIME), { level: 0 }],
      'META-INF/manifest.xml': strToU8(MANIFEST),
      'styles.xml': strToU8('<office:document-styles><oops'),
      'content.xml': strToU8(contentXml({ tables: table('Sheet1', row(numberCell(1))) }))
    })
    expect(firstRows(bytes)[0][0]?.number).toBe(1)
  })
})

describe('reading as the text streams in', () => {
  const content = contentXml({
    automaticStyles: '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="false"/></style:style>',
    tables:
      table(
        'Counts',
        row(numberCell(1, ' table:number-columns-repeated="3"'), ' table:number-rows-repeated="4"') +
          '<!-- a <table:table-row table:number-rows-repeated="99"> -->' +
          row(textCell('Devon &amp; Cornwall<text:s text:c="2"/>x') + numberCell(2, ' table:style-name="x&gt;y"'))
      ) + table('Hidden', row(textCell('<![CDATA[a <b> & c]]>')), ' table:style-name="ta1"')
  })

  function readPieces(pieces: string[]) {
    const reader = new OdsContent(new OdsStyles(), { maxCells: MAX_CELLS, maxColumns: MAX_COLUMNS, maxRowsPerSheet: MAX_ROWS_PER_SHEET })
    const scanner = new XmlScanner(reader)
    for (const piece of pieces) scanner.push(piece)
    scanner.end()
    return reader.sheets
  }

  it('reads the same sheets wherever the text is cut into pieces', () => {
    const whole = readPieces([content])
    expect(whole.map((sheet) => sheet.name)).toEqual(['Counts', 'Hidden'])
    expect(whole[0].rows[4].map((cell) => cell?.text)).toEqual(['Devon & Cornwall  x', '2'])
    expect(whole[1]).toMatchObject({ isHidden: true, rows: [[{ text: 'a <b> & c' }]] })
    for (let cut = 1; cut < content.length; cut += 5) {
      expect(readPieces([content.slice(0, cut), content.slice(cut, cut + 11), content.slice(cut + 11)]), `cut at ${cut}`).toEqual(whole)
    }
  })

  it('reports progress as it reads, by the packed bytes of content.xml it has unpacked', () => {
    const reported: number[] = []
    readWorkbook(largeOds({ sheets: 1, rowsPerSheet: 20_000 }), (phase, progress) => {
      if (phase === 'Reading the file') reported.push(progress)
    })
    expect(reported.length).toBeGreaterThan(10)
    expect(reported).toEqual([...reported].sort((a, b) => a - b))
    expect(reported[0]).toBeLessThan(0.15)
    expect(reported.at(-1)).toBeGreaterThan(0.5)
  })
})

describe('content.xml garbled with XML-like fragments, fuzzed', () => {
  const base = contentXml({
    automaticStyles:
      '<number:date-style style:name="N1"><number:day/></number:date-style><style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>',
    tables:
      table(
        'Table 1',
        row(textCell('Area') + textCell('Count')) +
          row(textCell('Essex') + numberCell(1867, ' table:style-name="ce1"')) +
          row('<table:covered-table-cell/>' + textCell('a<text:s text:c="2"/>b<text:tab/>'))
      ) + table('Notes', row(textCell('1. Figures &amp; notes')))
  })
  const fragment = fc.constantFrom(
    '<',
    '>',
    '"',
    "'",
    '&',
    '&#0;',
    '&#x110000;',
    ']]>',
    '<![CDATA[',
    '<!--',
    '-->',
    '<?x',
    '/>',
    '</table:table-cell>',
    '</table:table-row>',
    '<table:table-row>',
    '<table:table-cell office:value-type="time" office:time-value="P1Y">',
    ' table:number-rows-repeated="1000000"',
    ' table:number-columns-repeated="16385"',
    ' table:number-columns-spanned="99999"',
    '<text:s text:c="999999999"/>',
    '<office:annotation>',
    '<draw:frame>',
    '<table:table table:name="x">',
    'office:value-type="date" office:date-value="garbage"'
  )
  const edits = fc.array(fc.tuple(fc.nat(), fragment, fc.boolean()), { minLength: 1, maxLength: 6 })

  it('reads or refuses in one line, never with an internal error', () => {
    fc.assert(
      fc.property(edits, (changes) => {
        const content = changes.reduce((text, [at, piece, isInsert]) => {
          const where = at % text.length
          return text.slice(0, where) + piece + text.slice(isInsert ? where : where + piece.length)
        }, base)
        try {
          readWorkbook(odsZip({ 'content.xml': content }))
        } catch (error) {
          expectOneLineRefusal(error)
        }
      }),
      { numRuns: Number(process.env.MAPPA_FUZZ_RUNS ?? 300), seed: Number(process.env.MAPPA_FUZZ_SEED ?? 20261201) }
    )
  })
})
