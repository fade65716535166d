import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDesk } from '../app'
import { importFile } from '../import/importFile'
import { runCommand } from '../testing/cli'
import { oldStyleBook } from '../testing/fixtures'
import { damageMiddle } from '../testing/damage'
import { tempDir } from '../testing/temp'
import { createAnnotation, listAnnotations } from './annotations'
import { backUp, backUpDailyIfDue, latestGoodBackup, listBackups, MAX_BACKUPS, readIdentity, restoreBackup } from './backup'
import { backupFolder } from '../files/databases'
import { openStore, type Store } from './database'

/** A database in `dir` holding one release and a note saying whose it is. */
function deskNamed(dir: string, name: string): { store: Store; path: string } {
  const path = join(dir, `${name}.sqlite`)
  const store = openStore(path)
  importFile(store, { fileName: 'mappa-2022.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  createAnnotation(store.db, { kind: 'area', area: 'essex' }, `${name}'s note`)
  return { store, path }
}

const notesIn = (path: string) => {
  const store = openStore(path)
  try {
    return listAnnotations(store.db).map((note) => note.text)
  } finally {
    store.close()
  }
}

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute))

/**
 * A backup as versions before this one wrote it: named `mappa-desk-<stamp>-<reason>.sqlite` whatever
 * the database, holding no database id (their databases had none).
 */
function oldStyleBackup(store: Store, minute: number): string {
  mkdirSync(backupFolder(store.path), { recursive: true })
  const path = join(backupFolder(store.path), `mappa-desk-20261101-10${String(minute).padStart(2, '0')}00-000-manual.sqlite`)
  store.db.prepare('VACUUM INTO ?').run(path)
  const copy = new Database(path)
  copy.prepare("DELETE FROM setting WHERE key = 'database_id'").run()
  copy.close()
  return path
}

describe('backups belong to one database', () => {
  it('are named for the database they copy and listed only for it, with two databases in one folder', () => {
    const dir = tempDir()
    const a = deskNamed(dir, 'a')
    const b = deskNamed(dir, 'b')
    backUp(a.store, 'manual', at(1))
    backUp(b.store, 'manual', at(2))
    backUp(b.store, 'manual', at(3))
    expect(listBackups(a.path).map((backup) => backup.file)).toEqual([
      expect.stringMatching(/^a-20261201-100100-000-manual-[0-9a-f]{8}\.sqlite$/)
    ])
    expect(listBackups(b.path).map((backup) => backup.file)).toEqual([
      expect.stringMatching(/^b-20261201-100300-000-manual-[0-9a-f]{8}\.sqlite$/),
      expect.stringMatching(/^b-20261201-100200-000-manual-[0-9a-f]{8}\.sqlite$/)
    ])
    expect(latestGoodBackup(a.path)?.file).toMatch(/^a-/)
    a.store.close()
    b.store.close()
  })

  it('makes the daily backup of one database although another beside it made one today', () => {
    const dir = tempDir()
    const a = deskNamed(dir, 'a')
    const b = deskNamed(dir, 'b')
    const now = new Date()
    expect(backUpDailyIfDue(b.store, now)).toMatchObject({ reason: 'daily' })
    expect(backUpDailyIfDue(a.store, new Date(now.getTime() + 1000))).toMatchObject({ reason: 'daily' })
    expect(backUpDailyIfDue(a.store, new Date(now.getTime() + 2000))).toBeNull()
    expect(listBackups(a.path).map((backup) => backup.reason)).toEqual(['daily'])
    a.store.close()
    b.store.close()
  })

  it("rotates each database's twenty on its own: another database's backups neither count nor go", () => {
    const dir = tempDir()
    const a = deskNamed(dir, 'a')
    const b = deskNamed(dir, 'b')
    for (let minute = 0; minute < MAX_BACKUPS; minute++) backUp(b.store, 'manual', at(minute))
    backUp(a.store, 'manual', at(30))
    backUp(a.store, 'manual', at(31))
    expect(listBackups(b.path)).toHaveLength(MAX_BACKUPS)
    expect(listBackups(a.path)).toHaveLength(2)
    expect(readdirSync(backupFolder(a.path))).toHaveLength(MAX_BACKUPS + 2)
    a.store.close()
    b.store.close()
  })

  it("clears its own part-written backup left by a killed process, never another database's", () => {
    const dir = tempDir()
    const a = deskNamed(dir, 'a')
    const b = deskNamed(dir, 'b')
    const aFile = backUp(a.store, 'manual', at(1))!.file
    const bFile = backUp(b.store, 'manual', at(2))!.file
    // What a SIGKILL during VACUUM INTO leaves: the copy under its temporary name.
    const leftovers = [aFile, bFile].map((file) => join(backupFolder(a.path), file.replace('-100', '-090') + '.partial'))
    for (const leftover of leftovers) writeFileSync(leftover, 'half a copy')
    backUp(a.store, 'manual', at(3))
    expect(leftovers.map((leftover) => existsSync(leftover))).toEqual([false, true])
    a.store.close()
    b.store.close()
  })

  it("restore --db a never puts b's copy in a's place, with or without --from", async () => {
    const dir = tempDir()
    const a = deskNamed(dir, 'a')
    const b = deskNamed(dir, 'b')
    const bBackup = backUp(b.store, 'manual', at(5))!
    a.store.close()
    b.store.close()
    const before = readFileSync(a.path)

    const latest = await runCommand(['restore', '--db', a.path])
    expect(latest.code).toBe(1)
    expect(latest.err).toEqual([`mappa: There is no intact backup of a.sqlite in ${backupFolder(a.path)} to restore`])

    const named = await runCommand(['restore', '--db', a.path, '--from', bBackup.file])
    expect(named.code).toBe(1)
    expect(named.err).toEqual([`mappa: ${bBackup.file} is a backup of b.sqlite, not of a.sqlite: restore it with --db ${b.path}`])
    expect(readFileSync(a.path).equals(before)).toBe(true)
    expect(notesIn(a.path)).toEqual(["a's note"])

    const listed = await runCommand(['backups', '--db', a.path, '--json'])
    expect(JSON.parse(listed.out.join('\n'))).toEqual([])
  })

  it("refuses a copy whose name says it is this database's but whose content is another's", () => {
    const dir = tempDir()
    const a = deskNamed(dir, 'a')
    const b = deskNamed(dir, 'b')
    const aBackup = backUp(a.store, 'manual', at(1))!
    const bBackup = backUp(b.store, 'manual', at(2))!
    a.store.close()
    b.store.close()
    // b's copy under a's name (moved by hand, or a file system's mix-up): the name alone would pass.
    renameSync(bBackup.path, aBackup.path)
    const before = readFileSync(a.path)
    expect(() => restoreBackup(a.path, aBackup.file)).toThrow(
      `Could not restore ${aBackup.file}: the backup holds another database than its name says. Nothing was replaced: the database is still at ${a.path}, the backup at ${aBackup.path}`
    )
    expect(readFileSync(a.path).equals(before)).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(['a.sqlite', 'b.sqlite', 'backups'])
  })

  it("keeps telling a database from a copy of it made by hand: the copy's backups are not the original's", () => {
    const dir = tempDir()
    const a = deskNamed(dir, 'a')
    a.store.close()
    copyFileSync(a.path, join(dir, 'copy.sqlite'))
    const copy = openStore(join(dir, 'copy.sqlite'))
    createAnnotation(copy.db, { kind: 'area', area: 'kent' }, 'only in the copy')
    expect(readIdentity(copy.path)?.id).toBe(readIdentity(a.path)?.id)
    backUp(copy, 'manual', at(9))
    copy.close()
    expect(listBackups(a.path)).toEqual([])
    expect(() => restoreBackup(a.path)).toThrow(/There is no intact backup of a\.sqlite/)
  })

  it("offers only this database's copy on the recovery screen, though another database's is newer", async () => {
    const dir = tempDir()
    const a = deskNamed(dir, 'a')
    const b = deskNamed(dir, 'b')
    const aBackup = backUp(a.store, 'manual', at(1))!
    backUp(b.store, 'manual', at(50))
    a.store.close()
    b.store.close()
    damageMiddle(a.path)
    const desk = createDesk({ dbPath: a.path, mode: 'browser' })
    expect(await desk.dispatch('app:info', {})).toMatchObject({ ok: true, result: { recovery: { backup: { file: aBackup.file } } } })
    expect(await desk.dispatch('backups:restore', { file: aBackup.file })).toMatchObject({
      ok: true,
      result: { restored: { file: aBackup.file } }
    })
    expect(await desk.dispatch('annotations:list', {})).toMatchObject({ ok: true, result: [{ text: "a's note" }] })
    desk.close()
  })
})

describe('backups in the old naming', () => {
  it("stay this database's where its birth proves it, restore into it keeping its id, and are never offered to another", () => {
    const dir = tempDir()
    const a = deskNamed(dir, 'mappa-desk')
    const b = deskNamed(dir, 'b')
    const old = oldStyleBackup(a.store, 1)
    createAnnotation(a.store.db, { kind: 'area', area: 'kent' }, 'after the old backup')
    const id = readIdentity(a.path)!.id
    a.store.close()
    b.store.close()
    expect(listBackups(b.path)).toEqual([])
    expect(() => restoreBackup(b.path)).toThrow(/There is no intact backup of b\.sqlite/)
    expect(listBackups(a.path).map((backup) => backup.path)).toEqual([old])
    restoreBackup(a.path)
    expect(notesIn(a.path)).toEqual(["mappa-desk's note"])
    expect(readIdentity(a.path)!.id).toBe(id)
    // Its backups from now on are still its own.
    const reopened = openStore(a.path)
    backUp(reopened, 'manual', at(2))
    reopened.close()
    expect(listBackups(a.path)).toHaveLength(2)
  })

  it('are offered to neither where a copy of the database made by hand shares its birth', async () => {
    const dir = tempDir()
    const a = deskNamed(dir, 'mappa-desk')
    const old = oldStyleBackup(a.store, 1)
    a.store.close()
    copyFileSync(a.path, join(dir, 'mappa-desk copy.sqlite'))
    expect(listBackups(a.path)).toEqual([])
    const named = await runCommand(['restore', '--db', a.path, '--from', old])
    expect(named.code).toBe(1)
    expect(named.err).toEqual([
      `mappa: ${old.split('/').at(-1)} was made before backups were named for their database, and it cannot be proved to be a copy of mappa-desk.sqlite: it is left untouched`
    ])
  })
})
