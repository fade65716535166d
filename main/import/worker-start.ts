// Starts import (and localise) worker threads: finds the built worker or its TypeScript source,
// and starts one ahead of its file. Loads nothing but Node's own modules, so the command line's
// launcher can start a worker before it loads the command line itself.

import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { codeCacheLoader, codeCacheOf } from './code-cache'
import type { WorkerCommand, WorkerInput } from './worker'

export interface WorkerLimits {
  /** Heap ceiling for one import's worker. */
  heapMb: number
  /** How long reading one file may take before the worker is stopped. */
  timeMs: number
}

/**
 * A runaway file fails its own job instead of the app. A 100,000-row sheet peaks near 450 MB in
 * all and reads in under 3 s (npm run bench), so 1 GB and 60 s are room for any real table and
 * a ceiling for a damaged one (SheetJS can loop forever on some damaged .xls records).
 */
export const DEFAULT_LIMITS: WorkerLimits = { heapMb: 1024, timeMs: 60_000 }

export interface WorkerScript {
  /** The worker's file: built JavaScript, or the TypeScript source. */
  path: string
  /** For the source: the URL of a module whose register() teaches Node TypeScript (tsx's ESM API). */
  loader?: string
  /** For a CommonJS bundle: the file of V8's code cache it starts from (code-cache.ts). */
  codeCache?: string
}

/** tsx's ESM API, where tsx is installed (development and tests); never in a packaged app. */
function tsxLoader(): string | undefined {
  try {
    return import.meta.resolve('tsx/esm/api')
  } catch {
    return undefined
  }
}

/**
 * The built worker (out/main/import-worker.cjs, bundled by electron.vite.config.ts) beside the
 * bundle or, from a shared chunk in out/main/chunks/, one folder up; else the source under tsx.
 * A CommonJS bundle (.cjs) starts from its code cache.
 */
export function findWorkerScript(start = dirname(fileURLToPath(import.meta.url)), names: { built: string; source: string } = { built: 'import-worker.cjs', source: 'worker.ts' }): WorkerScript | undefined {
  for (const folder of [start, join(start, '..')]) {
    const built = join(folder, names.built)
    if (existsSync(built)) return built.endsWith('.cjs') ? { path: built, codeCache: codeCacheOf(built) } : { path: built }
  }
  const source = join(start, names.source)
  const loader = tsxLoader()
  return existsSync(source) && loader ? { path: source, loader } : undefined
}

/**
 * Node 20 does not apply `--import tsx` from a worker's execArgv to the worker's own file, so
 * the source worker starts from a few lines that register tsx and then import it.
 */
export function startWorker<Input>(script: WorkerScript, workerData: Input, limits: WorkerLimits): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.heapMb }
  if (script.codeCache) return new Worker(codeCacheLoader(script.path, script.codeCache), { eval: true, workerData, resourceLimits })
  if (!script.loader) return new Worker(script.path, { workerData, resourceLimits })
  const bootstrap = `import(${JSON.stringify(script.loader)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(script.path).href)}) })`
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits })
}

/**
 * A worker started before its file is known, so its modules (SheetJS, the recognisers) load while
 * this thread opens the database; the next read hands it the file (ImportJobs.standBy). The
 * command line's import starts one first thing.
 */
export function startStandbyWorker(script: WorkerScript | undefined = findWorkerScript(), limits: WorkerLimits = DEFAULT_LIMITS): Worker | undefined {
  if (!script) return undefined
  const worker = startWorker<WorkerInput | null>(script, null, limits)
  // Until a job takes it, a failure has nobody to tell: the job that finds it stopped starts another.
  worker.on('error', () => undefined)
  return worker
}

/** A file a standby worker was given before the store opened (giveFileAhead). */
export interface FileAhead {
  fileName: string
  bytes: Uint8Array
}

/**
 * Gives a standby worker its file before the store is open: it reads and recognises it at once,
 * and the job that takes the worker (ImportJobs.standBy with the same bytes) sends only the
 * catalogue. The command line does this for its first file, while it loads the core.
 */
export function giveFileAhead(worker: Worker, ahead: FileAhead): FileAhead {
  worker.postMessage({ type: 'file', fileName: ahead.fileName, bytes: ahead.bytes } satisfies WorkerCommand)
  return ahead
}

const EARLY_STANDBY = Symbol.for('mappa-desk.earlyStandby')
type EarlyHolder = Record<symbol, Worker | undefined>

/**
 * Starts the import worker before the command line is loaded (scripts/mappa.mjs does, for
 * `import`), so the reader loads meanwhile; the import takes it (takeEarlyStandby). Until taken it
 * does not keep the process alive, so a command refused before then still exits.
 */
export function startEarlyStandby(): void {
  const worker = startStandbyWorker()
  worker?.unref()
  ;(globalThis as EarlyHolder)[EARLY_STANDBY] = worker
}

/** The worker startEarlyStandby started, where it did and it is still running; once only. */
export function takeEarlyStandby(): Worker | undefined {
  const holder = globalThis as EarlyHolder
  const worker = holder[EARLY_STANDBY]
  delete holder[EARLY_STANDBY]
  if (!worker || worker.threadId < 0) return undefined
  worker.ref()
  return worker
}
