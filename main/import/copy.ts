// Reads a reporter's draft for "check my copy": plain text, Markdown or a Word .docx (its text
// through mammoth). Returns the words only; never keeps the file.

import mammoth from 'mammoth'
import { AppError, oneLine } from '../contract/errors'

/** A draft is an article, not a book: 5 MB of .docx is far beyond any news story with pictures. */
export const MAX_COPY_BYTES = 5 * 1024 * 1024

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

export async function readCopy(fileName: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length > MAX_COPY_BYTES) throw new AppError('too_large', `${fileName} is over ${MAX_COPY_BYTES / 1048576} MB: paste the story's text instead`)
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  const isZip = ZIP_MAGIC.every((byte, index) => bytes[index] === byte)
  if (extension === 'docx' || isZip) {
    if (!isZip) throw new AppError('corrupt_file', `${fileName} is not a Word .docx file (it is not a zip archive)`)
    try {
      const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
      return result.value
    } catch (error) {
      throw new AppError('corrupt_file', `${fileName} could not be read as a Word document: ${oneLine(error)}`)
    }
  }
  if (extension === 'doc') throw new AppError('unsupported_file', `${fileName} is an old Word .doc: save it as .docx or paste the text`)
  if (extension !== undefined && !['txt', 'md', 'markdown', 'text'].includes(extension)) throw new AppError('unsupported_file', `${fileName}: open a .txt, .md or .docx file`)
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '')
  if (text.includes('\u0000')) throw new AppError('unsupported_file', `${fileName} is not a text file`)
  // Markdown emphasis and links are not part of the words a reader sees.
  return extension === 'md' || extension === 'markdown' ? text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, '') : text
}
