// Which database a file is: a random id written once into its `setting` table, and the time its
// first migration was applied (its birth). Read from an open connection; never compared here.

import { randomBytes } from 'node:crypto'
import { writeTransaction, type Db } from './transaction'

/** The setting row that holds a database's id: written on its first writable open, copied into every backup. */
const ID_KEY = 'database_id'
const ID_PATTERN = /^[0-9a-f]{32}$/

export interface DatabaseIdentity {
  /** 32 hex digits; null in a file written before databases had one (its backups too). */
  id: string | null
  /** When the file's first migration was applied (ISO, ms): the same in the database and every copy of it. */
  birth: string | null
}

export function identityOf(db: Db): DatabaseIdentity {
  const birth = (db.prepare('SELECT applied_at FROM schema_migration WHERE id = 1').pluck().get() as string | undefined) ?? null
  const text = db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(ID_KEY) as string | undefined
  const id = text === undefined ? null : (JSON.parse(text) as unknown)
  return { id: typeof id === 'string' && ID_PATTERN.test(id) ? id : null, birth }
}

/** Gives a writable database its id, once; `id` carries a database's id over to a copy restored from before ids existed. */
export function ensureIdentity(db: Db, id?: string): string {
  const current = identityOf(db).id
  if (current !== null && id === undefined) return current
  const chosen = id ?? randomBytes(16).toString('hex')
  writeTransaction(db, () => {
    db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      ID_KEY,
      JSON.stringify(chosen)
    )
  })
  return chosen
}
