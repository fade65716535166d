// Finds a worker thread's script (the built one, else its TypeScript source under tsx) and starts
// it within its limits: for the import, localise and draft workers alike. Knows no work of its own.

import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parentPort, Worker, workerData } from 'node:worker_threads'

export interface WorkerLimits {
  /** Heap ceiling for one worker. */
  heapMb: number
  /** How long one piece of work may take before the worker is stopped; 0 for no limit. */
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
 * A worker's built file (`names.built`, written by electron.vite.config.ts) in `start` (the calling
 * module's folder: the bundle's) or, from a shared chunk in out/main/chunks/, one folder up; else its
 * source (`names.source`, beside the calling module) under tsx.
 */
export function findWorkerScript(start: string, names: { built: string; source: string }): WorkerScript | undefined {
  for (const folder of [start, join(start, '..')]) {
    const built = join(folder, names.built)
    if (existsSync(built)) return { path: built }
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
  if (!script.loader) return new Worker(script.path, { workerData, resourceLimits })
  const bootstrap = `import(${JSON.stringify(script.loader)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(script.path).href)}) })`
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits })
}

/**
 * One worker started ahead of its work, so that a job in the desk does not wait for a worker's
 * start and its libraries' load (for the import worker, SheetJS: most of a one-table read;
 * docs/benchmarks.md, drop to preview). Started `delayMs` after it is asked for, while the desk is
 * idle; it waits, not holding the process open, for its input as its first message (workerInput).
 * A worker taken is the job's alone: it is never given back, and the next is started by refill().
 */
export interface SpareWorker {
  /** The worker started ahead, or undefined where none is waiting (the caller starts one as usual). */
  take(): Worker | undefined
  /** Starts the next spare after the delay, unless one waits or is on its way. */
  refill(): void
  close(): void
}

const ignoreError = () => undefined

export function keepSpareWorker(script: WorkerScript, limits: WorkerLimits, delayMs: number): SpareWorker {
  let spare: Worker | undefined
  let timer: NodeJS.Timeout | undefined
  let isClosed = false
  const start = () => {
    timer = undefined
    if (isClosed || spare) return
    const worker = startWorker(script, null, limits)
    worker.unref()
    // A spare that fails to start is simply not there: the next job starts its own worker.
    worker.on('error', ignoreError).once('exit', () => {
      if (spare === worker) spare = undefined
    })
    spare = worker
  }
  return {
    take() {
      const worker = spare
      spare = undefined
      if (!worker || worker.threadId < 0) return undefined
      worker.off('error', ignoreError)
      worker.ref()
      return worker
    },
    refill() {
      if (isClosed || spare || timer) return
      timer = setTimeout(start, delayMs)
      timer.unref()
    },
    close() {
      isClosed = true
      clearTimeout(timer)
      void spare?.terminate()
      spare = undefined
    }
  }
}

/** The worker's side: its input, from workerData, or for a worker started ahead (keepSpareWorker) its first message. */
export function workerInput<Input>(): Promise<Input> {
  if (workerData !== null && workerData !== undefined) return Promise.resolve(workerData as Input)
  return new Promise((resolve) => parentPort?.once('message', resolve))
}
