// Kills the command-line import with SIGKILL at chosen moments and checks what it leaves: an
// intact database, the release wholly present or wholly absent, and a next import that works.
// Test support for main/import/crash.test.ts and `npm run test:crash`; never part of the app.

import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sha256Of } from '../import/digest'
import { openStore } from '../store/database'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** `npm run mappa`'s launcher: the built CLI when it is current, else the sources under tsx. */
const LAUNCHER = join(root, 'scripts', 'mappa.cjs')

/** When to kill: after a delay, or once the database's write-ahead log has grown by so many bytes. */
export type KillMoment = { afterMs: number } | { walGrowthBytes: number }

export interface CliRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
  /** How far the write-ahead log had grown when the process was killed (0: the write had not begun). */
  walGrowth: number
  /** The most the log grew while the process ran: about the size of what the import writes. */
  walPeak: number
  killed: boolean
}

const walSize = (dbPath: string) => statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0

/** Runs `mappa import FILE --db DB`, killing it with SIGKILL at the moment given, if it is still running then. */
export function runImport(file: string, dbPath: string, kill?: KillMoment): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const baseline = walSize(dbPath)
    const child = spawn(process.execPath, [LAUNCHER, 'import', file, '--db', dbPath], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let walGrowth = 0
    let walPeak = 0
    let killed = false
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    const killNow = () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      walGrowth = Math.max(0, walSize(dbPath) - baseline)
      killed = child.kill('SIGKILL')
    }
    const timer = kill && 'afterMs' in kill ? setTimeout(killNow, kill.afterMs) : undefined
    // The log grows as the import's transaction spills its pages: watching it tells how far the write is.
    const watcher = setInterval(() => {
      const growth = walSize(dbPath) - baseline
      walPeak = Math.max(walPeak, growth)
      if (kill && 'walGrowthBytes' in kill && growth >= kill.walGrowthBytes) killNow()
    }, 2)
    child.on('error', reject)
    child.on('exit', (exitCode, signal) => {
      clearTimeout(timer)
      clearInterval(watcher)
      resolve({
        exitCode,
        signal,
        stdout,
        stderr,
        ms: performance.now() - started,
        walGrowth,
        walPeak,
        killed: killed && signal === 'SIGKILL'
      })
    })
  })
}

export interface StoreCheck {
  integrity: string
  foreignKeyProblems: number
  /** Whether the release of that file is stored, and how many of its figures and tables. */
  isPresent: boolean
  observations: number
  tables: number
  /** Figures and tables that belong to no stored release. */
  orphans: number
}

/** Opens the database as the app would after a crash (recovering the log) and looks at it. */
export function checkStore(dbPath: string, bytes: Uint8Array): StoreCheck {
  const store = openStore(dbPath)
  try {
    const { db } = store
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ')
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length
    const releaseId = db.prepare('SELECT id FROM release WHERE sha256 = ?').pluck().get(sha256Of(bytes)) as number | undefined
    const count = (sql: string, ...args: unknown[]) =>
      db
        .prepare(sql)
        .pluck()
        .get(...args) as number
    return {
      integrity,
      foreignKeyProblems,
      isPresent: releaseId !== undefined,
      observations: releaseId === undefined ? 0 : count('SELECT count(*) FROM observation WHERE release_id = ?', releaseId),
      tables: releaseId === undefined ? 0 : count('SELECT count(*) FROM source_table WHERE release_id = ?', releaseId),
      orphans:
        count('SELECT count(*) FROM observation WHERE release_id NOT IN (SELECT id FROM release)') +
        count('SELECT count(*) FROM source_table WHERE release_id NOT IN (SELECT id FROM release)')
    }
  } finally {
    store.close()
  }
}

export interface Expected {
  observations: number
  tables: number
}

/** What is wrong with a database after a kill, as lines; none when it holds the release wholly or not at all. */
export function problemsAfterKill(check: StoreCheck, expected: Expected): string[] {
  const problems: string[] = []
  if (check.integrity !== 'ok') problems.push(`integrity_check: ${check.integrity}`)
  if (check.foreignKeyProblems > 0) problems.push(`${check.foreignKeyProblems} foreign key problems`)
  if (check.orphans > 0) problems.push(`${check.orphans} figures or tables of no release`)
  if (check.isPresent && (check.observations !== expected.observations || check.tables !== expected.tables)) {
    problems.push(
      `release half there: ${check.observations} of ${expected.observations} figures, ${check.tables} of ${expected.tables} tables`
    )
  }
  return problems
}

/** Opening the store writes its catalogue (about 250 KB of log) before any import; growth past this is the import's write. */
const OPENING_WAL_BYTES = 1024 * 1024

/**
 * Kill moments spread over a run of about `runMs` whose write grows the log by `writeBytes`:
 * half by time across the run (mostly while the file is read), half by log growth across the write.
 */
export function spreadMoments(count: number, runMs: number, writeBytes: number): KillMoment[] {
  const byTime = Math.ceil(count / 2)
  const byWrite = count - byTime
  const writeSpan = Math.max(0, writeBytes - OPENING_WAL_BYTES)
  return [
    ...Array.from({ length: byTime }, (_, index) => ({ afterMs: Math.round(runMs * (0.03 + (0.95 * index) / Math.max(1, byTime - 1))) })),
    ...Array.from({ length: byWrite }, (_, index) => ({
      walGrowthBytes: OPENING_WAL_BYTES + Math.round(writeSpan * ((index + 0.5) / byWrite))
    }))
  ]
}
