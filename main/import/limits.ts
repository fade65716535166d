// Refuses, before any reader expands anything, files that claim more than MAPPA Desk reads: zip bombs,
// parts that unpack beyond what they declare, text tables too wide. Reads directories and streams; never builds a sheet.

import { Inflate } from 'fflate'
import { AppError, printable } from '../contract/errors'
import { decodeText, type FileFormat } from './sniff'

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
/** At DEFLATE_MAX_RATIO, one 16 KB push yields at most 16.5 MB. */
const INFLATE_CHUNK = 16 * 1024
/** A stored deflate block is at most 64 KB; eight pushes with no output mean the stream ended early or is padding. */
const MAX_SILENT_PUSHES = 8

export interface Limits {
  /** Filled cells a file may hold (workbook.ts MAX_CELLS). */
  maxCells: number
  maxPartBytes?: number
  maxUnpackedBytes?: number
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1048576).toLocaleString('en-GB')} MB`
export const tooManyCells = (limit: number) =>
  new AppError('too_large', `The file's repeated rows and columns claim more than ${limit.toLocaleString('en-GB')} filled cells; MAPPA tables are far smaller`)
export const beyondLastColumn = (where: string) =>
  new AppError('too_large', `${where} reaches beyond column XFD (${MAX_COLUMNS.toLocaleString('en-GB')} columns), wider than Excel or LibreOffice make`)
export const tooManyRows = (sheet: string, limit: number) =>
  new AppError('too_large', `Sheet "${printable(sheet)}" has more than ${limit.toLocaleString('en-GB')} rows; MAPPA tables are far smaller`)
export const tooManyMergedAreas = (sheet: string) =>
  new AppError('too_large', `Sheet "${printable(sheet)}" has more than ${MAX_MERGED_AREAS.toLocaleString('en-GB')} merged areas; MAPPA tables have a few dozen`)
const damagedPart = (name: string, why: string) => new AppError('corrupt_file', `The file is damaged: its part "${printable(name)}" ${why}`)

/**
 * Checks what a reader would expand, before it does: the sizes zip parts declare (and, for SheetJS's
 * .xlsx, what they really unpack to), or the text a CSV holds. The ODS reader checks its own parts as it unpacks them.
 */
export function checkBeforeParse(bytes: Uint8Array, format: FileFormat, limits: Limits): void {
  if (format === 'xlsx' || format === 'ods') checkZip(bytes, limits, format === 'xlsx')
  else if (format === 'csv') checkText(bytes, limits)
}

/** After parsing, before anything walks a sheet cell by cell: no row and no merged area beyond column XFD, and no flood of merged areas. */
export function checkSheetShape(name: string, rows: readonly (readonly unknown[] | undefined)[], merges: readonly { e: { c: number } }[]): void {
  if (merges.length > MAX_MERGED_AREAS) throw tooManyMergedAreas(name)
  for (const row of rows) if (row && row.length > MAX_COLUMNS) throw beyondLastColumn(`Sheet "${name}"`)
  for (const merge of merges) if (!(merge.e.c < MAX_COLUMNS)) throw beyondLastColumn(`A merged area in sheet "${name}"`)
}

// ---- zip: sizes every part declares, and the sizes they really unpack to ----

export interface ZipPart {
  name: string
  method: number
  encrypted: boolean
  dataStart: number
  compressedSize: number
  /** The largest size the central directory, the local header or a ZIP64 field declares. */
  declaredSize: number
}

const u16 = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8)
const u32 = (bytes: Uint8Array, at: number) => (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000
const u64 = (bytes: Uint8Array, at: number) => u32(bytes, at) + u32(bytes, at + 4) * 0x100000000

function zipDamaged(): AppError {
  return new AppError('corrupt_file', 'The file is damaged or truncated: its zip structure cannot be read')
}

/** ZIP64 sizes in an extra field, read as SheetJS reads them (uncompressed, then compressed). */
function zip64Sizes(bytes: Uint8Array, start: number, length: number): { size: number; compressed: number } {
  let at = start
  while (at + 4 <= start + length) {
    if (u16(bytes, at) === 1 && at + 20 <= bytes.length) return { size: u64(bytes, at + 4), compressed: u64(bytes, at + 12) }
    at += 4 + u16(bytes, at + 2)
  }
  return { size: 0, compressed: 0 }
}

/** Walks the directory the way SheetJS's zip reader does: the entry count and offset in the last end record. */
export function zipParts(bytes: Uint8Array): ZipPart[] {
  const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0 || end + 20 > bytes.length) throw zipDamaged()
  const parts: ZipPart[] = []
  let at = u32(bytes, end + 16)
  for (let index = u16(bytes, end + 8); index > 0; index--) {
    if (at + 46 > bytes.length) throw zipDamaged()
    const nameLength = u16(bytes, at + 28)
    const extraLength = u16(bytes, at + 30)
    const central = zip64Sizes(bytes, at + 46 + nameLength, extraLength)
    const local = u32(bytes, at + 42)
    if (local + 30 > bytes.length) throw zipDamaged()
    const localName = u16(bytes, local + 26)
    const localExtra = u16(bytes, local + 28)
    const localSizes = zip64Sizes(bytes, local + 30 + localName, localExtra)
    parts.push({
      name: Buffer.from(bytes.subarray(local + 30, local + 30 + localName)).toString('latin1'),
      method: u16(bytes, local + 8),
      // SheetJS refuses these flags itself ("Unsupported ZIP encryption"), before reading the data.
      encrypted: (u16(bytes, local + 6) & 0x2041) !== 0,
      dataStart: local + 30 + localName + localExtra,
      compressedSize: central.compressed || u32(bytes, at + 20),
      declaredSize: Math.max(u32(bytes, at + 24), central.size, u32(bytes, local + 22), localSizes.size)
    })
    at += 46 + nameLength + extraLength + u16(bytes, at + 32)
  }
  return parts
}

/**
 * Unpacks one part in small pushes, handing each piece on and keeping none, and refuses a part
 * that unpacks to more than it declares (SheetJS sizes its buffer from the declaration, or grows without end).
 * `onPacked` hears how many packed bytes have been read after each push.
 */
export function unpackPart(bytes: Uint8Array, part: ZipPart, onData: (chunk: Uint8Array) => void, onPacked: (bytesRead: number) => void = () => undefined): number {
  const end = part.dataStart + part.compressedSize
  if (end > bytes.length) throw zipDamaged()
  if (part.method === 0) {
    for (let at = part.dataStart; at < end; at += INFLATE_CHUNK) {
      onData(bytes.subarray(at, Math.min(end, at + INFLATE_CHUNK)))
      onPacked(Math.min(end, at + INFLATE_CHUNK) - part.dataStart)
    }
    return part.compressedSize
  }
  if (part.compressedSize === 0) throw damagedPart(part.name, 'is empty but claims to be compressed')
  let size = 0
  let silent = 0
  // What the reader of the pieces refuses is its own line, not a fault of the packing.
  let readerError: unknown
  const inflate = new Inflate((chunk) => {
    size += chunk.length
    if (size > part.declaredSize) throw damagedPart(part.name, 'unpacks to more than its zip directory declares')
    if (chunk.length === 0) return
    try {
      onData(chunk)
    } catch (error) {
      readerError = error
      throw error
    }
  })
  try {
    for (let at = part.dataStart; at < end; at += INFLATE_CHUNK) {
      const before = size
      inflate.push(bytes.subarray(at, Math.min(end, at + INFLATE_CHUNK)), at + INFLATE_CHUNK >= end)
      silent = size === before ? silent + 1 : 0
      if (silent > MAX_SILENT_PUSHES) throw damagedPart(part.name, 'does not match its declared compressed size')
      onPacked(Math.min(end, at + INFLATE_CHUNK) - part.dataStart)
    }
  } catch (error) {
    throw error instanceof AppError || (readerError !== undefined && error === readerError) ? error : damagedPart(part.name, 'cannot be unpacked')
  }
  return size
}

/** SheetJS finds parts by name without case and with either slash; the ODS reader finds content.xml the same way. */
export const normalName = (name: string) => name.toLowerCase().replace(/\\/g, '/').replace(/^(root entry)?\/*/, '')
/** SheetJS opens a nested Index.zip (an Apple Numbers package) when no other reader claims the zip. */
const isNestedZip = (name: string) => /(^|[\\/])index\.zip$/i.test(name)

function checkZip(bytes: Uint8Array, limits: Limits, unpacksEveryPart: boolean): void {
  const maxPart = limits.maxPartBytes ?? MAX_PART_BYTES
  const maxTotal = limits.maxUnpackedBytes ?? MAX_UNPACKED_BYTES
  const parts = zipParts(bytes)
  const names = new Set(parts.map((part) => normalName(part.name)))
  if (parts.some((part) => isNestedZip(part.name)) && !['[content_types].xml', 'meta-inf/manifest.xml', 'objectdata.xml'].some((name) => names.has(name))) {
    throw new AppError('unsupported_file', 'This is an Apple Numbers package, not a spreadsheet MAPPA Desk reads: export it as .xlsx or .csv')
  }
  let declared = 0
  for (const part of parts) {
    if (part.declaredSize > maxPart) {
      throw new AppError('too_large', `The file's part "${printable(part.name)}" unpacks to ${megabytes(part.declaredSize)}; MAPPA Desk reads parts up to ${megabytes(maxPart)} (a zip bomb?)`)
    }
    declared += part.declaredSize
  }
  if (declared > maxTotal) throw new AppError('too_large', `The file unpacks to ${megabytes(declared)}; MAPPA Desk reads files that unpack to ${megabytes(maxTotal)} at most (a zip bomb?)`)
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

function checkText(bytes: Uint8Array, limits: Limits): void {
  // SheetJS picks its reader from the first bytes of the UTF-8 text it is given (readSync), so a "CSV" may be read as another format.
  const text = decodeText(bytes.subarray(0, 64))
  const [first, second, third, fourth] = new TextEncoder().encode(text.slice(0, 8))
  if (/^\s*</.test(text) || (first === 0xef && fourth === 0x3c)) {
    throw new AppError('unsupported_file', 'This is an XML or HTML file, not a CSV table: import .xlsx, .xls, .ods or .csv files')
  }
  const isBinary =
    (first < 0x20 && first !== 0x09 && first !== 0x0a && first !== 0x0d) ||
    (first === 0x09 && second <= 0x08) ||
    (first === 0x50 && second === 0x4b && third < 0x09 && fourth < 0x09) ||
    ((first === 0x30 || first === 0x31) && third <= 12 && fourth <= 31)
  if (isBinary) throw new AppError('unsupported_file', 'This file starts with binary data, not a CSV table: import .xlsx, .xls, .ods or .csv files')
  // Every cell ends at a separator or a line end, so counting those bounds the cells (empty fields make none, so this overcounts).
  const declared = /^sep=(.)/.exec(text)?.[1]
  const separator = declared === undefined ? -1 : new TextEncoder().encode(declared)[0]
  let fields = 1
  for (let index = 0; index < bytes.length; index++) if (FIELD_ENDS[bytes[index]] === 1 || bytes[index] === separator) fields++
  if (fields > limits.maxCells) {
    throw new AppError('too_large', `The text file holds more than ${limits.maxCells.toLocaleString('en-GB')} fields; MAPPA tables are far smaller`)
  }
}
