// Assembles the core for one run: opens the store and builds the dispatch every front end
// mounts. No Electron here: the shell and the CLI both start from this. A window (Electron or
// browser mode) gets a desk, which offers the latest backup when the database is damaged.
// The handler map (with its schemas) loads on the first call, and each export library on the
// first call that needs it: a command-line import never loads them, and a window starts sooner.

import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { LocaliseJobs } from './export/localise/jobs'
import type { AppInfo, Recovery } from './contract/types'
import { AppError, oneLine } from './contract/errors'
import { createImportJobs, type ImportJobs } from './import/jobs'
import type { HandlerContext } from './ipc/handlers'
import type { DeskControl } from './ipc/handlers/context'
import type { Channel } from './ipc/channels'
import type { Dispatch, HandlerMap } from './ipc/registrar'
import { resolveDbPath, resourcesDir, samplePath } from './paths'
import { backUp, backUpDailyIfDue, latestGoodBackup, restoreBackup, type RestoreResult } from './store/backup'
import { openStore, readOnlyNotice, type Store } from './store/database'
import { lockHolder, openElsewhereNotice, takeWriterLock, type LockHolder, type WriterLock } from './store/writer-lock'

export interface Core {
  store: Store
  jobs: ImportJobs
  dispatch: Dispatch
  /** Loads the handler map now, without waiting for it: a window is about to call. */
  prepare(): void
  close(): void
}

export interface CoreOptions {
  dbPath: string
  mode: 'electron' | 'browser'
  nativeBinding?: string
  /** Where the core says what a person should know (the CLI passes stderr); the console's stderr by default. */
  log?: (message: string) => void
  /** Restores backups for a window; the command line has its own `restore`. */
  desk?: DeskControl
  /** The shell's native save dialog, for chart and table exports (Electron only). */
  chooseSavePath?: HandlerContext['chooseSavePath']
  /** Another window writes to this database: open it read-only and say who. */
  openElsewhere?: LockHolder
}

export function appVersion(): string {
  const manifest = JSON.parse(readFileSync(join(resourcesDir(), '..', 'package.json'), 'utf8')) as { version?: string }
  return manifest.version ?? '0.0.0'
}

const describeBackup = (at: string) =>
  new Date(at).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }) + ' UTC'

/** The command that restores this database's latest good backup: `--db` named unless it is the one used by default. */
const restoreCommand = (dbPath: string) => `npm run mappa -- restore${dbPath === resolveDbPath(undefined) ? '' : ` --db "${dbPath}"`}`

/** Opens the store; a damaged one is refused in one line that names the latest good backup. */
export function openDeskStore(options: Pick<CoreOptions, 'dbPath' | 'nativeBinding' | 'openElsewhere'>): Store {
  try {
    return openStore(options.dbPath, { nativeBinding: options.nativeBinding, readOnly: options.openElsewhere ? 'other_window' : undefined })
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'database_damaged') throw error
    const backup = latestGoodBackup(options.dbPath)
    throw new AppError(
      'database_damaged',
      `${error.message}. ${backup ? `The latest good backup is from ${describeBackup(backup.at)} (${backup.file}): restore it with ${restoreCommand(options.dbPath)}` : 'There is no backup to restore'}`
    )
  }
}

/** A dispatch built on its first call (or when prepared), so what it loads is paid for only when used. */
function lazyDispatch(build: () => Promise<Dispatch>): { dispatch: Dispatch; prepare(): void } {
  let built: Promise<Dispatch> | undefined
  const ready = () =>
    (built ??= build().catch((error: unknown) => {
      built = undefined
      throw error
    }))
  return {
    dispatch: async (channel, args) => (await ready())(channel, args),
    prepare: () => void ready().catch(() => undefined)
  }
}

const loadRegistrar = () => import('./ipc/registrar')
const loadChannels = () => import('./ipc/channels')

export function createCore(options: CoreOptions): Core {
  const store = openDeskStore(options)
  if (store.isReadOnly)
    (options.log ?? console.warn)(options.openElsewhere ? openElsewhereNotice(options.openElsewhere) : readOnlyNotice(store.path))
  // The import worker writes through its own connection, loading the same native build of SQLite. The
  // desk keeps the next one started ahead, so a dropped file's preview does not wait for it; the command line does not.
  const jobs = createImportJobs(store, { nativeBinding: options.nativeBinding, keepsSpare: options.desk !== undefined })
  // Once a day the app is used, a copy goes to backups/ beside the database.
  try {
    backUpDailyIfDue(store)
  } catch (error) {
    options.log?.(`Daily backup skipped: ${oneLine(error)}`)
  }
  // The localise worker opens its own connection, so it needs the same native build as this one.
  let localise: LocaliseJobs | undefined
  const localiseJobs = async () => {
    const { createLocaliseJobs } = await import('./export/localise/jobs')
    if (!store.db.open) throw new AppError('database', 'The database was closed: open it again to make packs')
    return (localise ??= createLocaliseJobs(store, { nativeBinding: options.nativeBinding }))
  }
  const { dispatch, prepare } = lazyDispatch(async () => {
    const [{ createHandlers }, { createDispatch }] = await Promise.all([import('./ipc/handlers'), loadRegistrar()])
    const handlers = createHandlers({
      store,
      jobs,
      mode: options.mode,
      version: appVersion(),
      samplePath: samplePath(),
      desk: options.desk,
      openElsewhere: options.openElsewhere,
      chooseSavePath: options.chooseSavePath,
      localise: localiseJobs
    })
    return createDispatch(handlers, options.log)
  })
  return {
    store,
    jobs,
    dispatch,
    prepare,
    close: () => {
      jobs.close()
      localise?.close()
      store.close()
    }
  }
}

export interface Desk {
  dispatch: Dispatch
  dbPath: string
  /** The open core, or null while the database is damaged and waits for a restore. */
  core(): Core | null
  close(): void
}

/** Answers only what the recovery screen needs; every other call says the database is damaged. */
function recoveryHandlers(
  channels: readonly Channel[],
  recovery: Recovery,
  version: string,
  mode: CoreOptions['mode'],
  restore: DeskControl['restore']
): HandlerMap {
  const refuse = () => {
    throw new AppError('database_damaged', recovery.message)
  }
  const handlers = Object.fromEntries(channels.map((channel) => [channel, refuse])) as unknown as HandlerMap
  handlers['app:info'] = (): AppInfo => ({
    name: 'MAPPA Desk',
    version,
    mode,
    dbPath: recovery.dbPath,
    isReadOnly: false,
    releases: 0,
    observations: 0,
    recovery
  })
  handlers['backups:restore'] = ({ file }) => restore(file)
  return handlers
}

/**
 * The core behind a window. Where the database is damaged it starts in recovery: the window
 * shows why and offers the latest good backup; restoring it opens the desk as usual. One window
 * writes to a database: it holds the writer lock, and a window opened beside it reads only, until
 * the first one closes (then its next `app:info` takes the lock over and reopens it writable).
 */
export function createDesk(options: Omit<CoreOptions, 'desk' | 'openElsewhere'>): Desk {
  let core: Core | null = null
  let recoveryDispatch: Dispatch | null = null
  let lock: WriterLock | null = null
  let heldBy: LockHolder | undefined
  const claim = () => {
    if (options.dbPath === ':memory:') return
    try {
      mkdirSync(dirname(options.dbPath), { recursive: true })
      const attempt = takeWriterLock(options.dbPath, 'window')
      if (attempt.taken) [lock, heldBy] = [attempt.lock, undefined]
      else heldBy = attempt.heldBy
    } catch {
      // No lock can be written beside a database on a read-only medium: it opens read-only anyway.
      heldBy = undefined
    }
  }
  const control: DeskControl = {
    restore(file?: string): RestoreResult {
      if (heldBy) throw new AppError('read_only', openElsewhereNotice(heldBy))
      if (core) {
        // The database being replaced is backed up first, so a restore can itself be undone.
        try {
          backUp(core.store, 'restore')
        } catch (error) {
          throw new AppError(
            error instanceof AppError ? error.code : 'database',
            `Nothing was restored: the database as it is could not be backed up first (${oneLine(error)}); it is unchanged at ${options.dbPath}`
          )
        }
        core.close()
        core = null
      }
      try {
        return restoreBackup(options.dbPath, file)
      } finally {
        open()
      }
    }
  }
  const open = () => {
    try {
      core = createCore({ ...options, desk: control, openElsewhere: heldBy })
      core.prepare()
      recoveryDispatch = null
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'database_damaged') throw error
      const recovery: Recovery = { message: error.message, dbPath: options.dbPath, backup: latestGoodBackup(options.dbPath) ?? null }
      recoveryDispatch = lazyDispatch(async () => {
        const [{ createDispatch }, { CHANNEL_NAMES }] = await Promise.all([loadRegistrar(), loadChannels()])
        return createDispatch(recoveryHandlers(CHANNEL_NAMES, recovery, appVersion(), options.mode, control.restore), options.log)
      }).dispatch
    }
  }
  /** Once the other window has closed, this one takes the lock and reopens the database writable. */
  const reclaim = () => {
    if (!heldBy || lockHolder(options.dbPath) !== null) return
    claim()
    if (heldBy) return
    core?.close()
    core = null
    open()
  }
  claim()
  open()
  return {
    dispatch: (channel, args) => {
      if (channel === 'app:info') reclaim()
      return core ? core.dispatch(channel, args) : recoveryDispatch!(channel, args)
    },
    dbPath: options.dbPath,
    core: () => core,
    close: () => {
      core?.close()
      lock?.release()
      lock = null
    }
  }
}
