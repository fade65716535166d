// Tells what a file really is from its bytes (never from its name), and refuses what cannot be
// read before any parser sees it: empty, encrypted, truncated or unknown files.

import * as XLSX from '@e965/xlsx'
import { AppError, printable } from '../contract/errors'
import type { FileFormat } from '../contract/types'
import { isZip, partText, zipParts, type ZipPart } from './zip'

export type { FileFormat }

/**
 * A file's shape, read once and handed on to the checks and the reader: its format, and what
 * telling it took (a zip's directory of parts, a text file's decoded text), never worked out again.
 */
export type SniffedFile =
  | { format: 'xlsx' | 'ods'; bytes: Uint8Array; parts: ZipPart[] }
  | { format: 'xls'; bytes: Uint8Array }
  | { format: 'csv'; bytes: Uint8Array; text: string }

/** Manifests and workbook indexes are a few kilobytes; anything near this is not one. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** The slice of SheetJS's bundled OLE2 (CFB) reader this module uses (its types say `any`). */
interface Container {
  FileIndex: unknown[]
}
const CFB = XLSX.CFB as {
  read(data: Buffer, options: { type: 'buffer' }): Container
  find(container: Container, path: string): object | null
}

/**
 * SheetJS's `type: 'buffer'` paths expect a Node Buffer: handed a plain Uint8Array (as bytes arrive
 * over IPC or the HTTP bridge), a damaged .xls can send its reader into an unbounded allocation.
 * This wraps the same memory, without copying.
 */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte)

/** Decodes a text file by its byte-order mark (UTF-8, UTF-16LE, UTF-16BE), UTF-8 otherwise. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  return new TextDecoder('utf-8').decode(body)
}

function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return false
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++
  }
  if (control > sample.length / 100) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, Math.max(0, sample.length - 4)))
    return true
  } catch {
    // Windows-1252 exports exist; they are text all the same.
    return true
  }
}

/**
 * The text of the few small parts of a zip asked for, unpacked; never the whole archive.
 */
function zipTexts(bytes: Uint8Array, parts: readonly ZipPart[], texts: readonly string[]): Map<string, string> {
  const text = new Map<string, string>()
  for (const part of parts) {
    if (!texts.includes(part.name) || text.has(part.name)) continue
    const content = partText(bytes, part, MAX_MANIFEST_BYTES)
    if (content !== undefined) text.set(part.name, content)
  }
  return text
}

/** What a file really is, from its bytes: refuses an empty, encrypted, damaged or unknown one in one line. */
export function sniffFile(bytes: Uint8Array): SniffedFile {
  if (bytes.length === 0) throw new AppError('empty_file', 'The file is empty (0 bytes)')
  if (startsWith(bytes, OLE2)) {
    // Password-protected .xlsx files are OLE2 containers holding an encrypted package.
    let container: Container
    try {
      container = CFB.read(asBuffer(bytes), { type: 'buffer' })
    } catch {
      throw new AppError('corrupt_file', 'The file is damaged or truncated: it looks like an Excel 97-2003 workbook but cannot be read')
    }
    if (CFB.find(container, '/EncryptionInfo') || CFB.find(container, '/EncryptedPackage')) {
      throw new AppError('encrypted_file', 'The workbook is password-protected (encrypted): save an unprotected copy and import that')
    }
    return { format: 'xls', bytes }
  }
  if (isZip(bytes)) {
    const parts = zipParts(bytes)
    const text = zipTexts(bytes, parts, ['mimetype', 'META-INF/manifest.xml'])
    const mimetype = text.get('mimetype')?.trim()
    if (mimetype?.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
      if (text.get('META-INF/manifest.xml')?.includes('encryption-data')) {
        throw new AppError('encrypted_file', 'The spreadsheet is password-protected (encrypted): save an unprotected copy and import that')
      }
      return { format: 'ods', bytes, parts }
    }
    if (mimetype)
      throw new AppError('unsupported_file', `This is not a spreadsheet (${printable(mimetype)}): import .xlsx, .xls, .ods or .csv files`)
    if (parts.some((part) => part.name === 'xl/workbook.xml' || part.name === 'xl/workbook.bin')) return { format: 'xlsx', bytes, parts }
    throw new AppError('unsupported_file', 'This zip file is not a spreadsheet: import .xlsx, .xls, .ods or .csv files')
  }
  if (looksLikeText(bytes)) {
    const text = decodeText(bytes)
    const head = text.slice(0, 2048).trimStart().toLowerCase()
    if (head.startsWith('<!doctype html') || head.startsWith('<html')) {
      throw new AppError('unsupported_file', 'This is a web page, not a spreadsheet: download the .xlsx, .ods or .csv file itself')
    }
    if (head.startsWith('<?xml'))
      throw new AppError('unsupported_file', 'This is an XML file, not a spreadsheet: import .xlsx, .xls, .ods or .csv files')
    return { format: 'csv', bytes, text }
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    throw new AppError('unsupported_file', 'This is a PDF: MAPPA Desk imports the spreadsheet tables (.xlsx, .xls, .ods, .csv)')
  throw new AppError('unsupported_file', 'This file is not a spreadsheet MAPPA Desk can read: import .xlsx, .xls, .ods or .csv files')
}

/** The format alone, for a caller that reads nothing further (the benchmarks, the tests). */
export const sniffFormat = (bytes: Uint8Array): FileFormat => sniffFile(bytes).format

const DELIMITERS = [',', ';', '\t', '|'] as const

/** Counts a delimiter outside double quotes on one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0
  let isQuoted = false
  for (const char of line) {
    if (char === '"') isQuoted = !isQuoted
    else if (char === delimiter && !isQuoted) count++
  }
  return count
}

/**
 * Picks the CSV delimiter that splits the most lines into the same number of fields, looking at
 * the first 50 non-empty lines: a title line with a stray comma does not fool it.
 */
export function sniffDelimiter(text: string): string {
  // 64 KB holds the first 50 lines of any sensible CSV; splitting a whole large file would be waste.
  const lines = text
    .slice(0, 65_536)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 50)
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 }
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>()
    for (const line of lines) {
      const count = countOutsideQuotes(line, delimiter)
      if (count > 0) counts.set(count, (counts.get(count) ?? 0) + 1)
    }
    // The most common field count wins, weighted by how many fields it makes.
    const score = Math.max(0, ...[...counts].map(([fields, lineCount]) => lineCount * Math.log2(fields + 1)))
    if (score > best.score) best = { delimiter, score }
  }
  return best.delimiter
}
