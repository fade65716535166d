// The table as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel then opens it right),
// title above, figures as plain numbers, markers as their tokens, source and notes below.
// Any text that a spreadsheet could take for a formula is neutralised; numbers never are.

import { neutraliseFormula } from '../../contract/spreadsheet-text'
import { documentText } from '../../domain/safe-text'
import { footerLines, type TableSpec } from './spec'

const BOM = '\uFEFF'

function quoted(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvField(value: number | string): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  return quoted(neutraliseFormula(documentText(value)))
}

const line = (fields: (number | string)[]) => fields.map(csvField).join(',')

export function tableCsv(spec: TableSpec): string {
  const lines = [
    line([spec.dataTitle]),
    '',
    line([spec.rowHeader, ...spec.columns.map((column) => column.dataHeader)]),
    ...spec.rows.map((row) => line([row.label, ...row.cells.map((cell) => cell.data)])),
    '',
    ...footerLines(spec).map((text) => line([text]))
  ]
  return `${BOM}${lines.join('\r\n')}\r\n`
}

export function writeCsv(spec: TableSpec): Uint8Array {
  return new TextEncoder().encode(tableCsv(spec))
}
