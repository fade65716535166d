import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { essexTrendSpec } from '../testing/chart'
import { createDispatch } from '../ipc/registrar'
import { createHandlers } from '../ipc/handlers'
import { backUp } from '../store/backup'
import { backupFolder } from './databases'
import { openStore } from '../store/database'
import { currentFigures } from '../store/figures'
import { runCommand } from '../testing/cli'
import { seedTableStore } from '../testing/table-store'
import { tempContext, tempDir } from '../testing/temp'
import { protectedPathReason } from './guard'
import { writeFileWhole } from './write'

function seededDb(): string {
  const db = join(tempDir(), 'desk.sqlite')
  seedTableStore(openStore(db)).close()
  return db
}

const figuresIn = (db: string) => {
  const store = openStore(db)
  try {
    return currentFigures(store.db, { measure: 'rso' }).length
  } finally {
    store.close()
  }
}

describe('an export never lands on the database', () => {
  it('`mappa table --out` the database, its -wal, -shm or -journal: refused in one line, the database intact', async () => {
    const db = seededDb()
    const figures = figuresIn(db)
    expect(figures).toBeGreaterThan(40)
    for (const out of [db, `${db}-wal`, `${db}-shm`, `${db}-journal`]) {
      const result = await runCommand(['table', '--db', db, '--measure', 'rso', '--format', 'csv', '--out', out])
      expect(result.code).toBe(2)
      expect(result.err).toHaveLength(1)
      expect(result.err[0]).toMatch(
        /^mappa: .* (is the database MAPPA Desk has open|is the (write-ahead log|shared-memory file|journal) of the database .*): an export never replaces it\. Choose another file name$/
      )
    }
    expect(readFileSync(db).subarray(0, 15).toString()).toBe('SQLite format 3')
    expect(figuresIn(db)).toBe(figures)
    expect(existsSync(`${db}-journal`)).toBe(false)
  })

  it('`mappa table` and `mappa chart` refuse a backup and the backups folder, and another database reached through a link', async () => {
    const db = seededDb()
    const store = openStore(db)
    const backup = backUp(store, 'manual')!
    store.close()
    const before = readFileSync(backup.path)
    const table = await runCommand(['table', '--db', db, '--measure', 'rso', '--format', 'md', '--out', backup.path])
    expect(table.code).toBe(2)
    expect(table.err[0]).toMatch(/where the backups of .* are kept: choose another folder$/)
    expect(readFileSync(backup.path).equals(before)).toBe(true)
    const fresh = await runCommand(['table', '--db', db, '--measure', 'rso', '--format', 'md', '--out', join(backupFolder(db), 'table.md')])
    expect(fresh.err).toEqual([
      `mappa: ${join(backupFolder(db), 'table.md')} is in ${backupFolder(db)}, where the backups of ${db} are kept: choose another folder`
    ])
    expect(existsSync(join(backupFolder(db), 'table.md'))).toBe(false)
    const other = seededDb()
    const link = join(tempDir(), 'link')
    symlinkSync(join(other, '..'), link)
    const spec = join(tempDir(), 'spec.json')
    writeFileSync(spec, JSON.stringify(essexTrendSpec({ periods: { from: '2021/22', to: '2023/24' }, dpi: 72 })))
    const chart = await runCommand(['chart', '--db', db, '--spec', spec, '--format', 'png', '--out', join(link, 'desk.sqlite')])
    expect(chart).toMatchObject({
      code: 2,
      err: [`mappa: ${join(link, 'desk.sqlite')} is an SQLite database: an export never replaces one. Choose another file name`]
    })
    expect(figuresIn(other)).toBeGreaterThan(40)
  })

  it('the desktop save dialogs: a table or chart saved over the open database is refused, the database intact', async () => {
    const context = tempContext()
    seedTableStore(context.store)
    const figures = currentFigures(context.store.db, { measure: 'rso' }).length
    const dispatch = createDispatch(createHandlers({ ...context, chooseSavePath: async () => context.store.path }))
    const table = await dispatch('tables:save', { subject: 'rso', format: 'csv' })
    expect(table).toEqual({
      ok: false,
      error: {
        code: 'bad_input',
        message: `${context.store.path} is the database MAPPA Desk has open: an export never replaces it. Choose another file name`
      }
    })
    const onWal = createDispatch(createHandlers({ ...context, chooseSavePath: async () => `${context.store.path}-wal` }))
    const chart = await onWal('charts:export', {
      spec: essexTrendSpec({ periods: { from: '2021/22', to: '2023/24' }, dpi: 72 }),
      format: 'svg'
    })
    expect(chart).toMatchObject({
      ok: false,
      error: { code: 'bad_input', message: expect.stringContaining('is the write-ahead log of the database') }
    })
    expect(currentFigures(context.store.db, { measure: 'rso' })).toHaveLength(figures)
    expect(context.store.db.pragma('quick_check', { simple: true })).toBe('ok')
  })

  it('allows an ordinary file beside the database, and refuses only while it is open or is a database', () => {
    const dir = tempDir()
    const store = openStore(join(dir, 'desk.sqlite'))
    expect(protectedPathReason(join(dir, 'desk.csv'))).toBeNull()
    expect(protectedPathReason(join(dir, 'desk.sqlite-wal'))).not.toBeNull()
    writeFileWhole(join(dir, 'desk.csv'), 'a,b\n')
    store.close()
    // Closed, the database is still a database, and its backups folder holds nothing to protect.
    expect(protectedPathReason(join(dir, 'desk.sqlite'))).toMatch(/is an SQLite database/)
    mkdirSync(join(dir, 'backups'))
    expect(protectedPathReason(join(dir, 'backups', 'notes.txt'))).toBeNull()
  })
})
