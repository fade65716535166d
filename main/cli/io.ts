// The command line's output streams, its usage error (exit code 2) and strict argument parsing
// with one-line messages: all that the entry point needs before it knows the command.

import { parseArgs, type ParseArgsConfig } from 'node:util'
import { oneLine } from '../contract/errors'

export class UsageError extends Error {}

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

export const consoleIo: Io = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) }

export function parse<const T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs({ ...config, strict: true })
  } catch (error) {
    throw new UsageError(oneLine(error).replace(/\. To specify a positional argument.*$/, ''))
  }
}
