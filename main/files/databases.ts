// The databases this process (or worker thread) has open, for the write guard to protect, where a
// database's backups live, and how to tell an SQLite file by its first bytes. Holds paths only;
// never opens or changes a database (so the write guard loads no store).

import { closeSync, openSync, readSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The folder beside a database where its backups (and no other database's) are kept. */
export function backupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups')
}

const open = new Map<string, number>()

/** Remembers an open database until the returned function is called (once per open; opens are counted). */
export function protectDatabase(path: string): () => void {
  if (path === ':memory:') return () => {}
  const key = resolve(path)
  open.set(key, (open.get(key) ?? 0) + 1)
  let isDone = false
  return () => {
    if (isDone) return
    isDone = true
    const count = (open.get(key) ?? 1) - 1
    if (count > 0) open.set(key, count)
    else open.delete(key)
  }
}

export function openDatabases(): string[] {
  return [...open.keys()]
}

const SQLITE_HEADER = 'SQLite format 3\u0000'

/** Whether the file starts as an SQLite database does (false where it is missing or unreadable). */
export function isSqliteFile(path: string): boolean {
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
