// The table as an Excel workbook following the gov.uk Analysis Function standard for releasing
// statistics in spreadsheets: Cover first, Contents when there is more than one table, Notes,
// then one table per sheet with its title in A1, a frozen header row, real numbers with number
// formats, markers as text. No merged cells, no blank rows inside a table, no formulas.

import ExcelJS from 'exceljs'
import { documentText } from '../../domain/safe-text'
import { markersLine, type TableCell, type TableSpec } from './spec'

const TITLE_FONT = { bold: true, size: 15 }
const HEADING_FONT = { bold: true, size: 12 }
const HIGHLIGHT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF1B8' } }
/** gov.uk asks for sheet names without spaces: Table_1, Table_2 … */
const tableSheetName = (index: number) => `Table_${index + 1}`
const CONTACT = 'Contact: the journalist or data desk named with the story this table accompanies.'

export function numberFormat(cell: TableCell): string {
  const decimals = cell.decimals > 0 ? `.${'0'.repeat(cell.decimals)}` : ''
  const base = `#,##0${decimals}`
  return cell.isSigned ? `+${base};-${base};${base}` : base
}

function sheetNotes(spec: TableSpec): string[] {
  const markers = markersLine(spec)
  return [
    'This worksheet contains one table.' +
      (spec.notes.length > 0 ? ' Some cells refer to notes which can be found in the Notes worksheet.' : ''),
    spec.sourceLine,
    ...(markers ? [`Markers used in this table: ${markers}.`] : []),
    ...(spec.rows.some((row) => row.isHighlighted)
      ? [`The highlighted row (bold) is ${spec.rows.find((row) => row.isHighlighted)!.label}.`]
      : [])
  ]
}

function addCover(book: ExcelJS.Workbook, specs: TableSpec[]): void {
  const sheet = book.addWorksheet('Cover')
  const [first] = specs
  const lines: [string, Partial<ExcelJS.Font> | undefined][] = [
    [specs.length === 1 ? first.dataTitle : 'MAPPA figures', TITLE_FONT],
    [
      `This workbook contains ${specs.length === 1 ? 'one table' : `${specs.length} tables`} of Multi-Agency Public Protection Arrangements (MAPPA) figures, made with MAPPA Desk.`,
      undefined
    ],
    ['Source', HEADING_FONT],
    [[...new Set(specs.map((spec) => spec.sourceLine))].join(' '), undefined],
    ['Date', HEADING_FONT],
    [`Made on ${first.madeOn}.`, undefined],
    ['Contact', HEADING_FONT],
    [CONTACT, undefined]
  ]
  lines.forEach(([text, font], index) => {
    const cell = sheet.getCell(index + 1, 1)
    cell.value = text
    if (font) cell.font = font
  })
  sheet.getColumn(1).width = 110
}

function addContents(book: ExcelJS.Workbook, specs: TableSpec[]): void {
  const sheet = book.addWorksheet('Contents', { views: [{ state: 'frozen', ySplit: 3 }] })
  sheet.getCell('A1').value = 'Contents'
  sheet.getCell('A1').font = TITLE_FONT
  sheet.getCell('A2').value = `This worksheet contains one table listing the ${specs.length} tables in this workbook.`
  sheet.addRow(['Sheet name', 'Table title']).font = { bold: true }
  specs.forEach((spec, index) => sheet.addRow([tableSheetName(index), spec.dataTitle]))
  sheet.getColumn(1).width = 14
  sheet.getColumn(2).width = 100
}

function addNotes(book: ExcelJS.Workbook, specs: TableSpec[]): void {
  const notes = specs.flatMap((spec) => spec.notes)
  const sheet = book.addWorksheet('Notes', { views: [{ state: 'frozen', ySplit: 3 }] })
  sheet.getCell('A1').value = 'Notes'
  sheet.getCell('A1').font = TITLE_FONT
  sheet.getCell('A2').value =
    notes.length > 0
      ? 'This worksheet contains one table of the notes the tables refer to.'
      : 'There are no notes for the tables in this workbook.'
  sheet.addRow(['Note number', 'Note text']).font = { bold: true }
  for (const note of notes) sheet.addRow([note.ref, note.text])
  sheet.getColumn(1).width = 14
  sheet.getColumn(2).width = 110
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' }
}

function addTable(book: ExcelJS.Workbook, spec: TableSpec, index: number): void {
  const preamble = sheetNotes(spec)
  const headerRow = preamble.length + 2
  const sheet = book.addWorksheet(tableSheetName(index), { views: [{ state: 'frozen', ySplit: headerRow, xSplit: 1 }] })
  sheet.getCell('A1').value = spec.dataTitle
  sheet.getCell('A1').font = TITLE_FONT
  preamble.forEach((text, at) => (sheet.getCell(at + 2, 1).value = text))
  const header = sheet.getRow(headerRow)
  header.values = [spec.rowHeader, ...spec.columns.map((column) => column.dataHeader)]
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'bottom' }
  spec.rows.forEach((tableRow, at) => {
    const row = sheet.getRow(headerRow + 1 + at)
    row.getCell(1).value = tableRow.label
    tableRow.cells.forEach((cell, column) => {
      const target = row.getCell(column + 2)
      target.value = cell.data
      if (typeof cell.data === 'number') target.numFmt = numberFormat(cell)
      else target.alignment = { horizontal: 'right' }
      if (cell.status === 'derived') target.font = { italic: true }
    })
    if (tableRow.isHighlighted || tableRow.kind === 'total') {
      row.eachCell((cell) => {
        cell.font = { ...cell.font, bold: true }
        if (tableRow.isHighlighted) cell.fill = HIGHLIGHT_FILL
      })
    }
  })
  sheet.getColumn(1).width = Math.min(40, Math.max(spec.rowHeader.length, ...spec.rows.map((row) => row.label.length)) + 2)
  spec.columns.forEach((column, at) => {
    const widest = Math.max(...spec.rows.map((row) => row.cells[at].text.length), 8)
    sheet.getColumn(at + 2).width = Math.min(24, Math.max(widest + 2, Math.ceil(column.dataHeader.length / 2) + 2))
  })
}

/** Every text the workbook holds, as its XML parts may carry it: characters XML forbids are dropped. */
function keepToDocumentText(book: ExcelJS.Workbook): void {
  book.title = documentText(book.title)
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value !== 'string') return
        const text = documentText(cell.value)
        if (text !== cell.value) cell.value = text
      })
    )
  )
}

/** A workbook of one or more tables; the registry's writer gives it one. */
export async function workbookOf(specs: TableSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  book.creator = 'MAPPA Desk'
  book.title = specs[0]?.dataTitle ?? 'MAPPA figures'
  addCover(book, specs)
  if (specs.length > 1) addContents(book, specs)
  addNotes(book, specs)
  specs.forEach((spec, index) => addTable(book, spec, index))
  keepToDocumentText(book)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

export function writeXlsx(spec: TableSpec): Promise<Uint8Array> {
  return workbookOf([spec])
}
