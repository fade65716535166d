// Reads a zip as SheetJS and the ODS reader do: its directory of parts, and one part unpacked in
// small pushes. fflate, which unpacks, loads on first use: its start-up builds Huffman tables
// (about 6 ms in a worker), and an .xlsx import mostly never unpacks here, since SheetJS does.

import { createRequire } from 'node:module'
import { AppError, printable } from '../contract/errors'

/** At deflate's utmost ratio (about 1,032 to 1), one 16 KB push yields at most 16.5 MB. */
const INFLATE_CHUNK = 16 * 1024
/** A stored deflate block is at most 64 KB; eight pushes with no output mean the stream ended early or is padding. */
const MAX_SILENT_PUSHES = 8

let fflate: typeof import('fflate') | undefined
const loadFflate = () => (fflate ??= createRequire(import.meta.url)('fflate') as typeof import('fflate'))

/** A zip's local file header, where every .xlsx and .ods starts. */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

const damagedPart = (name: string, why: string) => new AppError('corrupt_file', `The file is damaged: its part "${printable(name)}" ${why}`)

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
export function unpackPart(
  bytes: Uint8Array,
  part: ZipPart,
  onData: (chunk: Uint8Array) => void,
  onPacked: (bytesRead: number) => void = () => undefined
): number {
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
  const inflate = new (loadFflate().Inflate)((chunk) => {
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
    throw error instanceof AppError || (readerError !== undefined && error === readerError)
      ? error
      : damagedPart(part.name, 'cannot be unpacked')
  }
  return size
}

/** SheetJS finds parts by name without case and with either slash; the ODS reader finds content.xml the same way. */
export const normalName = (name: string) =>
  name
    .toLowerCase()
    .replace(/\\/g, '/')
    .replace(/^(root entry)?\/*/, '')

/** A small part's text (UTF-8), unpacked whole; undefined where it declares `maxBytes` or more. */
export function partText(bytes: Uint8Array, part: ZipPart, maxBytes: number): string | undefined {
  if (part.declaredSize >= maxBytes) return undefined
  const chunks: Uint8Array[] = []
  unpackPart(bytes, part, (chunk) => chunks.push(chunk.slice()))
  return Buffer.concat(chunks).toString('utf8')
}
