import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDesk } from '../app'
import { importFile } from '../import/importFile'
import { oldStyleBook } from '../testing/fixtures'
import { tempDir } from '../testing/temp'
import { openStore } from './database'
import { currentBoot, lockPathFor, processStartOf, takeWriterLock, type LockAttempt } from './writer-lock'

const LOCK_MODULE = JSON.stringify(new URL('./writer-lock.ts', import.meta.url).href)
const APP_MODULE = JSON.stringify(new URL('../app.ts', import.meta.url).href)

/** Another process tries the lock once and says what it found (then exits, letting go of it). */
function tryLockElsewhere(dbPath: string): LockAttempt {
  const script = `import { takeWriterLock } from ${LOCK_MODULE}
    const attempt = takeWriterLock(process.argv[1], 'import')
    process.stdout.write(JSON.stringify(attempt.taken ? { taken: true, holder: attempt.lock.holder } : attempt))`
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dbPath], { encoding: 'utf8' })
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout) as LockAttempt
}

/** Another process that holds something (the lock, or a whole desk) until it is killed; resolves once it does. */
function holdElsewhere(script: string, dbPath: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `${script}\nprocess.stdout.write('holding\\n'); setInterval(() => undefined, 1000)`,
      dbPath
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let errors = ''
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && resolve(child))
    child.once('exit', (code) => reject(new Error(`the other process exited (${code}) before holding: ${errors}`)))
  })
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))

function databaseWithRelease(): string {
  const path = join(tempDir(), 'desk.sqlite')
  const store = openStore(path)
  importFile(store, { fileName: 'mappa-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  store.close()
  return path
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'main/cli.ts', ...args], { encoding: 'utf8' })
}

describe('the writer lock beside the database', () => {
  it('is held against another process until released, then that one takes it', () => {
    const dbPath = join(tempDir(), 'desk.sqlite')
    const attempt = takeWriterLock(dbPath, 'window')
    if (!attempt.taken) throw new Error('the lock should be free')
    expect(JSON.parse(readFileSync(lockPathFor(dbPath), 'utf8'))).toMatchObject({ pid: process.pid, mode: 'window' })

    expect(tryLockElsewhere(dbPath)).toMatchObject({
      taken: false,
      heldBy: { pid: process.pid, mode: 'window', since: attempt.lock.holder.since }
    })
    attempt.lock.release()
    expect(existsSync(lockPathFor(dbPath))).toBe(false)

    const other = tryLockElsewhere(dbPath)
    expect(other).toMatchObject({ taken: true, holder: { mode: 'import' } })
    // The other process let go of it as it exited.
    expect(existsSync(lockPathFor(dbPath))).toBe(false)
  })

  it('is taken over from a process that died holding it', async () => {
    const dbPath = join(tempDir(), 'desk.sqlite')
    const holder = await holdElsewhere(`import { takeWriterLock } from ${LOCK_MODULE}\ntakeWriterLock(process.argv[1], 'window')`, dbPath)
    expect(takeWriterLock(dbPath, 'window')).toMatchObject({ taken: false, heldBy: { pid: holder.pid } })
    holder.kill('SIGKILL')
    await exited(holder)
    expect(JSON.parse(readFileSync(lockPathFor(dbPath), 'utf8'))).toMatchObject({ pid: holder.pid })

    const attempt = takeWriterLock(dbPath, 'window')
    expect(attempt).toMatchObject({ taken: true, lock: { holder: { pid: process.pid } } })
    if (attempt.taken) attempt.lock.release()
  })

  it('is taken over when its pid is alive but names another process: from before a reboot, or started at another time', () => {
    const dbPath = join(tempDir(), 'desk.sqlite')
    // This test's own pid is certainly alive, so only the boot and start fields can tell the lock is not its.
    const live = { pid: process.pid, mode: 'window', since: '2026-11-30T09:00:00.000Z', host: hostname() }
    const takenOver = (holder: object) => {
      writeFileSync(lockPathFor(dbPath), JSON.stringify(holder))
      const attempt = takeWriterLock(dbPath, 'import')
      if (attempt.taken) attempt.lock.release()
      return attempt.taken
    }
    const boot = currentBoot()
    const otherBoot = Number.isNaN(Date.parse(boot))
      ? '0f0e0d0c-0b0a-4908-8706-050403020100'
      : new Date(Date.parse(boot) - 3_600_000).toISOString()
    expect(takenOver({ ...live, boot: otherBoot })).toBe(true)
    expect(takenOver({ ...live, boot })).toBe(false)
    // Where the boot is a time (not Linux), a second's jitter in reading it is the same boot.
    if (!Number.isNaN(Date.parse(boot))) expect(takenOver({ ...live, boot: new Date(Date.parse(boot) + 1_000).toISOString() })).toBe(false)
    // A lock from a version that wrote neither field is judged by its pid alone.
    expect(takenOver(live)).toBe(false)
    const start = processStartOf('self')
    if (start !== undefined) {
      expect(takenOver({ ...live, boot, processStart: String(Number(start) + 1) })).toBe(true)
      expect(takenOver({ ...live, boot, processStart: start })).toBe(false)
    }
    const attempt = takeWriterLock(join(tempDir(), 'other.sqlite'), 'window')
    expect(attempt).toMatchObject({ taken: true, lock: { holder: { boot } } })
    if (attempt.taken) attempt.lock.release()
  })

  it('takes over a lock file that is not one (cut short or garbage)', () => {
    const dbPath = join(tempDir(), 'desk.sqlite')
    writeFileSync(lockPathFor(dbPath), '{"pid": 12')
    const attempt = takeWriterLock(dbPath, 'window')
    expect(attempt.taken).toBe(true)
    if (attempt.taken) attempt.lock.release()
  })

  it('is released when its process is stopped with SIGTERM', async () => {
    const dbPath = join(tempDir(), 'desk.sqlite')
    const holder = await holdElsewhere(`import { takeWriterLock } from ${LOCK_MODULE}\ntakeWriterLock(process.argv[1], 'window')`, dbPath)
    expect(existsSync(lockPathFor(dbPath))).toBe(true)
    holder.kill('SIGTERM')
    await exited(holder)
    expect(holder.signalCode).toBe('SIGTERM')
    expect(existsSync(lockPathFor(dbPath))).toBe(false)
  })
})

describe('a second window on the same database', () => {
  it('opens read-only, says which window writes, refuses an edit, and takes over once that window closes', async () => {
    const dbPath = databaseWithRelease()
    const first = await holdElsewhere(
      `import { createDesk } from ${APP_MODULE}\ncreateDesk({ dbPath: process.argv[1], mode: 'browser', log: () => undefined })`,
      dbPath
    )
    const second = createDesk({ dbPath, mode: 'browser', log: () => undefined })
    try {
      const info = await second.dispatch('app:info', {})
      expect(info).toMatchObject({
        ok: true,
        result: { isReadOnly: true, readOnlyReason: 'other_window', openElsewhere: { pid: first.pid }, releases: 1 }
      })
      const edit = await second.dispatch('edits:apply', {
        area: 'essex',
        measure: 'rso',
        period: '2021/22',
        value: '1870',
        reason: 'Press office'
      })
      expect(edit).toMatchObject({
        ok: false,
        error: { code: 'read_only', message: expect.stringMatching(/already open on this database in another window/) }
      })
      expect(await second.dispatch('backups:restore', {})).toMatchObject({ ok: false, error: { code: 'read_only' } })

      first.kill('SIGTERM')
      await exited(first)
      expect(await second.dispatch('app:info', {})).toMatchObject({
        ok: true,
        result: { isReadOnly: false, readOnlyReason: null, openElsewhere: null }
      })
      expect(
        await second.dispatch('edits:apply', { area: 'essex', measure: 'rso', period: '2021/22', value: '1870', reason: 'Press office' })
      ).toMatchObject({ ok: true })
      expect(JSON.parse(readFileSync(lockPathFor(dbPath), 'utf8'))).toMatchObject({ pid: process.pid, mode: 'window' })
    } finally {
      second.close()
      first.kill('SIGKILL')
    }
    expect(existsSync(lockPathFor(dbPath))).toBe(false)
  }, 60_000)
})

describe('the command line while a window has the database open', () => {
  it('refuses import, remove and restore in one line each, changing nothing, and still reads', () => {
    const dbPath = databaseWithRelease()
    const file = join(tempDir(), 'mappa-2022-23.xlsx')
    writeFileSync(file, oldStyleBook('xlsx', { year: 2023 }))
    const desk = createDesk({ dbPath, mode: 'browser', log: () => undefined })
    try {
      for (const args of [['import', file], ['remove', '1'], ['restore']]) {
        const run = cli(...args, '--db', dbPath)
        expect(run.status).toBe(1)
        const lines = run.stderr.trim().split('\n')
        expect(lines).toHaveLength(1)
        expect(lines[0]).toMatch(
          new RegExp(
            `^mappa: MAPPA Desk has .*desk\\.sqlite open in a window \\(pid ${process.pid}, since \\d\\d:\\d\\d UTC\\): make this change there, or close it first$`
          )
        )
      }
      const figures = cli('figures', '--db', dbPath, '--area', 'essex', '--measure', 'rso', '--json')
      expect(figures.status).toBe(0)
      expect(JSON.parse(figures.stdout)).toMatchObject([{ area: 'essex', value: 1867 }])
      const releases = cli('releases', '--db', dbPath, '--json')
      expect(JSON.parse(releases.stdout)).toHaveLength(1)
    } finally {
      desk.close()
    }
    // With the window closed, the same import goes through.
    const run = cli('import', file, '--db', dbPath)
    expect(run.status).toBe(0)
    expect(existsSync(lockPathFor(dbPath))).toBe(false)
  }, 120_000)
})
