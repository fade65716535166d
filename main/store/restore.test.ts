import { spawn } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createDesk } from '../app'
import { importFile } from '../import/importFile'
import { oldStyleBook } from '../testing/fixtures'
import { damageMiddle } from '../testing/damage'
import { fillDisk, tempDir, tempTmpfs } from '../testing/temp'
import { createAnnotation, listAnnotations } from './annotations'
import { backUp, listBackups, restoreBackup, type RestoreStep } from './backup'
import { backupFolder } from '../files/databases'
import { openStore, type Store } from './database'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** `npm run mappa`'s launcher: the built CLI when it is current, else the sources under tsx. */
const LAUNCHER = join(root, 'scripts', 'mappa.cjs')
const RESTORE_CHILD = join(root, 'main', 'testing', 'restore-child.ts')
const NO_MOUNT = 'mounting a small tmpfs is not permitted here (it needs root): no full disk to test on'

const BACKED_UP = 'in the backup'
const SINCE = 'written after the backup'

/**
 * A database with a release and a note, backed up, then another note: restoring gives the first
 * note alone, the database as it was gives both. `paddingMb` of notes make the copy take a while.
 */
function deskWithBackup(dir: string, paddingMb = 0): { path: string; backupPath: string } {
  const path = join(dir, 'desk.sqlite')
  const store = openStore(path)
  importFile(store, { fileName: 'mappa-2022.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  createAnnotation(store.db, { kind: 'area', area: 'essex' }, BACKED_UP)
  if (paddingMb > 0) pad(store, paddingMb)
  const backup = backUp(store, 'manual', new Date(Date.UTC(2026, 11, 1, 10, 42)))!
  createAnnotation(store.db, { kind: 'area', area: 'kent' }, SINCE)
  store.close()
  return { path, backupPath: backup.path }
}

/** Deleted notes of random text (still in the file, as a reporter's deleted notes are): about 10 KB each. */
function pad(store: Store, megabytes: number): void {
  store.db
    .prepare(
      `INSERT INTO annotation (target_kind, area_id, text, created_at, deleted_at)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       SELECT 'area', (SELECT id FROM area WHERE slug = 'kent'), hex(randomblob(5000)), '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z' FROM n`
    )
    .run(megabytes * 100)
}

/** The notes the database holds, opened as the app opens it (integrity checked); throws where it is damaged. */
function notesIn(path: string): string[] {
  const store = openStore(path)
  try {
    return listAnnotations(store.db)
      .map((note) => note.text)
      .sort()
  } finally {
    store.close()
  }
}

const WHOLE_STATES = [[BACKED_UP], [BACKED_UP, SINCE]]

describe('a restore is atomic', () => {
  it("leaves the database whole, as it was or as the backup, wherever a SIGKILL stops the command line's restore", async () => {
    // One database of some 20 MB, so the copy takes a while; each run restores a fresh copy of its folder.
    const prepared = tempDir()
    deskWithBackup(prepared, 20)
    const outcomes: string[][] = []
    for (const delayMs of [0, 0, 40]) {
      const dir = tempDir()
      cpSync(prepared, dir, { recursive: true })
      const path = join(dir, 'desk.sqlite')
      const before = new Set(readdirSync(dir))
      const child = spawn(process.execPath, [LAUNCHER, 'restore', '--db', path], { cwd: root, stdio: 'ignore' })
      const exited = new Promise((resolve) => child.on('exit', resolve))
      // The first file the restore writes beside the database (not its lock, nor SQLite's -wal and -shm), then the delay.
      const started = Date.now()
      while (Date.now() - started < 30_000 && !readdirSync(dir).some((file) => !before.has(file) && !/\.lock$|-wal$|-shm$/.test(file))) {
        // Watches as closely as it can: the copy takes a few tens of milliseconds.
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delayMs)
      child.kill('SIGKILL')
      await exited
      expect(existsSync(path)).toBe(true)
      outcomes.push(notesIn(path))
    }
    for (const notes of outcomes) expect(WHOLE_STATES).toContainEqual(notes)
    // At least one kill landed before the restore was done, or this test would prove nothing.
    expect(outcomes).toContainEqual([BACKED_UP, SINCE])
  }, 120_000)

  it.each<RestoreStep>(['copied', 'checked', 'kept'])(
    'keeps the database as it was when killed once the copy is %s, and the next restore works',
    async (step) => {
      const dir = tempDir()
      const { path } = deskWithBackup(dir)
      const before = readFileSync(path)
      const child = spawn(process.execPath, ['--import', 'tsx', RESTORE_CHILD, path, step], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit']
      })
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
      await new Promise<void>((resolve) => child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(step) && resolve()))
      child.kill('SIGKILL')
      expect(await exited).toBe('SIGKILL')
      expect(readFileSync(path).equals(before)).toBe(true)
      expect(notesIn(path)).toEqual([BACKED_UP, SINCE])
      const { keptAs } = restoreBackup(path)
      expect(notesIn(path)).toEqual([BACKED_UP])
      expect(notesIn(keptAs!)).toEqual([BACKED_UP, SINCE])
      expect(readdirSync(dir).filter((file) => file.includes('.restoring'))).toEqual([])
    },
    60_000
  )

  it('on a full disk replaces nothing and says in one line where the database and the backup are', (context) => {
    const dir = tempTmpfs('8m')
    if (!dir) return context.skip(NO_MOUNT)
    const { path, backupPath } = deskWithBackup(dir)
    const before = readFileSync(path)
    const filler = fillDisk(dir, Math.floor(readFileSync(backupPath).length / 2))
    expect(() => restoreBackup(path)).toThrow(
      `Could not restore ${backupPath.split('/').at(-1)}: the disk holding ${dir} is full. Nothing was replaced: the database is still at ${path}, the backup at ${backupPath}`
    )
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(['backups', 'desk.sqlite', 'filler.bin'])
    rmSync(filler)
    restoreBackup(path)
    expect(notesIn(path)).toEqual([BACKED_UP])
  })

  it('on a full disk leaves a damaged database in recovery, never a fresh empty one in its place', async (context) => {
    const dir = tempTmpfs('8m')
    if (!dir) return context.skip(NO_MOUNT)
    const { path, backupPath } = deskWithBackup(dir)
    damageMiddle(path)
    const damaged = readFileSync(path)
    const desk = createDesk({ dbPath: path, mode: 'browser' })
    expect(desk.core()).toBeNull()
    fillDisk(dir, Math.floor(readFileSync(backupPath).length / 2))
    const restored = await desk.dispatch('backups:restore', { file: backupPath.split('/').at(-1) })
    expect(restored).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/the disk holding .* is full\. Nothing was replaced: the database is still at .*, the backup at /)
      }
    })
    expect(desk.core()).toBeNull()
    expect(await desk.dispatch('app:info', {})).toMatchObject({ ok: true, result: { recovery: { backup: { path: backupPath } } } })
    expect(readFileSync(path).equals(damaged)).toBe(true)
    desk.close()
  })
})

describe('a restore from a working window', () => {
  it('on a full disk restores nothing when the database as it is cannot be backed up first, and the desk stays open on it', async (context) => {
    const dir = tempTmpfs('8m')
    if (!dir) return context.skip(NO_MOUNT)
    const { path, backupPath } = deskWithBackup(dir)
    const desk = createDesk({ dbPath: path, mode: 'browser' })
    fillDisk(dir, 16 * 1024)
    const restored = await desk.dispatch('backups:restore', { file: backupPath.split('/').at(-1) })
    expect(restored).toMatchObject({
      ok: false,
      error: {
        code: 'disk_full',
        message: `Nothing was restored: the database as it is could not be backed up first (No backup was written: the disk holding ${join(dir, 'backups')} is full); it is unchanged at ${path}`
      }
    })
    expect(desk.core()).not.toBeNull()
    const notes = (await desk.dispatch('annotations:list', {})) as { ok: true; result: { text: string }[] }
    expect(notes.result.map((note) => note.text).sort()).toEqual([BACKED_UP, SINCE])
    desk.close()
  })
})

describe('a backup is written whole or not at all', () => {
  it('on a full disk says so in one line naming the folder, and leaves no part of a copy', (context) => {
    const dir = tempTmpfs('8m')
    if (!dir) return context.skip(NO_MOUNT)
    const store = openStore(join(dir, 'desk.sqlite'))
    importFile(store, { fileName: 'mappa-2022.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
    store.db.pragma('wal_checkpoint(TRUNCATE)')
    fillDisk(dir, 64 * 1024)
    expect(() => backUp(store, 'manual')).toThrow(`No backup was written: the disk holding ${backupFolder(store.path)} is full`)
    expect(readdirSync(backupFolder(store.path))).toEqual([])
    expect(listBackups(store.path)).toEqual([])
    store.close()
  })
})
