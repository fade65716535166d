// What the import jobs and the import worker (worker.ts) say to each other, and the main thread's
// side of it: start a read and hear its progress and outcome, ask a worker holding what it read to
// write it. Workers are started and watched by main/jobs; which file goes where is job-policy.ts's.

import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import type { ImportMappings, ImportSummary } from '../contract/types'
import { AppError, type ErrorCode } from '../contract/errors'
import { watchWorker } from '../jobs/worker-task'
import { findWorkerScript, startWorker, type WorkerLimits, type WorkerScript } from '../jobs/worker-thread'
import type { Analysis, CatalogueSnapshot } from './analyse'
import { READING_NAMES, WRITING_NAMES } from './job-policy'

/** Where the worker opens its own connection to the same (WAL) database the main thread has open. */
export interface StoreLocation {
  path: string
  /** better-sqlite3 built for Electron's ABI, as the main thread loads it. */
  nativeBinding?: string
}

export interface WorkerInput {
  fileName: string
  bytes: Uint8Array
  catalogue: CatalogueSnapshot
  /** Given, the worker keeps the analysis of a big file and writes it on commit; absent, it sends the whole analysis back. */
  writer?: StoreLocation
}

/** What a worker that keeps its analysis sends back: everything but the figures themselves. */
export type HeldAnalysis = Omit<Analysis, 'parsed' | 'areas'> & { isHeldInWorker: true }

export type WorkerMessage =
  | { type: 'progress'; phase: string; progress: number }
  | { type: 'done'; analysis: Analysis | HeldAnalysis }
  | { type: 'failed'; code: ErrorCode; message: string }
  | { type: 'committed'; summary: ImportSummary }
  | { type: 'commit-failed'; code: ErrorCode; message: string }

/** `isBackedUp`: the main thread's connection holds a backup of the database as it is, so no other is made. */
export type WorkerCommand = { type: 'commit'; mappings: ImportMappings; isBackedUp?: boolean }

export const isHeldInWorker = (analysis: Analysis | HeldAnalysis | undefined): analysis is HeldAnalysis =>
  analysis !== undefined && 'isHeldInWorker' in analysis

/** The import worker: out/main/import-worker.cjs (bundled whole by electron.vite.config.ts), else worker.ts under tsx. */
export function findImportWorker(start = dirname(fileURLToPath(import.meta.url))): WorkerScript | undefined {
  return findWorkerScript(start, { built: 'import-worker.cjs', source: 'worker.ts' })
}

/** The worker's own connection, where the store is a file another connection can open. */
export function storeLocationOf(store: { path: string }, nativeBinding?: string): StoreLocation | undefined {
  return store.path === ':memory:' || store.path === '' ? undefined : { path: store.path, nativeBinding }
}

export interface ReadHeard {
  progress(phase: string, progress: number): void
  done(analysis: Analysis | HeldAnalysis): void
  failed(error: AppError): void
}

/**
 * Starts a worker (or wakes a spare) reading `input` within `limits`, telling `heard` how it goes until it is done or
 * has failed (once, in one line). `stopWatching` ends that early, as a cancel does; the worker is
 * the caller's to end, or to keep while it holds what it read.
 */
export function readInWorker(
  script: WorkerScript,
  input: WorkerInput,
  limits: WorkerLimits,
  heard: ReadHeard,
  /** A worker started ahead (keepSpareWorker), given the input as its first message; else one is started for it. */
  spare?: Worker
): { worker: Worker; stopWatching: () => void } {
  const worker = spare ?? startWorker(script, input, limits)
  const stopWatching = watchWorker<WorkerMessage>(worker, READING_NAMES, limits, {
    onMessage(message) {
      if (message.type === 'progress') return heard.progress(message.phase, message.progress)
      if (message.type !== 'done' && message.type !== 'failed') return
      stopWatching()
      if (message.type === 'done') heard.done(message.analysis)
      else heard.failed(new AppError(message.code, message.message))
    },
    onStopped: heard.failed
  })
  if (spare) spare.postMessage(input)
  return { worker, stopWatching }
}

/** Asks a worker that holds its analysis to write it (through its own connection); the main thread stays free meanwhile. */
export function commitInWorker(worker: Worker, mappings: ImportMappings, heapMb: number, isBackedUp = false): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    // A worker that has stopped (threadId -1) answers nothing: say so rather than wait for ever.
    if (worker.threadId < 0) {
      reject(new AppError('not_found', 'That import was closed before it was written: start it again'))
      return
    }
    const stopWatching = watchWorker<WorkerMessage>(
      worker,
      WRITING_NAMES,
      { heapMb, timeMs: 0 },
      {
        onMessage(message) {
          if (message.type !== 'committed' && message.type !== 'commit-failed') return
          stopWatching()
          if (message.type === 'committed') resolve(message.summary)
          else reject(new AppError(message.code, message.message))
        },
        onStopped: reject,
        exited: (code) => new AppError('not_found', `That import was closed before it was written (exit code ${code}): start it again`)
      }
    )
    worker.postMessage({ type: 'commit', mappings, isBackedUp } satisfies WorkerCommand)
  })
}
