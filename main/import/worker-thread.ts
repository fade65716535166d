// Finds a worker thread's script (the built one, else its TypeScript source under tsx) and starts
// it within its limits: for the import jobs (jobs.ts) and the localise jobs alike.

import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

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
 */
export function findWorkerScript(
  start = dirname(fileURLToPath(import.meta.url)),
  names: { built: string; source: string } = { built: 'import-worker.cjs', source: 'worker.ts' }
): WorkerScript | undefined {
  for (const folder of [start, join(start, '..')]) {
    const built = join(folder, names.built)
    if (existsSync(built)) return { path: built }
  }
  const source = join(start, names.source)
  const loader = tsxLoader()
  return existsSync(source) && loader ? { path: source, loader } : undefined
}

/**
 * A worker started before its file is known, so its modules (SheetJS, the recognisers) load while
 * the command line loads the core and opens the database; the next read hands it the file
 * (ImportJobs.standBy). Until then a failure has nobody to tell: that read starts another worker.
 */
export function startStandbyWorker(
  script: WorkerScript | undefined = findWorkerScript(),
  limits: WorkerLimits = DEFAULT_LIMITS
): Worker | undefined {
  if (!script) return undefined
  const worker = startWorker<null>(script, null, limits)
  worker.on('error', () => undefined)
  return worker
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
