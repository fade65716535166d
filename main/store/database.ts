// Owns the SQLite connection: opens it with WAL and foreign keys, applies and verifies the
// bundled migrations, seeds the catalogue. The only module that constructs a Database.

import Database from 'better-sqlite3'
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError, oneLine } from '../errors'
import { MIGRATIONS, type Migration } from './migrations'
import { seedCatalogue } from './catalogue'
import { ensureViews } from './views'

export type Db = Database.Database

export interface OpenOptions {
  /** Path to a better-sqlite3 native build for another runtime (Electron's ABI). */
  nativeBinding?: string
  migrations?: readonly Migration[]
}

export interface Store {
  db: Db
  path: string
  close(): void
}

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migration (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`

export function openStore(path: string, options: OpenOptions = {}): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
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
    checkIntegrity(db, path, wasUnclean)
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    migrate(db, options.migrations ?? MIGRATIONS, path)
    ensureViews(db)
    seedCatalogue(db)
  } catch (error) {
    db.close()
    if (error instanceof AppError) throw error
    throw openFailure(path, error, 'Cannot use')
  }
  return { db, path, close: () => db.close() }
}

const SQLITE_HEADER = 'SQLite format 3\u0000'

function hasSqliteHeader(path: string): boolean {
  try {
    const header = Buffer.alloc(16)
    const fd = openSync(path, 'r')
    try {
      readSync(fd, header, 0, 16, 0)
    } finally {
      closeSync(fd)
    }
    return header.toString('latin1') === SQLITE_HEADER
  } catch {
    return false
  }
}

/** A file that starts as SQLite but cannot be read is damaged; anything else is not a database. */
function openFailure(path: string, error: unknown, verb: string): AppError {
  if (path !== ':memory:' && hasSqliteHeader(path) && /malformed|not a database|corrupt|disk image/i.test(oneLine(error))) {
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
    throw new AppError('database_damaged', `The database at ${path} is damaged (${isThorough ? 'integrity' : 'quick'} check: ${problems[0]})`)
  }
}

/** An SQLite file with tables but no MAPPA Desk ledger belongs to another program: never add our tables to it. */
function refuseForeign(db: Db, path: string): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
  if (tables.length > 0 && !tables.includes('schema_migration')) {
    const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', …' : '')
    throw new AppError('database', `${path} is an SQLite database of another program (tables ${shown}), not a MAPPA Desk database: choose another file`)
  }
}

/** Applies what is missing; refuses a database that has migrations this build does not know. */
export function migrate(db: Db, migrations: readonly Migration[], path = 'the database'): void {
  db.exec(CREATE_LEDGER)
  const applied = db.prepare('SELECT id, name FROM schema_migration ORDER BY id').all() as { id: number; name: string }[]
  applied.forEach((row, index) => {
    const known = migrations[index]
    if (!known || known.id !== row.id || known.name !== row.name) {
      throw new AppError(
        'database',
        `${path} was written by a newer or different version of MAPPA Desk (unknown migration ${row.name}); open it with that version or choose another database`
      )
    }
  })
  const insert = db.prepare('INSERT INTO schema_migration (id, name, applied_at) VALUES (?, ?, ?)')
  for (const migration of migrations.slice(applied.length)) {
    db.transaction(() => {
      db.exec(migration.sql)
      insert.run(migration.id, migration.name, new Date().toISOString())
    })()
  }
}

/** Opens another database file to read, never to change: a backup being listed or checked. */
export function openSnapshot(path: string): Db {
  return new Database(path, { readonly: true, fileMustExist: true })
}
