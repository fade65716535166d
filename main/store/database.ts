// Owns the SQLite connection: opens it with WAL and foreign keys, applies and verifies the
// bundled migrations, seeds the catalogue. The only module that constructs a Database.

import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
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
  let db: Db
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
  } catch (error) {
    throw new AppError('database', `Cannot open the database at ${path}: ${oneLine(error)}`)
  }
  try {
    migrate(db, options.migrations ?? MIGRATIONS, path)
    ensureViews(db)
    seedCatalogue(db)
  } catch (error) {
    db.close()
    if (error instanceof AppError) throw error
    throw new AppError('database', `Cannot use the database at ${path}: ${oneLine(error)}`)
  }
  return { db, path, close: () => db.close() }
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
