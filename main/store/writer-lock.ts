// One writer per database: a lock file beside it (`<db>.lock`, created exclusively) naming the
// process that writes, how and since when. Never opens the database; a dead holder's lock is taken over.

import { randomBytes } from 'node:crypto'
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, uptime } from 'node:os'

/** Who writes: a window (Electron or browser mode), one command-line write, or a localise run (its packs folder's lock). */
export type LockMode = 'window' | 'import' | 'remove' | 'restore' | 'localise'

export interface LockHolder {
  pid: number
  mode: LockMode
  /** ISO time the holder took the lock. */
  since: string
  host: string
  /** This machine's start as the holder saw it (Linux's boot id, else the ISO boot time): a lock from before a reboot is stale, whatever its pid now names. */
  boot?: string
  /** Where the system says when a process started (Linux), the holder's: the same pid with another start is another process. */
  processStart?: string
}

export interface WriterLock {
  path: string
  holder: LockHolder
  /** Lets go of the lock (only if it is still this one's); safe to call twice. */
  release(): void
}

export type LockAttempt = { taken: true; lock: WriterLock } | { taken: false; heldBy: LockHolder }

export function lockPathFor(dbPath: string): string {
  return `${dbPath}.lock`
}

/**
 * This boot of the machine: Linux names each boot (boot_id), untouched by clock changes; elsewhere
 * the time it started, from the uptime, which has a second's grain.
 */
export function currentBoot(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
  } catch {
    return new Date(Date.now() - uptime() * 1000).toISOString()
  }
}
/** Boot times further apart than this are two boots (a reboot takes longer; a clock's correction while running less). */
const SAME_BOOT_MS = 2 * 60_000

function isSameBoot(recorded: string, now: string): boolean {
  const [then, current] = [Date.parse(recorded), Date.parse(now)]
  return Number.isNaN(then) || Number.isNaN(current) ? recorded === now : Math.abs(current - then) <= SAME_BOOT_MS
}

/** A process's start, in clock ticks since boot, from /proc (Linux); undefined where the system does not say. */
export function processStartOf(pid: number | 'self'): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name, in brackets, may hold spaces and brackets: the fields after its last ')' are fixed; start time is the 22nd.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readHolder(path: string): LockHolder | 'missing' | 'unreadable' {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable'
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder>
    if (Number.isInteger(value.pid) && typeof value.mode === 'string' && typeof value.since === 'string') {
      return {
        pid: value.pid!,
        mode: value.mode as LockMode,
        since: value.since,
        host: typeof value.host === 'string' ? value.host : hostname(),
        ...(typeof value.boot === 'string' ? { boot: value.boot } : {}),
        ...(typeof value.processStart === 'string' ? { processStart: value.processStart } : {})
      }
    }
  } catch {
    // Not JSON: a lock file cut short, or not ours.
  }
  return 'unreadable'
}

/**
 * A holder on another machine (a shared folder) cannot be checked, so it counts as alive. On this
 * one, a holder is gone when its pid runs nothing, when the machine has restarted since it took the
 * lock, or when the process with its pid started at another time: after a reboot or a wrap of pids,
 * the number can name somebody else's process. Locks written without those fields are judged by pid.
 */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false
  if (!isProcessAlive(holder.pid)) return true
  if (holder.boot !== undefined && !isSameBoot(holder.boot, currentBoot())) return true
  const start = holder.processStart === undefined ? undefined : processStartOf(holder.pid)
  return start !== undefined && start !== holder.processStart
}

const sameHolder = (a: LockHolder | string, b: LockHolder) =>
  typeof a !== 'string' && a.pid === b.pid && a.since === b.since && a.host === b.host

/**
 * The lock file is written whole under another name and linked into place, which fails if a lock
 * exists: nobody ever reads a lock half-written.
 */
function createExclusively(path: string, holder: LockHolder): boolean {
  const draft = `${path}.${process.pid}-${randomBytes(4).toString('hex')}`
  writeFileSync(draft, JSON.stringify(holder), { flag: 'wx' })
  try {
    linkSync(draft, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    rmSync(draft, { force: true })
  }
}

/**
 * Takes a stale lock out of the way, unless another process took it over first: the lock is
 * moved aside, and put back if what was moved is not the stale one that was read.
 */
function clearStale(path: string, stale: LockHolder | 'unreadable'): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    renameSync(path, aside)
  } catch {
    return
  }
  const moved = readHolder(aside)
  if (stale === 'unreadable' ? moved === 'unreadable' : sameHolder(moved, stale)) {
    rmSync(aside, { force: true })
    return
  }
  try {
    linkSync(aside, path)
  } catch {
    // Someone else holds it now; theirs stands.
  }
  rmSync(aside, { force: true })
}

const held = new Set<WriterLock>()
let exitHooked = false

/** Locks go on exit, and on Ctrl+C or a kill where nothing else handles those signals. */
function hookExit(): void {
  if (exitHooked) return
  exitHooked = true
  process.on('exit', () => [...held].forEach((lock) => lock.release()))
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = () => {
      ;[...held].forEach((lock) => lock.release())
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, onSignal)
        process.kill(process.pid, signal)
      }
    }
    process.on(signal, onSignal)
  }
}

/** Takes the database's writer lock, or says who holds it. A stale lock (its process gone) is taken over. */
export function takeWriterLock(dbPath: string, mode: LockMode): LockAttempt {
  return takeLockFile(lockPathFor(dbPath), mode)
}

/** Takes the lock file at `path` (a database's, or a localise folder's), or says who holds it; a stale one is taken over. */
export function takeLockFile(path: string, mode: LockMode): LockAttempt {
  const start = processStartOf('self')
  const holder: LockHolder = {
    pid: process.pid,
    mode,
    since: new Date().toISOString(),
    host: hostname(),
    boot: currentBoot(),
    ...(start === undefined ? {} : { processStart: start })
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusively(path, holder)) {
      const lock: WriterLock = {
        path,
        holder,
        release() {
          if (!held.delete(lock)) return
          if (sameHolder(readHolder(path), holder)) rmSync(path, { force: true })
        }
      }
      held.add(lock)
      hookExit()
      return { taken: true, lock }
    }
    const existing = readHolder(path)
    if (existing === 'missing') continue
    if (existing !== 'unreadable' && !isStale(existing)) return { taken: false, heldBy: existing }
    clearStale(path, existing)
  }
  const last = readHolder(path)
  return {
    taken: false,
    heldBy: typeof last === 'string' ? { pid: 0, mode: 'window', since: new Date().toISOString(), host: hostname() } : last
  }
}

/** Who holds the lock now, if a live process does; a stale or missing lock is nobody's. */
export function lockHolder(dbPath: string): LockHolder | null {
  const existing = readHolder(lockPathFor(dbPath))
  return typeof existing === 'string' || isStale(existing) ? null : existing
}

/** "10:42 UTC" or, on another day, "1 Dec 10:42 UTC": when the holder started. */
export function describeSince(since: string, now = new Date()): string {
  const at = new Date(since)
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })
  const sameDay = at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10)
  return sameDay ? `${time} UTC` : `${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })} ${time} UTC`
}

/** What a window opened read-only beside a writing one says (its banner, and the log). */
export function openElsewhereNotice(holder: LockHolder): string {
  return `MAPPA Desk is already open on this database (pid ${holder.pid}, since ${describeSince(holder.since)}): this window is read-only; close the other window to make changes here`
}

/** The one line a command-line write prints when something else writes to the database. */
export function heldRefusal(holder: LockHolder, dbPath: string): string {
  const since = `(pid ${holder.pid}, since ${describeSince(holder.since)})`
  return holder.mode === 'window'
    ? `MAPPA Desk has ${dbPath} open in a window ${since}: make this change there, or close it first`
    : `A command-line ${holder.mode} is writing to ${dbPath} ${since}: wait for it to finish`
}
