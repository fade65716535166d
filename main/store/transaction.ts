// The connection's type and its one way to write: a write transaction that takes the lock first,
// refused in one line on a read-only store. Every store module writes through it; it imports none.

import type Database from 'better-sqlite3'
import { AppError } from '../contract/errors'

export type Db = Database.Database

/** Why a store is read-only: its medium or folder cannot be written, or another window writes to it. */
export type ReadOnlyReason = 'medium' | 'other_window'

const READ_ONLY_REFUSAL =
  'The database is open read-only (its file or folder cannot be written): copy it to a writable folder to make changes'
const OTHER_WINDOW_REFUSAL =
  'MAPPA Desk is already open on this database in another window, so this one is read-only: make the change there, or close it and reopen this one'

/** What a write to a read-only store is refused with, by why it is read-only. */
export function readOnlyRefusal(reason: ReadOnlyReason | null): string {
  return reason === 'other_window' ? OTHER_WINDOW_REFUSAL : READ_ONLY_REFUSAL
}

const refusals = new WeakMap<Db, string>()

/** Remembers why a read-only connection is read-only, for the line its writes are refused with. */
export function markReadOnly(db: Db, reason: ReadOnlyReason | null): void {
  refusals.set(db, readOnlyRefusal(reason))
}

/**
 * Whether anything was written, as two counts that only grow: the rows this connection has changed
 * since it opened (total_changes) and the commits other connections have made (data_version).
 */
export interface WriteState {
  changes: number
  version: number
}

export function writeStateOf(db: Db): WriteState {
  return {
    changes: db.prepare('SELECT total_changes()').pluck().get() as number,
    version: db.pragma('data_version', { simple: true }) as number
  }
}

/**
 * A read made once per version of the store and kept until something is written (writeStateOf says
 * when): for reads that run on every keystroke, such as the chart editor's preview and Check my copy.
 * What it returns is shared between callers, so they must not change it.
 */
export function oncePerStoreVersion<T>(read: (db: Db) => T): (db: Db) => T {
  const kept = new WeakMap<Db, { version: string; value: T }>()
  return (db) => {
    const state = writeStateOf(db)
    const version = `${state.changes}|${state.version}`
    const cached = kept.get(db)
    if (cached?.version === version) return cached.value
    const value = read(db)
    kept.set(db, { version, value })
    return value
  }
}

/**
 * Runs `fn` as one write transaction that takes the write lock first (BEGIN IMMEDIATE). A
 * deferred transaction that reads and then writes while another process writes fails at once
 * with "database is locked" (SQLite cannot retry it: its snapshot is stale); an immediate one
 * waits its turn under busy_timeout. Called inside another transaction it becomes a savepoint.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  if (db.readonly) throw new AppError('read_only', refusals.get(db) ?? READ_ONLY_REFUSAL)
  return db.transaction(fn).immediate()
}
