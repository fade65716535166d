// Reads a file from disk for import (the CLI and the native dialog): says in one line when it is
// missing, a folder, or over the size limit, before reading a byte of an enormous file. Loads no reader.

import { readFileSync, statSync } from 'node:fs'
import { AppError, oneLine } from '../contract/errors'

/** MoJ MAPPA workbooks are under 2 MB; 100 MB leaves room for any national table, not for a mistake. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024

/** The one line for a file over the limit (here, before it is read, and in the reader, for bytes dropped on the window). */
export function fileTooLarge(bytes: number): AppError {
  return new AppError(
    'too_large',
    `The file is ${Math.round(bytes / 1048576)} MB; MAPPA Desk imports files up to ${MAX_FILE_BYTES / 1048576} MB`
  )
}

export function readImportFile(path: string): Uint8Array {
  try {
    const stats = statSync(path)
    if (stats.isDirectory()) throw new AppError('not_found', 'Is a folder, not a file')
    if (stats.size > MAX_FILE_BYTES) throw fileTooLarge(stats.size)
    return readFileSync(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new AppError('not_found', code === 'ENOENT' ? 'No such file' : oneLine(error))
  }
}
