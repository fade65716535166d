// Owns the SQLite connection: opens it with WAL and foreign keys, applies and verifies the
// bundled migrations, seeds the catalogue; opens a file on a read-only medium read-only, writing
// nothing beside it. The only module that constructs a Database.

import Database from 'better-sqlite3'
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError, oneLine } from '../contract/errors'
import { isSqliteFile, protectDatabase } from '../files/databases'
import { MIGRATIONS, type Migration } from './migrations'
import { seedCatalogue } from './catalogue'
import { ensureIdentity } from './identity'
import { markReadOnly, writeTransaction, type Db, type ReadOnlyReason } from './transaction'
import { ensureViews } from './views'

export { readOnlyRefusal, writeTransaction, type Db, type ReadOnlyReason } from './transaction'

export interface OpenOptions {
  /** Path to a better-sqlite3 native build for another runtime (Electron's ABI). */
  nativeBinding?: string
  migrations?: readonly Migration[]
  /**
   * A second connection of the same process to a database its first connection opened and
   * checked (the import worker's): the integrity check is not run again.
   */
  isSecondary?: boolean
  /** Open read-only although the file could be written: another window writes to it. */
  readOnly?: 'other_window'
}

export interface Store {
  db: Db
  path: string
  /** The file or its folder cannot be written (a read-only medium or share): reads only. */
  isReadOnly: boolean
  readOnlyReason: ReadOnlyReason | null
  close(): void
}

/** The one line said wherever a read-only database is opened (CLI stderr, the window's status bar). */
export function readOnlyNotice(path: string): string {
  return `${path} is on a read-only medium or folder: opened read-only, so figures can be read but not changed`
}

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migration (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`

/**
 * Whether SQLite could write the file and create its -wal and -shm beside it. access(2) refuses
 * W_OK on a read-only file system (EROFS) and on an immutable file or folder (EPERM) even for
 * root, so this holds where permission bits alone would not stop root.
 */
export function isWritablePath(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK)
    if (existsSync(path)) accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}

export function openStore(path: string, options: OpenOptions = {}): Store {
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true })
    } catch (error) {
      throw new AppError('database', `Cannot create the folder for the database at ${path}: ${oneLine(error)}`)
    }
    if (options.readOnly || !isWritablePath(path)) return openReadOnlyStore(path, options)
  }
  // A -wal file left with frames in it means the last session did not close the database.
  const wasUnclean = path !== ':memory:' && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0
  let db: Db
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  } catch (error) {
    throw openFailure(path, error, 'Cannot open')
  }
  try {
    // Checked before anything is written, so a foreign or damaged file is left exactly as it was.
    db.pragma('busy_timeout = 5000')
    refuseForeign(db, path)
    if (!options.isSecondary) checkIntegrity(db, path, wasUnclean)
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    migrate(db, options.migrations ?? MIGRATIONS, path)
    ensureViews(db)
    seedCatalogue(db)
    ensureIdentity(db)
  } catch (error) {
    db.close()
    if (error instanceof AppError) throw error
    throw openFailure(path, error, 'Cannot use')
  }
  return { db, path, isReadOnly: false, readOnlyReason: null, close: closerOf(db, path) }
}

/**
 * A WAL database cannot be opened in place on a read-only medium (SQLite must create its -shm),
 * and where only the file is read-only it would leave -wal and -shm behind; so a copy is read in
 * memory as a rollback-journal database. Only where an unclean close left a write-ahead log is the
 * file read in place, through the -wal and -shm already there; and where another window writes
 * to it, read in place as well, so this window sees what that one saves.
 */
function openReadOnlyStore(path: string, options: OpenOptions): Store {
  if (!existsSync(path)) throw new AppError('read_only', `Cannot create a database at ${path}: the folder is read-only`)
  const nativeBinding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  let db: Db
  try {
    const wal = `${path}-wal`
    const isLive = options.readOnly === 'other_window' && existsSync(wal)
    if ((isLive || (existsSync(wal) && statSync(wal).size > 0)) && existsSync(`${path}-shm`)) {
      db = new Database(path, { readonly: true, fileMustExist: true, ...nativeBinding })
    } else {
      const bytes = readFileSync(path)
      // Bytes 18 and 19 of the header say WAL (2) or rollback journal (1); memory takes only the latter.
      if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20)
      db = new Database(bytes, { readonly: true, ...nativeBinding })
    }
    db.pragma('foreign_keys = ON')
  } catch (error) {
    throw new AppError('database', `Cannot open the read-only database at ${path}: ${oneLine(error)}`)
  }
  try {
    const missing = checkMigrations(db, options.migrations ?? MIGRATIONS, path)
    if (missing.length > 0) {
      throw new AppError(
        'read_only',
        `${path} is read-only and needs updating for this version of MAPPA Desk (${missing.map((each) => each.name).join(', ')}): copy it to a writable folder and open it there`
      )
    }
  } catch (error) {
    db.close()
    if (error instanceof AppError) throw error
    throw new AppError('database', `Cannot use the database at ${path}: ${oneLine(error)}`)
  }
  const readOnlyReason: ReadOnlyReason = options.readOnly ?? 'medium'
  markReadOnly(db, readOnlyReason)
  return { db, path, isReadOnly: true, readOnlyReason, close: closerOf(db, path) }
}

/** While a store is open, no export may be written over its file, its -wal or -shm, or its backups. */
function closerOf(db: Db, path: string): () => void {
  const forget = protectDatabase(path)
  return () => {
    forget()
    db.close()
  }
}

/** A file that starts as SQLite but cannot be read is damaged; anything else is not a database. */
function openFailure(path: string, error: unknown, verb: string): AppError {
  if (path !== ':memory:' && isSqliteFile(path) && /malformed|not a database|corrupt|disk image/i.test(oneLine(error))) {
    return new AppError('database_damaged', `The database at ${path} is damaged (${oneLine(error)})`)
  }
  return new AppError('database', `${verb} the database at ${path}: ${oneLine(error)}`)
}

/** quick_check on every open; the full integrity_check after an unclean shutdown. */
function checkIntegrity(db: Db, path: string, isThorough: boolean): void {
  if (path === ':memory:') return
  const rows = db.pragma(isThorough ? 'integrity_check(20)' : 'quick_check(20)', { simple: false }) as Record<string, string>[]
  const problems = rows.map((row) => Object.values(row)[0]).filter((text) => text !== 'ok')
  if (problems.length > 0) {
    throw new AppError(
      'database_damaged',
      `The database at ${path} is damaged (${isThorough ? 'integrity' : 'quick'} check: ${problems[0]})`
    )
  }
}

/** An SQLite file with tables but no MAPPA Desk ledger belongs to another program: never add our tables to it. */
function refuseForeign(db: Db, path: string): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  if (tables.length > 0 && !tables.includes('schema_migration')) {
    const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', …' : '')
    throw new AppError(
      'database',
      `${path} is an SQLite database of another program (tables ${shown}), not a MAPPA Desk database: choose another file`
    )
  }
}

/** Applies what is missing; refuses a database that has migrations this build does not know. */
export function migrate(db: Db, migrations: readonly Migration[], path = 'the database'): void {
  db.exec(CREATE_LEDGER)
  const insert = db.prepare('INSERT INTO schema_migration (id, name, applied_at) VALUES (?, ?, ?)')
  for (const migration of checkMigrations(db, migrations, path)) {
    writeTransaction(db, () => {
      db.exec(migration.sql)
      insert.run(migration.id, migration.name, new Date().toISOString())
    })
  }
}

/** The migrations the database still lacks; refuses one with migrations this build does not know. */
export function checkMigrations(db: Db, migrations: readonly Migration[], path: string): readonly Migration[] {
  const hasLedger = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'").pluck().get() === 1
  const applied = hasLedger ? (db.prepare('SELECT id, name FROM schema_migration ORDER BY id').all() as { id: number; name: string }[]) : []
  applied.forEach((row, index) => {
    const known = migrations[index]
    if (!known || known.id !== row.id || known.name !== row.name) {
      throw new AppError(
        'database',
        `${path} was written by a newer or different version of MAPPA Desk (unknown migration ${row.name}); open it with that version or choose another database`
      )
    }
  })
  return migrations.slice(applied.length)
}

/** Opens another database file to read, never to change: a backup being listed or checked. */
export function openSnapshot(path: string): Db {
  return new Database(path, { readonly: true, fileMustExist: true })
}

/**
 * Opens a database file, perhaps a live one, to read a few rows, leaving nothing beside it: a
 * read-only connection to a WAL database creates -wal and -shm files it cannot remove, so where
 * there is no -wal yet a connection that may write is opened (and writes nothing), which tidies
 * up as it closes. Where a -wal is there (open elsewhere, or left by a crash) it is read as it is.
 */
export function openToRead(path: string): Db {
  return existsSync(`${path}-wal`) ? openSnapshot(path) : new Database(path, { fileMustExist: true })
}
