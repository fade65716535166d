import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../import/importFile'
import { oldStyleBook } from '../testing/fixtures'
import { tempDir } from '../testing/temp'
import { openStore } from './database'
import { applyEdit } from './edits'
import { currentFigures } from './figures'
import { getSetting } from './settings'

/**
 * Another process (better-sqlite3 is synchronous, so it must be one) takes the write lock on the
 * database, says so, holds it for about a second, writes a setting and commits.
 */
function holdWriteLock(path: string, holdMs: number): { isLocked: Promise<void>; exited: Promise<number | null> } {
  const script = `
    const Database = require('better-sqlite3')
    const db = new Database(process.argv[1])
    db.prepare('BEGIN IMMEDIATE').run()
    db.prepare("INSERT INTO setting (key, value) VALUES ('held_by_other_process', 'true')").run()
    process.stdout.write('locked\\n', () => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]))
      db.prepare('COMMIT').run()
      db.close()
    })`
  const child = spawn(process.execPath, ['-e', script, path, String(holdMs)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] })
  const isLocked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve())
    child.once('exit', (code) => reject(new Error(`the locking process exited (${code}) before taking the lock`)))
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { isLocked, exited }
}

describe('writing while another process writes', () => {
  it('waits for the other writer and then saves the edit', async () => {
    const path = join(tempDir(), 'desk.sqlite')
    const store = openStore(path)
    importFile(store, { fileName: 'mappa-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
    // A read first, as the app does, so this connection holds a snapshot from before the other write.
    expect(currentFigures(store.db, { area: 'essex', measure: 'rso', period: '2021/22' })[0].value).toBe(1867)

    const other = holdWriteLock(path, 1000)
    await other.isLocked
    const edit = applyEdit(store.db, {
      area: 'essex',
      measure: 'rso',
      period: '2021/22',
      value: '1,870',
      reason: 'Press office correction'
    })

    expect(edit).toMatchObject({ after: 1870, isActive: true })
    expect(await other.exited).toBe(0)
    expect(getSetting(store.db, 'held_by_other_process')).toBe(true)
    expect(currentFigures(store.db, { area: 'essex', measure: 'rso', period: '2021/22' })[0]).toMatchObject({ value: 1870, edited: true })
    store.close()
  }, 30_000)

  it('waits for the other writer and then imports the file', async () => {
    const path = join(tempDir(), 'desk.sqlite')
    const store = openStore(path)
    const other = holdWriteLock(path, 1000)
    await other.isLocked
    const summary = importFile(store, { fileName: 'mappa-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })

    expect(summary.status).toBe('imported')
    expect(await other.exited).toBe(0)
    expect(getSetting(store.db, 'held_by_other_process')).toBe(true)
    store.close()
  }, 30_000)
})
