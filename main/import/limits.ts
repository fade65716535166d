// Refuses, before any reader expands anything, files that claim more than MAPPA Desk reads: zip bombs,
// parts that unpack beyond what they declare, text tables too wide. Reads directories and streams; never builds a sheet.

import { AppError, printable } from '../contract/errors'
import type { SniffedFile } from './sniff'
import { normalName, unpackPart, type ZipPart } from './zip'

/** SheetJS reads each zip part as one string, and V8 strings stop at 2^29 - 24 characters (512 MB). */
export const MAX_PART_BYTES = 500 * 1024 * 1024
/**
 * The Excel-made workbook in ../shared/corpus takes 88 bytes of sheet XML a filled cell (SheetJS
 * writes 35); 200 bytes a cell at the 5 million cell cap leaves room for styles and shared strings.
 */
export const MAX_UNPACKED_BYTES = 1000 * 1024 * 1024
/** Excel and LibreOffice (since 7.4) both stop at column XFD. */
export const MAX_COLUMNS = 16_384
/**
 * A MoJ table has a few dozen merged cells; recognising walks each merged area's columns over every
 * header it finds, so a file of millions of wide merges would spin until the worker's time limit.
 */
export const MAX_MERGED_AREAS = 100_000
/** Deflate's largest possible expansion: a 258-byte match in as little as two bits, about 1,032 to 1. */
const DEFLATE_MAX_RATIO = 1032

export interface Limits {
  /** Filled cells a file may hold (workbook.ts MAX_CELLS). */
  maxCells: number
  maxPartBytes?: number
  maxUnpackedBytes?: number
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1048576).toLocaleString('en-GB')} MB`
export const tooManyCells = (limit: number) =>
  new AppError(
    'too_large',
    `The file's repeated rows and columns claim more than ${limit.toLocaleString('en-GB')} filled cells; MAPPA tables are far smaller`
  )
export const beyondLastColumn = (where: string) =>
  new AppError(
    'too_large',
    `${where} reaches beyond column XFD (${MAX_COLUMNS.toLocaleString('en-GB')} columns), wider than Excel or LibreOffice make`
  )
export const tooManyRows = (sheet: string, limit: number) =>
  new AppError('too_large', `Sheet "${printable(sheet)}" has more than ${limit.toLocaleString('en-GB')} rows; MAPPA tables are far smaller`)
export const tooManyMergedAreas = (sheet: string) =>
  new AppError(
    'too_large',
    `Sheet "${printable(sheet)}" has more than ${MAX_MERGED_AREAS.toLocaleString('en-GB')} merged areas; MAPPA tables have a few dozen`
  )

/**
 * Checks what a reader would expand, before it does: the sizes zip parts declare (and, for SheetJS's
 * .xlsx, what they really unpack to), or the text a CSV holds. The ODS reader checks its own parts as it unpacks them.
 */
export function checkBeforeParse(file: SniffedFile, limits: Limits): void {
  if (file.format === 'xlsx' || file.format === 'ods') checkZip(file.bytes, file.parts, limits, file.format === 'xlsx')
  else if (file.format === 'csv') checkText(file.bytes, file.text, limits)
}

/** After parsing, before anything walks a sheet cell by cell: no row and no merged area beyond column XFD, and no flood of merged areas. */
export function checkSheetShape(
  name: string,
  rows: readonly (readonly unknown[] | undefined)[],
  merges: readonly { e: { c: number } }[]
): void {
  if (merges.length > MAX_MERGED_AREAS) throw tooManyMergedAreas(name)
  for (const row of rows) if (row && row.length > MAX_COLUMNS) throw beyondLastColumn(`Sheet "${name}"`)
  for (const merge of merges) if (!(merge.e.c < MAX_COLUMNS)) throw beyondLastColumn(`A merged area in sheet "${name}"`)
}

// ---- zip: sizes every part declares, and the sizes they really unpack to ----

/** SheetJS opens a nested Index.zip (an Apple Numbers package) when no other reader claims the zip. */
const isNestedZip = (name: string) => /(^|[\\/])index\.zip$/i.test(name)

/**
 * Refuses a zip whose parts (its directory, `parts`) declare, or (with `unpacksEveryPart`) really
 * unpack to, more than the caps, before any reader expands it: the sizes in its directory first,
 * then each part unpacked in small pushes and let go. The draft reader (.docx) uses it with caps of its own.
 */
export function checkZip(
  bytes: Uint8Array,
  parts: readonly ZipPart[],
  limits: Pick<Limits, 'maxPartBytes' | 'maxUnpackedBytes'>,
  unpacksEveryPart: boolean
): void {
  const maxPart = limits.maxPartBytes ?? MAX_PART_BYTES
  const maxTotal = limits.maxUnpackedBytes ?? MAX_UNPACKED_BYTES
  const names = new Set(parts.map((part) => normalName(part.name)))
  if (
    parts.some((part) => isNestedZip(part.name)) &&
    !['[content_types].xml', 'meta-inf/manifest.xml', 'objectdata.xml'].some((name) => names.has(name))
  ) {
    throw new AppError(
      'unsupported_file',
      'This is an Apple Numbers package, not a spreadsheet MAPPA Desk reads: export it as .xlsx or .csv'
    )
  }
  let declared = 0
  for (const part of parts) {
    if (part.declaredSize > maxPart) {
      throw new AppError(
        'too_large',
        `The file's part "${printable(part.name)}" unpacks to ${megabytes(part.declaredSize)}; MAPPA Desk reads parts up to ${megabytes(maxPart)} (a zip bomb?)`
      )
    }
    declared += part.declaredSize
  }
  if (declared > maxTotal)
    throw new AppError(
      'too_large',
      `The file unpacks to ${megabytes(declared)}; MAPPA Desk reads files that unpack to ${megabytes(maxTotal)} at most (a zip bomb?)`
    )
  if (!unpacksEveryPart) return
  // A part packed so small that not even deflate's utmost ratio could take it past the caps needs
  // no unpacking to prove it: most MoJ workbooks, whose reader then unpacks them only once.
  const packed = parts.reduce((sum, part) => sum + part.compressedSize, 0)
  if (packed * DEFLATE_MAX_RATIO <= maxTotal && parts.every((part) => part.compressedSize * DEFLATE_MAX_RATIO <= maxPart)) return
  for (const part of parts) {
    if (part.encrypted || (part.method !== 0 && part.method !== 8)) continue
    unpackPart(bytes, part, () => undefined)
  }
}

// ---- text: what SheetJS will read a "CSV" as, and how many cells it can hold ----

/** Characters that can end a field in the text formats SheetJS reads (CSV, TSV, SYLK, DIF, RTF, PRN). */
const FIELD_ENDS = new Uint8Array(256)
for (const char of ',;\t|\n\r\\') FIELD_ENDS[char.charCodeAt(0)] = 1

function checkText(bytes: Uint8Array, decoded: string, limits: Limits): void {
  // SheetJS picks its reader from the first bytes of the UTF-8 text it is given (readSync), so a "CSV" may be read as another format.
  const text = decoded.slice(0, 64)
  const [first, second, third, fourth] = new TextEncoder().encode(text.slice(0, 8))
  if (/^\s*</.test(text) || (first === 0xef && fourth === 0x3c)) {
    throw new AppError('unsupported_file', 'This is an XML or HTML file, not a CSV table: import .xlsx, .xls, .ods or .csv files')
  }
  const isBinary =
    (first < 0x20 && first !== 0x09 && first !== 0x0a && first !== 0x0d) ||
    (first === 0x09 && second <= 0x08) ||
    (first === 0x50 && second === 0x4b && third < 0x09 && fourth < 0x09) ||
    ((first === 0x30 || first === 0x31) && third <= 12 && fourth <= 31)
  if (isBinary)
    throw new AppError('unsupported_file', 'This file starts with binary data, not a CSV table: import .xlsx, .xls, .ods or .csv files')
  // Every cell ends at a separator or a line end, so counting those bounds the cells (empty fields make none, so this overcounts).
  const declared = /^sep=(.)/.exec(text)?.[1]
  const separator = declared === undefined ? -1 : new TextEncoder().encode(declared)[0]
  let fields = 1
  for (let index = 0; index < bytes.length; index++) if (FIELD_ENDS[bytes[index]] === 1 || bytes[index] === separator) fields++
  if (fields > limits.maxCells) {
    throw new AppError(
      'too_large',
      `The text file holds more than ${limits.maxCells.toLocaleString('en-GB')} fields; MAPPA tables are far smaller`
    )
  }
}
