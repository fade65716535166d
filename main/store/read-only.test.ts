import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../app'
import { importFile } from '../import/importFile'
import { oldStyleBook, oldStyleWorkbook } from '../testing/fixtures'
import { makeImmutable, tempDir } from '../testing/temp'
import { refusal } from '../testing/refusals'
import { writeChartRow, writeStyleRow } from './charts'
import { openStore, type Store } from './database'
import { applyEdit } from './edits'
import { currentFigures } from './figures'
import { MIGRATIONS } from './migrations'
import { setSetting } from './settings'

/** A folder holding a database with the 2021/22 figures, closed cleanly (no -wal or -shm left). */
function folderWithDatabase(): { folder: string; path: string; figures: number } {
  const folder = tempDir()
  const path = join(folder, 'desk.sqlite')
  const store = openStore(path)
  importFile(store, { fileName: 'mappa-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  const figures = currentFigures(store.db, {}).length
  store.close()
  return { folder, path, figures }
}

const essexRso = (store: Store) => currentFigures(store.db, { area: 'essex', measure: 'rso', period: '2021/22' })[0]?.value
const canMakeImmutable = makeImmutable(tempDir())

// chattr +i on the folder and the file simulates a read-only medium (a USB stick, a CD, a
// read-only share): SQLite can neither write the file nor create -wal and -shm beside it.
describe.skipIf(!canMakeImmutable)('a database on a read-only medium', () => {
  it('opens read-only, reads every figure and leaves the folder as it was', () => {
    const { folder, path, figures } = folderWithDatabase()
    expect(makeImmutable(path, folder)).toBe(true)
    const store = openStore(path)
    expect(store.isReadOnly).toBe(true)
    expect(essexRso(store)).toBe(1867)
    expect(currentFigures(store.db, {}).length).toBe(figures)
    store.close()
    expect(readdirSync(folder)).toEqual(['desk.sqlite'])
  })

  it('refuses every write with one read_only line', () => {
    const { folder, path } = folderWithDatabase()
    makeImmutable(path, folder)
    const store = openStore(path)
    const edit = refusal(() =>
      applyEdit(store.db, { area: 'essex', measure: 'rso', period: '2021/22', value: '1,870', reason: 'Press office correction' })
    )
    expect(edit?.code).toBe('read_only')
    expect(edit?.message).toBe(
      'The database is open read-only (its file or folder cannot be written): copy it to a writable folder to make changes'
    )
    expect(refusal(() => setSetting(store.db, 'my_area', 'essex'))?.code).toBe('read_only')
    expect(refusal(() => writeChartRow(store.db, { name: 'Essex trend', spec: '{}' }, '2026-12-07'))?.code).toBe('read_only')
    expect(refusal(() => writeStyleRow(store.db, { name: 'Ours', spec: '{}' }, '2026-12-07'))?.code).toBe('read_only')
    expect(refusal(() => importFile(store, { fileName: 'another.xlsx', bytes: oldStyleWorkbook('xlsx') }))?.code).toBe('read_only')
    expect(essexRso(store)).toBe(1867)
    store.close()
  })

  it('refuses an import job at once, and tells the window through app:info', async () => {
    const { folder, path } = folderWithDatabase()
    makeImmutable(path, folder)
    const core = createCore({ dbPath: path, mode: 'browser', log: () => undefined })
    try {
      expect(() => core.jobs.start('another.xlsx', oldStyleWorkbook('xlsx'))).toThrow(/open read-only/)
      expect(await core.dispatch('app:info', {})).toMatchObject({ ok: true, result: { isReadOnly: true, releases: 1 } })
    } finally {
      core.close()
    }
  })

  it('opens a read-only file in a writable folder without leaving -wal or -shm behind', () => {
    const { folder, path } = folderWithDatabase()
    makeImmutable(path)
    const store = openStore(path)
    expect(store.isReadOnly).toBe(true)
    expect(essexRso(store)).toBe(1867)
    store.close()
    expect(readdirSync(folder)).toEqual(['desk.sqlite'])
  })

  it('says in one line that a read-only database from an older version cannot be updated', () => {
    const folder = tempDir()
    const path = join(folder, 'old.sqlite')
    openStore(path, { migrations: MIGRATIONS.slice(0, 1) }).close()
    makeImmutable(path, folder)
    const error = refusal(() => openStore(path))
    expect(error?.code).toBe('read_only')
    expect(error?.message).toBe(
      `${path} is read-only and needs updating for this version of MAPPA Desk (${MIGRATIONS.slice(1)
        .map((each) => each.name)
        .join(', ')}): copy it to a writable folder and open it there`
    )
    expect(readdirSync(folder)).toEqual(['old.sqlite'])
  })

  it('says so on stderr in one line from the command line, and lists the figures', () => {
    const { folder, path } = folderWithDatabase()
    makeImmutable(path, folder)
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'main/cli.ts', 'figures', '--db', path, '--area', 'essex', '--measure', 'rso', '--json'],
      { encoding: 'utf8' }
    )
    expect(run.status).toBe(0)
    expect(run.stderr.trim().split('\n')).toEqual([
      `${path} is on a read-only medium or folder: opened read-only, so figures can be read but not changed`
    ])
    expect(JSON.parse(run.stdout)).toMatchObject([{ area: 'essex', measure: 'rso', value: 1867 }])
    expect(readdirSync(folder)).toEqual(['desk.sqlite'])
  })
})
