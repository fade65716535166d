// Reads a file from disk for import (the CLI and the native dialog): says in one line when it is
// missing, a folder, or over the size limit, before reading a byte of an enormous file.

import { readFileSync, statSync } from 'node:fs'
import { AppError, oneLine } from '../contract/errors'
import { MAX_FILE_BYTES } from './workbook'

export function readImportFile(path: string): Uint8Array {
  try {
    const stats = statSync(path)
    if (stats.isDirectory()) throw new AppError('not_found', 'Is a folder, not a file')
    if (stats.size > MAX_FILE_BYTES) {
      throw new AppError('too_large', `The file is ${Math.round(stats.size / 1048576)} MB; MAPPA Desk imports files up to ${MAX_FILE_BYTES / 1048576} MB`)
    }
    return readFileSync(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new AppError('not_found', code === 'ENOENT' ? 'No such file' : oneLine(error))
  }
}
