// What every command of the command line shares: the output streams, the usage error (exit
// code 2) and strict argument parsing with one-line messages. No command logic here.

import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { resolveDbPath } from '../paths'
import { AppError } from '../contract/errors'
import { heldRefusal, takeWriterLock, type LockMode, type WriterLock } from '../store/writer-lock'
import type { Io } from './io'

export { consoleIo, parse, UsageError, writeOutFile, type Io } from './io'

/**
 * The database a command works on. A path that does not exist yet is created, but only after
 * saying so, so a mistyped --db is noticed rather than quietly starting an empty desk.
 */
export function dbPathFor(flag: string | undefined, io: Io): string {
  const path = resolveDbPath(flag)
  if (!existsSync(path)) io.err(`No database at ${path} yet: creating a new one.`)
  return path
}

/**
 * Runs a command-line write holding the database's writer lock, so it never races a window (or
 * another write): where one holds it, refuses in one line. Where no lock can be written (a
 * read-only medium) the work runs and the read-only store refuses it in its own words.
 */
export function holdingWriterLock<T>(dbPath: string, mode: LockMode, work: () => T): T {
  let lock: WriterLock | null = null
  try {
    mkdirSync(dirname(dbPath), { recursive: true })
    const attempt = takeWriterLock(dbPath, mode)
    if (!attempt.taken) throw new AppError('busy', heldRefusal(attempt.heldBy, dbPath))
    lock = attempt.lock
  } catch (error) {
    if (error instanceof AppError) throw error
  }
  const release = () => lock?.release()
  try {
    const result = work()
    if (result instanceof Promise) return result.finally(release) as T
    release()
    return result
  } catch (error) {
    release()
    throw error
  }
}
