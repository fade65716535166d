// The one check every file MAPPA Desk writes goes through first: an export never lands on a
// database (open here or not), its -wal, -shm or -journal, or in an open database's backups folder.
// Reads the file system only; writes nothing.

import { realpathSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { AppError } from '../contract/errors'
import { backupFolder, isSqliteFile, openDatabases } from './databases'

/** The files SQLite keeps beside a database while it is open or after a crash, and what each is. */
const COMPANIONS: readonly (readonly [suffix: string, label: string])[] = [
  ['-wal', 'write-ahead log'],
  ['-shm', 'shared-memory file'],
  ['-journal', 'journal']
]

/** Windows and macOS folders ignore case, so `Desk.SQLITE` is `desk.sqlite` there. */
const isCaseBlind = process.platform === 'win32' || process.platform === 'darwin'

/** The path with every folder that exists resolved through its links, so two spellings of one file compare equal. */
function canonical(path: string): string {
  let folder = resolve(path)
  const rest: string[] = []
  for (;;) {
    try {
      const real = join(realpathSync(folder), ...rest)
      return isCaseBlind ? real.toLowerCase() : real
    } catch {
      if (dirname(folder) === folder) return isCaseBlind ? resolve(path).toLowerCase() : resolve(path)
      rest.unshift(basename(folder))
      folder = dirname(folder)
    }
  }
}

const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)

/** Why writing at `path` would damage a database or its backups, in one line; null where it is safe. */
export function protectedPathReason(path: string): string | null {
  const target = canonical(path)
  for (const db of openDatabases()) {
    const database = canonical(db)
    if (target === database) return `${path} is the database MAPPA Desk has open: an export never replaces it. Choose another file name`
    for (const [suffix, label] of COMPANIONS) {
      if (target === database + suffix)
        return `${path} is the ${label} of the database ${db}: an export never replaces it. Choose another file name`
    }
    const backups = canonical(backupFolder(db))
    if (isInside(target, backups)) return `${path} is in ${backupFolder(db)}, where the backups of ${db} are kept: choose another folder`
  }
  if (isSqliteFile(path)) return `${path} is an SQLite database: an export never replaces one. Choose another file name`
  for (const [suffix, label] of COMPANIONS) {
    if (path.endsWith(suffix) && isSqliteFile(path.slice(0, -suffix.length))) {
      return `${path} is the ${label} of the database ${path.slice(0, -suffix.length)}: an export never replaces it. Choose another file name`
    }
  }
  return null
}

/** Throws the one-line refusal where `path` is a database, part of one, or among an open database's backups. */
export function refuseProtectedPath(path: string): void {
  const reason = protectedPathReason(path)
  if (reason) throw new AppError('bad_input', reason)
}
