// Preferences kept in the database (the reporter's own area, chart defaults): JSON values by key.

import { writeTransaction, type Db } from './transaction'

export function getSetting(db: Db, key: string): unknown {
  const text = db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(key) as string | undefined
  return text === undefined ? null : (JSON.parse(text) as unknown)
}

export function setSetting(db: Db, key: string, value: unknown): void {
  writeTransaction(db, () => {
    if (value === null) db.prepare('DELETE FROM setting WHERE key = ?').run(key)
    else
      db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
        key,
        JSON.stringify(value)
      )
  })
}
