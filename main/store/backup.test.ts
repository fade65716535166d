import Database from 'better-sqlite3'
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDesk, openDeskStore } from '../app'
import { importFile } from '../import/importFile'
import { accessibleBook, oldStyleBook } from '../testing/fixtures'
import { damageMiddle } from '../testing/damage'
import { tempDir } from '../testing/temp'
import { createAnnotation } from './annotations'
import { backUp, listBackups, MAX_BACKUPS, restoreBackup } from './backup'
import { backupFolder } from '../files/databases'
import { openStore, type Store } from './database'
import { applyEdit } from './edits'
import { currentFigures } from './figures'

function deskWithWork(dir = tempDir()): { store: Store; path: string } {
  const path = join(dir, 'mappa-desk.sqlite')
  const store = openStore(path)
  importFile(store, { fileName: 'mappa-2022.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  applyEdit(store.db, { area: 'county-durham', measure: 'rso', period: '2021/22', value: '942', reason: 'press office' })
  createAnnotation(store.db, { kind: 'area', area: 'essex' }, 'Our patch')
  return { store, path }
}

describe('backups', () => {
  it('are made before an import, once there is something to lose, with what they hold', () => {
    const { store, path } = deskWithWork()
    expect(listBackups(path)).toEqual([])
    importFile(store, { fileName: 'mappa-2024.xlsx', bytes: accessibleBook('xlsx', { year: 2024 }) })
    const backups = listBackups(path)
    expect(backups).toEqual([expect.objectContaining({ reason: 'import', releases: 1, edits: 1, notes: 1, isIntact: true })])
    expect(backups[0].path.startsWith(backupFolder(path))).toBe(true)
    store.close()
  })

  it('keep the newest twenty', () => {
    const { store, path } = deskWithWork()
    for (let index = 0; index < MAX_BACKUPS + 5; index++) backUp(store, 'manual', new Date(Date.UTC(2026, 11, 1, 10, index)))
    const backups = listBackups(path)
    expect(backups).toHaveLength(MAX_BACKUPS)
    expect(backups[0].at).toBe('2026-12-01T10:24:00.000Z')
    expect(backups.at(-1)!.at).toBe('2026-12-01T10:05:00.000Z')
    store.close()
  })

  it("are not made twice of the same database: an import right after the day's backup uses that copy", () => {
    const { store, path } = deskWithWork()
    const daily = backUp(store, 'daily')
    expect(backUp(store, 'import')).toEqual(daily)
    expect(backUp(store, 'removal')).toEqual(daily)
    expect(listBackups(path).map((backup) => backup.reason)).toEqual(['daily'])
    // A note written since, on this connection: the import's own copy is made.
    createAnnotation(store.db, { kind: 'area', area: 'kent' }, 'Next door')
    const afterNote = backUp(store, 'import', new Date(Date.now() + 1000))
    expect(afterNote).toMatchObject({ reason: 'import', notes: 2 })
    // An edit saved by another connection (another thread's): so is the next.
    const other = openStore(path, { isSecondary: true })
    applyEdit(other.db, { area: 'essex', measure: 'rso', period: '2021/22', value: '1870', reason: 'press office' })
    other.close()
    expect(backUp(store, 'import', new Date(Date.now() + 2000))).toMatchObject({ reason: 'import', edits: 2 })
    // A reporter who asks for a backup gets a new one, changed or not.
    expect(backUp(store, 'manual', new Date(Date.now() + 3000))).toMatchObject({ reason: 'manual' })
    expect(listBackups(path).map((backup) => backup.reason)).toEqual(['manual', 'import', 'import', 'daily'])
    store.close()
  })

  it('are made before a desk opens on a new day, once a day', () => {
    const { store, path } = deskWithWork()
    store.close()
    const first = createDesk({ dbPath: path, mode: 'browser' })
    first.close()
    const second = createDesk({ dbPath: path, mode: 'browser' })
    second.close()
    expect(listBackups(path).map((backup) => backup.reason)).toEqual(['daily'])
  })
})

describe('a damaged database is never used as if it were fine', () => {
  it('refuses a database with bytes overwritten in the middle, naming the latest good backup, and restores it', () => {
    const { store, path } = deskWithWork()
    backUp(store, 'manual', new Date(Date.UTC(2026, 11, 1, 10, 42)))
    store.close()
    damageMiddle(path)
    expect(() => openDeskStore({ dbPath: path })).toThrow(
      /^The database at .* is damaged \(.*\)\. The latest good backup is from 1 Dec, 10:42 UTC \(mappa-desk-20261201-104200-000-manual-[0-9a-f]{8}\.sqlite\): restore it with npm run mappa -- restore --db ".*mappa-desk\.sqlite"$/
    )
    const { restored, keptAs } = restoreBackup(path)
    expect(restored).toMatchObject({ releases: 1, edits: 1, notes: 1 })
    expect(keptAs).not.toBeNull()
    expect(existsSync(keptAs!)).toBe(true)
    const reopened = openStore(path)
    expect(currentFigures(reopened.db, { area: 'county-durham', measure: 'rso', period: '2021/22' })[0]).toMatchObject({
      value: 942,
      edited: true
    })
    reopened.close()
  })

  it('refuses a truncated database in one line', () => {
    const { store, path } = deskWithWork()
    store.close()
    truncateSync(path, Math.floor(statSync(path).size / 3))
    expect(() => openStore(path)).toThrow(expect.objectContaining({ code: 'database_damaged', message: expect.not.stringContaining('\n') }))
  })

  it('refuses a foreign SQLite file without adding a table to it', () => {
    const path = join(tempDir(), 'contacts.sqlite')
    const foreign = new Database(path)
    foreign.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('press office')")
    foreign.close()
    const before = readFileSync(path)
    expect(() => openStore(path)).toThrow(/is an SQLite database of another program \(tables contacts\), not a MAPPA Desk database/)
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('opens a database left by a crash (its WAL not checkpointed) after a full integrity check', () => {
    const { store, path } = deskWithWork()
    const copy = join(tempDir(), 'copy.sqlite')
    // A copy taken while the store is open is what a killed process leaves: the file and its -wal.
    copyFileSync(path, copy)
    copyFileSync(`${path}-wal`, `${copy}-wal`)
    store.close()
    expect(statSync(`${copy}-wal`).size).toBeGreaterThan(0)
    const reopened = openStore(copy)
    expect(currentFigures(reopened.db, { area: 'county-durham', measure: 'rso', period: '2021/22' })[0].value).toBe(942)
    reopened.close()
  })

  it('starts a window in recovery, offering the latest backup, and opens the desk once it is restored', async () => {
    const { store, path } = deskWithWork()
    backUp(store, 'manual')
    store.close()
    damageMiddle(path)
    const desk = createDesk({ dbPath: path, mode: 'browser' })
    expect(desk.core()).toBeNull()
    const info = await desk.dispatch('app:info', {})
    expect(info).toMatchObject({
      ok: true,
      result: { recovery: { message: expect.stringMatching(/is damaged/), backup: { releases: 1, edits: 1, notes: 1 } } }
    })
    expect(await desk.dispatch('figures:list', {})).toMatchObject({ ok: false, error: { code: 'database_damaged' } })
    expect(await desk.dispatch('backups:restore', {})).toMatchObject({ ok: true, result: { restored: { releases: 1 } } })
    expect(desk.core()).not.toBeNull()
    expect(await desk.dispatch('app:info', {})).toMatchObject({ ok: true, result: { releases: 1 } })
    expect(readdirSync(join(path, '..')).some((file) => file.startsWith('mappa-desk.sqlite.replaced-'))).toBe(true)
    desk.close()
  })

  it('restores a chosen backup from a working desk, backing up what it replaces first', async () => {
    const { store, path } = deskWithWork()
    const before = backUp(store, 'manual', new Date(Date.UTC(2026, 0, 1)))!
    store.close()
    const desk = createDesk({ dbPath: path, mode: 'browser' })
    await desk.dispatch('annotations:create', { target: { kind: 'area', area: 'kent' }, text: 'later note' })
    expect(await desk.dispatch('backups:restore', { file: before.file })).toMatchObject({
      ok: true,
      result: { restored: { file: before.file, notes: 1 } }
    })
    expect(listBackups(path).map((backup) => backup.reason)).toContain('restore')
    const notes = (await desk.dispatch('annotations:list', {})) as { ok: true; result: unknown[] }
    expect(notes.result).toHaveLength(1)
    desk.close()
  })
})
