// What every command of the command line shares: the output streams, the usage error (exit
// code 2) and strict argument parsing with one-line messages. No command logic here.

import { existsSync } from 'node:fs'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { resolveDbPath } from '../paths'
import { oneLine } from '../errors'

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

/**
 * The database a command works on. A path that does not exist yet is created, but only after
 * saying so, so a mistyped --db is noticed rather than quietly starting an empty desk.
 */
export function dbPathFor(flag: string | undefined, io: Io): string {
  const path = resolveDbPath(flag)
  if (!existsSync(path)) io.err(`No database at ${path} yet: creating a new one.`)
  return path
}
