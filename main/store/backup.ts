// Backups of the reporter's database: a consistent copy (VACUUM INTO) in `backups/` beside it
// before every import and release removal and once a day, the newest 20 kept; listing them with
// what they hold, and restoring one. Never deletes the database it replaces: that is kept aside.

import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { BackupInfo, BackupReason } from '../contract/types'
import { AppError, oneLine } from '../contract/errors'
import { openSnapshot, type Store } from './database'

/** Twenty copies cover a month of daily use with an import or two a week (each is a few MB). */
export const MAX_BACKUPS = 20

const NAME = /^mappa-desk-(\d{8})-(\d{6})-(\d{3})-(import|removal|daily|restore|manual)\.sqlite$/

export function backupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups')
}

function stamp(date: Date): string {
  const iso = date.toISOString() // 2026-12-01T10:42:00.123Z
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`
}

function atOf(match: RegExpExecArray): string {
  const [, day, time, ms] = match
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${ms}Z`
}

/** What a database file holds, read without changing it; null where it cannot be read or is damaged. */
export function inspectDatabase(path: string): Pick<BackupInfo, 'releases' | 'edits' | 'notes' | 'isIntact'> {
  try {
    const db = openSnapshot(path)
    try {
      const isIntact = db.pragma('quick_check', { simple: true }) === 'ok'
      const count = (sql: string) => db.prepare(sql).pluck().get() as number
      return {
        isIntact,
        releases: count('SELECT count(*) FROM release'),
        edits: count('SELECT count(*) FROM edit WHERE undone_at IS NULL'),
        notes: count('SELECT count(*) FROM annotation WHERE deleted_at IS NULL')
      }
    } finally {
      db.close()
    }
  } catch {
    return { isIntact: false, releases: 0, edits: 0, notes: 0 }
  }
}

/** The backup files beside a database, newest first, by name alone: nothing is opened. */
function backupFiles(dbPath: string): { file: string; match: RegExpExecArray }[] {
  const folder = backupFolder(dbPath)
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .map((file) => ({ file, match: NAME.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .sort((a, b) => (a.file < b.file ? 1 : -1))
}

/** One backup with what it holds (opened read-only and quick-checked). */
function describeBackup(dbPath: string, { file, match }: { file: string; match: RegExpExecArray }): BackupInfo {
  const path = join(backupFolder(dbPath), file)
  return { file, path, at: atOf(match), reason: match[4] as BackupReason, sizeBytes: statSync(path).size, ...inspectDatabase(path) }
}

/** Backups beside a database, newest first, each with what it holds. */
export function listBackups(dbPath: string): BackupInfo[] {
  return backupFiles(dbPath).map((entry) => describeBackup(dbPath, entry))
}

function prune(dbPath: string): void {
  const folder = backupFolder(dbPath)
  const files = readdirSync(folder).filter((file) => NAME.test(file)).sort().reverse()
  for (const file of files.slice(MAX_BACKUPS)) rmSync(join(folder, file), { force: true })
}

/**
 * Writes a consistent copy of the database, unless there is nothing in it to lose. Runs outside
 * any transaction (VACUUM INTO cannot run inside one); the copy is complete or absent.
 */
export function backUp(store: Store, reason: BackupReason, now = new Date()): BackupInfo | null {
  if (store.path === ':memory:' || store.db.readonly) return null
  const holds = store.db.prepare('SELECT (SELECT count(*) FROM release) + (SELECT count(*) FROM edit) + (SELECT count(*) FROM annotation)').pluck().get() as number
  if (holds === 0) return null
  // Before an import or a removal, a copy this connection made of the database as it still is
  // (the day's first open, a moment ago) is that backup already: a second would be the same file.
  const before = stateOf(store)
  const last = lastBackups.get(store.db)
  if ((reason === 'import' || reason === 'removal') && last && isAsItWas(last, before)) return last.backup
  const folder = backupFolder(store.path)
  mkdirSync(folder, { recursive: true })
  const file = `mappa-desk-${stamp(now)}-${reason}.sqlite`
  const path = join(folder, file)
  const partial = `${path}.partial`
  try {
    store.db.prepare('VACUUM INTO ?').run(partial)
    renameSync(partial, path)
  } catch (error) {
    rmSync(partial, { force: true })
    throw new AppError('database', `Could not write a backup to ${folder}: ${oneLine(error)}`)
  }
  prune(store.path)
  // Only the new copy is opened: checking all twenty took a quarter of a second before every import.
  const written = backupFiles(store.path).find((entry) => entry.file === file)
  const backup = written ? describeBackup(store.path, written) : null
  // As the database was when the copy began: a write during it counts as one after it.
  if (backup) lastBackups.set(store.db, { state: before, backup })
  return backup
}

/**
 * Whether the database is as it was: the rows this connection has changed since it opened
 * (total_changes) and the count of commits by other connections (data_version) are both unchanged.
 */
interface DatabaseState {
  changes: number
  version: number
}

const stateOf = (store: Store): DatabaseState => ({
  changes: store.db.prepare('SELECT total_changes()').pluck().get() as number,
  version: store.db.pragma('data_version', { simple: true }) as number
})

/** The last backup each connection made, with the database's state as the copy began. */
const lastBackups = new WeakMap<Store['db'], { state: DatabaseState; backup: BackupInfo }>()

const isAsItWas = (last: { state: DatabaseState; backup: BackupInfo }, now: DatabaseState) =>
  last.state.changes === now.changes && last.state.version === now.version && existsSync(last.backup.path)

/**
 * Whether a backup this connection made holds the database as it still is, so a write another
 * connection makes next (an import worker's) needs no copy of its own.
 */
export function isBackedUpAsItIs(store: Store): boolean {
  const last = lastBackups.get(store.db)
  return last !== undefined && isAsItWas(last, stateOf(store))
}

/** The daily backup: one a day the app is used, on the first open of the day. */
export function backUpDailyIfDue(store: Store, now = new Date()): BackupInfo | null {
  const today = stamp(now).slice(0, 8)
  if (store.path === ':memory:' || backupFiles(store.path).some(({ file }) => file.startsWith(`mappa-desk-${today}-`))) return null
  return backUp(store, 'daily', now)
}

/** The newest backup that passes its check; older ones are opened only while newer ones fail. */
export function latestGoodBackup(dbPath: string): BackupInfo | undefined {
  for (const entry of backupFiles(dbPath)) {
    const backup = describeBackup(dbPath, entry)
    if (backup.isIntact) return backup
  }
  return undefined
}

export interface RestoreResult {
  restored: BackupInfo
  /** Where the database it replaced was kept, or null where there was none. */
  keptAs: string | null
}

/**
 * Puts a backup (the latest intact one unless named) in the database's place. The file it
 * replaces, damaged or not, is renamed aside with its -wal and -shm files, never deleted.
 * The caller must have closed every connection to the database.
 */
export function restoreBackup(dbPath: string, from?: string, now = new Date()): RestoreResult {
  const backups = listBackups(dbPath)
  const chosen = from === undefined ? backups.find((backup) => backup.isIntact) : backups.find((backup) => backup.file === basename(from) || backup.path === from)
  if (!chosen) {
    throw new AppError('not_found', from === undefined ? `There is no intact backup in ${backupFolder(dbPath)} to restore` : `No backup named ${basename(from)} in ${backupFolder(dbPath)}`)
  }
  if (!chosen.isIntact) throw new AppError('database_damaged', `The backup ${chosen.file} is damaged too; choose another`)
  let keptAs: string | null = null
  if (existsSync(dbPath)) {
    keptAs = `${dbPath}.replaced-${stamp(now)}`
    renameSync(dbPath, keptAs)
    for (const suffix of ['-wal', '-shm']) if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, keptAs + suffix)
  }
  copyFileSync(chosen.path, dbPath)
  return { restored: chosen, keptAs }
}
