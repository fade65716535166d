// The command line's output streams, its usage error (exit code 2), strict argument parsing
// with one-line messages, and the writing of an --out file: all that the commands share. Every
// line printed passes through terminalIo, so no text from a file can drive the terminal.

import { parseArgs, type ParseArgsConfig } from 'node:util'
import { AppError, oneLine } from '../contract/errors'
import { terminalText } from '../domain/safe-text'
import { writeFileWhole } from '../files/write'

export class UsageError extends Error {}

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

export const consoleIo: Io = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) }

/**
 * The streams a command prints to, with C0 and C1 controls (ESC, CSI, carriage return, backspace…)
 * dropped from every line: a header, file name or note from an imported file is shown, never obeyed.
 */
export function terminalIo(io: Io): Io {
  return { out: (line) => io.out(terminalText(line)), err: (line) => io.err(terminalText(line)) }
}

export function parse<const T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs({ ...config, strict: true })
  } catch (error) {
    throw new UsageError(oneLine(error).replace(/\. To specify a positional argument.*$/, ''))
  }
}

/**
 * Writes a file named on the command line, whole or not at all (files/write.ts). An --out that
 * names the database, a folder or a name too long is a bad argument (exit 2); a full or read-only
 * disk is a failure (exit 1). Either way one line, naming the folder.
 */
export function writeOutFile(path: string, contents: Uint8Array | string): void {
  try {
    writeFileWhole(path, contents)
  } catch (error) {
    if (error instanceof AppError && error.code === 'bad_input') throw new UsageError(error.message)
    throw error
  }
}
