// Reads an .ods file into sheets in one streaming pass: content.xml is unpacked 16 KB at a time,
// decoded and scanned as it comes, and never held whole. Owns no limits of its own beyond the caps it is given.
//
// What it cannot read it refuses in one line, the line SheetJS's path gave, and never hands the
// file to SheetJS instead: SheetJS would then run on XML no cap was checked against (its repeats
// are what a bomb abuses). So: XML that is not well-formed, a missing content.xml, or a part packed
// in a way zip readers do not know → corrupt_file; a content.xml encrypted in the zip → encrypted_file
// (an ODS encrypted by its manifest is refused before this, by sniff.ts); a flat .fods is XML, which
// sniff.ts refuses before any reader sees it. Elements are known by the prefixes every ODS writer
// uses (office:, table:, text:, style:, number:), not by namespace URI (SheetJS went by local names alone).

import { AppError, printable } from '../../contract/errors'
import { normalName, unpackPart, zipParts, type ZipPart } from '../zip'
import type { ReadProgress, SheetGrid } from '../workbook'
import { OdsContent, type OdsCaps } from './content'
import { OdsStyles } from './styles'
import { XmlError, XmlLimitError, XmlScanner, type XmlHandler } from './xml-scanner'

export interface OdsSheets {
  sheets: SheetGrid[]
  /** Cells showing text, repeats counted. */
  filledCells: number
}

/** Reading content.xml takes these fractions of the whole import (analyse.ts: reading runs from 0.05 to 0.6). */
const PROGRESS_FROM = 0.1
const PROGRESS_TO = 0.55
/** A reporter sees the bar move in steps of 1% of the import, not a call for every 16 KB. */
const PROGRESS_STEP = 0.01

const damaged = (reason: string) =>
  new AppError('corrupt_file', `The ODS file is damaged or truncated and cannot be read (${printable(reason, 120)})`)

/**
 * Unpacks a part and scans its text as it comes; the scanner's complaints become one line naming the
 * part, or, for a part the sheets can do without, end its reading quietly.
 */
function scanPart(
  bytes: Uint8Array,
  part: ZipPart,
  handler: XmlHandler,
  options: { isOptional?: boolean; onPacked?: (bytesRead: number) => void } = {}
): void {
  if (part.encrypted)
    throw new AppError('encrypted_file', 'The workbook is password-protected (encrypted): save an unprotected copy and import that')
  if (part.method !== 0 && part.method !== 8)
    throw damaged(`its ${part.name} is packed with method ${part.method}, which zip readers do not know`)
  const decoder = new TextDecoder('utf-8')
  const scanner = new XmlScanner(handler)
  try {
    unpackPart(bytes, part, (chunk) => scanner.push(decoder.decode(chunk, { stream: true })), options.onPacked)
    scanner.push(decoder.decode())
    scanner.end()
  } catch (error) {
    if (error instanceof XmlError && options.isOptional) return
    if (error instanceof XmlLimitError)
      throw new AppError('corrupt_file', `The ODS file is damaged: its ${printable(part.name)} ${error.message}`)
    if (error instanceof XmlError) throw damaged(`its ${part.name} is not well-formed XML: ${error.message}`)
    throw error
  }
}

/** Style parts only say which sheets are hidden and which numbers are dates: a damaged one loses just that. */
function readStyles(bytes: Uint8Array, part: ZipPart | undefined, styles: OdsStyles): void {
  if (part)
    scanPart(
      bytes,
      part,
      { open: (...tag) => styles.open(...tag), close: (name) => styles.close(name), text: () => undefined },
      { isOptional: true }
    )
}

/** `parts`: the zip's directory where sniffing read it already (sniff.ts), else read here. */
export function readOds(
  bytes: Uint8Array,
  caps: OdsCaps,
  onProgress: ReadProgress = () => undefined,
  parts: readonly ZipPart[] = zipParts(bytes)
): OdsSheets {
  const named = (name: string) => parts.find((part) => normalName(part.name) === name)
  const content = named('content.xml')
  if (!content) throw damaged('Missing content.xml in ODS / UOF file')
  const styles = new OdsStyles()
  readStyles(bytes, named('styles.xml'), styles)
  const reader = new OdsContent(styles, caps)
  let reported = 0
  onProgress('Reading the file', PROGRESS_FROM)
  const onPacked = (bytesRead: number) => {
    const progress = PROGRESS_FROM + ((PROGRESS_TO - PROGRESS_FROM) * bytesRead) / Math.max(1, content.compressedSize)
    if (progress - reported >= PROGRESS_STEP) {
      reported = progress
      onProgress('Reading the file', progress)
    }
  }
  scanPart(bytes, content, reader, { onPacked })
  return { sheets: reader.sheets, filledCells: reader.filledCells }
}
