// Reads a reporter's draft for "check my copy": plain text, Markdown or a Word .docx (its text
// through mammoth). Returns the words only; never keeps the file. Runs in the draft worker
// (jobs/drafts.ts); a .docx is refused before mammoth expands a part past the caps below.

import { AppError, oneLine } from '../contract/errors'
import { checkZip } from './limits'
import { zipParts } from './zip'

/** A draft is an article, not a book: 5 MB of .docx is far beyond any news story with pictures. */
export const MAX_COPY_BYTES = 5 * 1024 * 1024
/**
 * A .docx keeps a story's words in word/document.xml: Word writes 50 to 150 bytes of XML a word,
 * so a 10,000-word feature is at most some 1.5 MB. No part of a story's .docx comes near 20 MB (a photo
 * is stored as it was packed, under the 5 MB file cap); one .docx of 891 KB unpacked to 306 MB.
 */
export const MAX_DOCX_PART_BYTES = 20 * 1024 * 1024
/** All parts together: a few photos beside the text at most. */
export const MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
const decodeEntities = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, decimal: string, hex: string, name: string) =>
    decimal
      ? String.fromCodePoint(Number(decimal))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (ENTITIES[name.toLowerCase()] ?? whole)
  )
const stripTags = (html: string) => html.replace(/<[^>]*>/g, '')

/**
 * The words of mammoth's HTML as a reporter's text: a paragraph, heading or list item a line, with a
 * blank line between paragraphs as in the raw text; a table a row a line, its cells split by tabs,
 * as a table pasted from a spreadsheet is (the checker reads a table's header to know its columns).
 */
export function htmlText(html: string): string {
  // A footnote's marker ("[1]") and its way back ("↑") are mammoth's, not the reporter's words: "[1]" would read as a figure.
  const words = html.replace(/<sup><a [^>]*>\[\d+\]<\/a><\/sup>|<a href="#[^"]*-ref-[^"]*">↑<\/a>/g, '')
  const tables = words.replace(/<table[^>]*>([\s\S]*?)<\/table>/gi, (_, table: string) => {
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) =>
      [...row[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)]
        .map((cell) => stripTags(cell[1].replace(/<\/p>\s*<p[^>]*>|<br\s*\/?>/gi, ' ')).trim())
        .join('\t')
    )
    return `<p>${rows.join('\n')}</p>`
  })
  const lines = tables
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|h[1-6]|li|blockquote|ol|ul)>/gi, (tag) => (/li/i.test(tag) ? '\n' : '\n\n'))
  return decodeEntities(stripTags(lines))
}

export async function readCopy(fileName: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length > MAX_COPY_BYTES)
    throw new AppError('too_large', `${fileName} is over ${MAX_COPY_BYTES / 1048576} MB: paste the story's text instead`)
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  const isZip = ZIP_MAGIC.every((byte, index) => bytes[index] === byte)
  if (extension === 'docx' || isZip) {
    if (!isZip) throw new AppError('corrupt_file', `${fileName} is not a Word .docx file (it is not a zip archive)`)
    checkZip(bytes, zipParts(bytes), { maxPartBytes: MAX_DOCX_PART_BYTES, maxUnpackedBytes: MAX_DOCX_UNPACKED_BYTES }, true)
    try {
      // Loaded only for a .docx that passed the caps: a refusal costs no mammoth.
      const { default: mammoth } = await import('mammoth')
      // As HTML, so a table keeps its rows and columns (the raw text puts every cell on a line of its
      // own); pictures are left out rather than encoded.
      const result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }
      )
      return htmlText(result.value)
    } catch (error) {
      throw new AppError('corrupt_file', `${fileName} could not be read as a Word document: ${oneLine(error)}`)
    }
  }
  if (extension === 'doc') throw new AppError('unsupported_file', `${fileName} is an old Word .doc: save it as .docx or paste the text`)
  if (extension !== undefined && !['txt', 'md', 'markdown', 'text'].includes(extension))
    throw new AppError('unsupported_file', `${fileName}: open a .txt, .md or .docx file`)
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '')
  if (text.includes('\u0000')) throw new AppError('unsupported_file', `${fileName} is not a text file`)
  // Markdown emphasis and links are not part of the words a reader sees.
  return extension === 'md' || extension === 'markdown' ? text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, '') : text
}
