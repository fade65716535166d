// Reads spreadsheet bytes into plain grids of cell text, within size limits: .ods through the
// streaming reader in ./ods, every other format through SheetJS (@e965/xlsx). Knows nothing of
// MAPPA: recognisers turn these grids into tables.

import * as XLSX from '@e965/xlsx'
import { AppError, oneLine, printable } from '../contract/errors'
import { checkBeforeParse, checkSheetShape, MAX_COLUMNS, tooManyRows } from './limits'
import { readOds } from './ods/read-ods'
import { asBuffer, decodeText, sniffDelimiter, sniffFile, type FileFormat, type SniffedFile } from './sniff'
import { fileTooLarge, MAX_FILE_BYTES } from './files'

export interface Cell {
  /** The cell as the spreadsheet displays it. */
  text: string
  /** The stored number, where the cell holds one. */
  number?: number
}

export interface SheetGrid {
  name: string
  isHidden: boolean
  /** rows[r][c], zero-based; holes are empty cells. */
  rows: (Cell | undefined)[][]
  merges: { s: { r: number; c: number }; e: { r: number; c: number } }[]
}

export interface Workbook {
  format: FileFormat
  sheets: SheetGrid[]
}

export { MAX_FILE_BYTES }
/** A full MoJ workbook holds about 20,000 cells; a 5 million cell cap stops runaway files early. */
export const MAX_CELLS = 5_000_000
/** Rows read per sheet; SheetJS stops there (and the ODS reader refuses) instead of expanding a padded sheet to a million rows. */
export const MAX_ROWS_PER_SHEET = 200_000

export function cellAddress(row: number, column: number): string {
  return XLSX.utils.encode_cell({ r: row, c: column })
}

/** What SheetJS is given: the bytes, and for a text file the text sniffing decoded (decoded here where not given). */
export interface ReadableFile {
  format: FileFormat
  bytes: Uint8Array
  text?: string
}

function parse({ format, bytes, text: decoded }: ReadableFile): XLSX.WorkBook {
  const options: XLSX.ParsingOptions = { dense: true, cellDates: true, sheetRows: MAX_ROWS_PER_SHEET + 1 }
  // SheetJS reports odd number formats on the console; it is noise in a desktop app.
  const warn = console.error
  console.error = () => undefined
  try {
    if (format === 'csv') {
      const text = decoded ?? decodeText(bytes)
      return XLSX.read(text, { ...options, type: 'string', raw: true, FS: sniffDelimiter(text) })
    }
    return XLSX.read(asBuffer(bytes), { ...options, type: 'buffer' })
  } catch (error) {
    const reason = oneLine(error)
    if (/password|encrypt/i.test(reason))
      throw new AppError('encrypted_file', 'The workbook is password-protected (encrypted): save an unprotected copy and import that')
    throw new AppError(
      'corrupt_file',
      `The ${format.toUpperCase()} file is damaged or truncated and cannot be read (${printable(reason, 80)})`
    )
  } finally {
    console.error = warn
  }
}

/** Where reading has got to, as a fraction of the whole import (analyse.ts gives reading 0.05 to 0.6). */
export type ReadProgress = (phase: string, progress: number) => void

export function readWorkbook(bytes: Uint8Array, onProgress: ReadProgress = () => undefined): Workbook {
  if (bytes.length > MAX_FILE_BYTES) throw fileTooLarge(bytes.length)
  const file = sniffFile(bytes)
  checkBeforeParse(file, { maxCells: MAX_CELLS })
  if (file.format === 'ods') return readOdsWorkbook(file, onProgress)
  return readWithSheetJS(file, onProgress)
}

/**
 * SheetJS's reading, for every format but .ods in the app. Tests hold the ODS reader to it, on
 * files they trust: nothing here guards an ODS against repeat bombs.
 */
export function readWithSheetJS(file: ReadableFile, onProgress: ReadProgress = () => undefined): Workbook {
  const { format } = file
  // SheetJS's parse reports nothing until done; it takes about two thirds of reading a big file.
  onProgress('Reading the file', 0.15)
  const book = parse(file)
  onProgress('Reading the sheets', 0.5)
  let cells = 0
  const sheets = book.SheetNames.map((name, index): SheetGrid => {
    const sheet = book.Sheets[name]
    // A damaged workbook can list a sheet whose part is missing.
    if (!sheet) throw new AppError('corrupt_file', `The ${format.toUpperCase()} file is damaged: its sheet "${printable(name)}" is missing`)
    const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][]
    if (data.length > MAX_ROWS_PER_SHEET) throw tooManyRows(name, MAX_ROWS_PER_SHEET)
    checkSheetShape(name, data, sheet['!merges'] ?? [])
    const rows = data.map((row) =>
      (row ?? []).map((cell): Cell | undefined => {
        if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return undefined
        const text = (cell.w ?? (cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v))).trim()
        if (text === '') return undefined
        cells++
        return cell.t === 'n' && typeof cell.v === 'number' ? { text, number: cell.v } : { text }
      })
    )
    if (cells > MAX_CELLS) throw tooManyFilledCells()
    onProgress('Reading the sheets', 0.5 + (0.1 * (index + 1)) / book.SheetNames.length)
    const hidden = book.Workbook?.Sheets?.[index]?.Hidden ?? 0
    return { name, isHidden: hidden !== 0, rows, merges: sheet['!merges'] ?? [] }
  })
  if (cells === 0) throw noFilledCells()
  return { format, sheets }
}

const tooManyFilledCells = () =>
  new AppError('too_large', `The file holds more than ${MAX_CELLS.toLocaleString('en-GB')} cells; MAPPA tables are far smaller`)
const noFilledCells = () => new AppError('empty_file', 'The spreadsheet has no filled cells')

/** .ods files go through main/import/ods, which streams content.xml and checks the caps as it reads. */
function readOdsWorkbook(file: Pick<SniffedFile & { format: 'ods' }, 'bytes' | 'parts'>, onProgress: ReadProgress): Workbook {
  const { sheets, filledCells } = readOds(
    file.bytes,
    { maxCells: MAX_CELLS, maxColumns: MAX_COLUMNS, maxRowsPerSheet: MAX_ROWS_PER_SHEET },
    onProgress,
    file.parts
  )
  onProgress('Reading the sheets', 0.6)
  if (filledCells > MAX_CELLS) throw tooManyFilledCells()
  if (filledCells === 0) throw noFilledCells()
  return { format: 'ods', sheets }
}
