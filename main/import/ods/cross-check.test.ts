// Holds the streaming ODS reader to SheetJS's reading, cell for cell, on every .ods the project
// makes or keeps: the fixture builders, the large police-crime shape, the shared corpus, hand-written features.

import * as XLSX from '@e965/xlsx'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accessibleBook, oldStyleBook, oldStyleWorkbook, workbookBytes } from '../../testing/fixtures'
import { largeOds } from '../../testing/large-ods'
import { numberCell, odsFile, row, table, textCell } from '../../testing/ods'
import { readWorkbook, readWithSheetJS, type Workbook } from '../workbook'

/** Sheets as both readers can be compared: a row no cell reached is a hole in SheetJS's grid and [] in the reader's. */
const comparable = (book: Workbook) =>
  book.sheets.map((sheet) => ({
    name: sheet.name,
    merges: sheet.merges,
    rows: Array.from(sheet.rows, (cells) => Array.from(cells ?? [], (cell) => cell ?? null))
  }))

function expectSameAsSheetJS(bytes: Uint8Array): Workbook {
  const streamed = readWorkbook(bytes)
  expect(comparable(streamed)).toEqual(comparable(readWithSheetJS({ format: 'ods', bytes })))
  return streamed
}

/** A book SheetJS writes with every kind of value its ODS writer knows. */
function sheetjsTypesBook(): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Area', 'Count', 'Share', 'Checked', 'Published'],
    ['Essex', 1867, 0.254, true, new Date(Date.UTC(2022, 9, 27))],
    ['Durham & Darlington', 406.5, -0.01, false, new Date(Date.UTC(2023, 0, 1))],
    ['  padded  text ', 0, 1e-7, true, 'n/a']
  ])
  sheet['!merges'] = [{ s: { r: 3, c: 3 }, e: { r: 3, c: 4 } }]
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'Types')
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Notes'], [], [], ['1. Figures at 31 March.']]), 'Notes')
  return new Uint8Array(XLSX.write(book, { bookType: 'ods', type: 'buffer' }) as Buffer)
}

describe('the streaming ODS reader reads what SheetJS read', () => {
  const fixtures: [string, () => Uint8Array][] = [
    ['the old-style area table', () => oldStyleWorkbook('ods')],
    [
      'the old-style area table with text numbers',
      () => oldStyleWorkbook('ods', { isTextNumbers: true, overrides: { Dorset: { other_dangerous: '[c]' } } })
    ],
    ['the old-style MoJ book with merged headers', () => oldStyleBook('ods', { year: 2022 })],
    ['the accessible MoJ book', () => accessibleBook('ods', { year: 2024 })],
    [
      'a two-sheet book',
      () =>
        workbookBytes(
          {
            First: [
              ['a', 1],
              [null, 2.5]
            ],
            Second: [[], [], ['x', null, -3]]
          },
          'ods'
        )
    ],
    ['every value type SheetJS writes', sheetjsTypesBook],
    ['the police recorded crime shape, two sheets of 2,000 rows', () => largeOds({ sheets: 2, rowsPerSheet: 2_000 })]
  ]
  it.each(fixtures)('%s', (_, build) => {
    const book = expectSameAsSheetJS(build())
    expect(book.sheets.every((sheet) => !sheet.isHidden)).toBe(true)
  })
})

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus')
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith('.ods') && !name.includes('pass_protected')) : []

describe.skipIf(corpus.length === 0)('the shared corpus, read both ways', () => {
  it.each(corpus)('%s', (name) => {
    expectSameAsSheetJS(new Uint8Array(readFileSync(join(CORPUS, name))))
  })
})

const sheet1 = (rows: string) => odsFile(table('Sheet1', rows))
const cell = (attributes: string, inner = '') => `<table:table-cell${attributes}>${inner}</table:table-cell>`

describe('hand-written content.xml, read both ways', () => {
  const cases: [string, Uint8Array][] = [
    [
      'several tables',
      odsFile(
        table('Cover', row(textCell('MAPPA annual report'))) +
          table('Table 1', row(textCell('Area') + numberCell(3))) +
          table('Table 2', row(numberCell(4)))
      )
    ],
    [
      'repeated rows and columns of filled cells',
      sheet1(row(numberCell(7, ' table:number-columns-repeated="3"'), ' table:number-rows-repeated="4"') + row(textCell('after')))
    ],
    [
      'empty cells and rows between filled ones',
      sheet1(
        row('<table:table-cell table:number-columns-repeated="3"/>' + numberCell(1)) +
          row('<table:table-cell/>', ' table:number-rows-repeated="5"') +
          row(textCell('x'))
      )
    ],
    [
      'merged cells with covered cells, as LibreOffice writes them',
      sheet1(
        row(
          textCell('Group', ' table:number-columns-spanned="3" table:number-rows-spanned="2"') +
            '<table:covered-table-cell table:number-columns-repeated="2"/>' +
            numberCell(9)
        ) + row('<table:covered-table-cell table:number-columns-repeated="3"/>' + numberCell(10))
      )
    ],
    [
      'every value type',
      sheet1(
        row(
          cell(' office:value-type="percentage" office:value="0.254"', '<text:p>25.4%</text:p>') +
            cell(' office:value-type="currency" office:currency="GBP" office:value="1867.5"', '<text:p>£1,867.50</text:p>') +
            cell(' office:value-type="date" office:date-value="2022-03-31"', '<text:p>31/03/2022</text:p>') +
            cell(' office:value-type="date" office:date-value="2022-03-31T12:30:00"') +
            cell(' office:value-type="time" office:time-value="PT12H30M00S"', '<text:p>12:30:00</text:p>') +
            cell(' office:value-type="boolean" office:boolean-value="true"', '<text:p>TRUE</text:p>') +
            cell(' office:value-type="boolean" office:boolean-value="false"') +
            cell(' office:value-type="float" office:value="42"') +
            cell(' office:value-type="float" office:value="0" calcext:value-type="error"', '<text:p>#DIV/0!</text:p>')
        )
      )
    ],
    [
      'paragraphs, spaces, tabs, line breaks, spans and links',
      sheet1(
        row(
          textCell('first</text:p><text:p>second') +
            textCell('a<text:s/>b<text:s text:c="3"/>c') +
            textCell('col<text:tab/>umn<text:line-break/>next') +
            textCell('<text:span text:style-name="T1">bold</text:span> and <text:a xlink:href="https://example.org/">a link</text:a>') +
            textCell('  spread \n  over\tlines  ')
        )
      )
    ],
    ['an empty paragraph between two', sheet1(row(textCell('one</text:p><text:p/><text:p>three')))],
    [
      'a comment on a cell is not its text',
      sheet1(
        row(
          cell(
            ' office:value-type="string"',
            '<office:annotation><dc:creator>Ed</dc:creator><text:p>check this</text:p></office:annotation><text:p>Essex</text:p>'
          ) +
            cell(
              ' office:value-type="float" office:value="5"',
              '<office:annotation><text:p>note</text:p></office:annotation><text:p>5</text:p>'
            )
        )
      )
    ],
    ['entities in text', sheet1(row(textCell('Devon &amp; Cornwall &lt;2&gt; &quot;x&quot; &#233;&#x20AC;')))],
    [
      'a text cell with no paragraph is only formatting',
      sheet1(
        row(cell(' office:value-type="string" table:style-name="ce1"') + numberCell(1)) +
          row(cell(' table:style-name="ce1" table:number-columns-repeated="16383"'), ' table:number-rows-repeated="1000"')
      )
    ],
    [
      'space-only cells still make their rows as long',
      sheet1(
        row(numberCell(1) + textCell(' ') + cell(' office:value-type="float" office:value="3"', '<text:p/>')) +
          row(textCell('   ', ' table:number-columns-repeated="4"'))
      )
    ],
    [
      'a float formatted as a date',
      odsFile({
        automaticStyles:
          '<number:date-style style:name="N37"><number:day/><number:text>/</number:text><number:month/></number:date-style><style:style style:name="ce9" style:family="table-cell" style:data-style-name="N37"/>',
        tables: table(
          'Sheet1',
          row(numberCell(44651, ' table:style-name="ce9"', '31/03') + numberCell(44651, ' table:style-name="ce9"', '')) +
            row(numberCell(60.5, ' table:style-name="ce9"', 'leap'))
        )
      })
    ],
    [
      'a comment in the XML hides nothing',
      sheet1(`<!-- ${row(numberCell(1), ' table:number-rows-repeated="1000000000"')} -->${row(numberCell(2))}`)
    ]
  ]
  it.each(cases)('%s', (_, bytes) => {
    expectSameAsSheetJS(bytes)
  })
})
