// Every table format MAPPA Desk writes, one entry per writer (one file each): its name, file
// extension and media type. Adding a format is adding an entry here; nothing else lists them.

import { fileStem } from '../../contract/file-names'
import { AppError } from '../../contract/errors'
import { writeCsv } from './csv'
import { writeHtml } from './html'
import { writeIndesign } from './indesign'
import { writeMarkdown } from './markdown'
import type { TableSpec } from './spec'
import type { TableFormat } from '../../contract/types'

export type { TableFormat }

export interface TableWriter {
  format: TableFormat
  /** For the export dialog: "CSV (Excel, Google Sheets)". */
  label: string
  extension: string
  mimeType: string
  write(spec: TableSpec): Uint8Array | Promise<Uint8Array>
}

export const TABLE_WRITERS: readonly TableWriter[] = [
  { format: 'csv', label: 'CSV for spreadsheets', extension: 'csv', mimeType: 'text/csv', write: writeCsv },
  {
    format: 'xlsx',
    label: 'Excel workbook (gov.uk layout)',
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    // exceljs is loaded when a workbook is first written, not for a CSV or a list of formats.
    write: async (spec) => (await import('./xlsx')).writeXlsx(spec)
  },
  { format: 'html', label: 'HTML for the CMS', extension: 'html', mimeType: 'text/html', write: writeHtml },
  { format: 'md', label: 'Markdown', extension: 'md', mimeType: 'text/markdown', write: writeMarkdown },
  { format: 'idtt', label: 'InDesign tagged text (print)', extension: 'txt', mimeType: 'text/plain', write: writeIndesign }
]

export const TABLE_FORMATS = TABLE_WRITERS.map((writer) => writer.format) as readonly TableFormat[]

export function tableWriter(format: string): TableWriter {
  const writer = TABLE_WRITERS.find((candidate) => candidate.format === format)
  if (!writer) throw new AppError('bad_input', `Unknown table format "${format}": use ${TABLE_FORMATS.join(', ')}`)
  return writer
}

/** "Registered sexual offenders, by area" → "registered-sexual-offenders-by-area.csv" (see fileStem). */
export function tableFileName(title: string, format: TableFormat): string {
  return `${fileStem(title, 'mappa-table')}.${tableWriter(format).extension}`
}

export interface WrittenTable {
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

export async function writeTable(spec: TableSpec, format: TableFormat): Promise<WrittenTable> {
  const writer = tableWriter(format)
  return { fileName: tableFileName(spec.title, format), mimeType: writer.mimeType, bytes: await writer.write(spec) }
}
