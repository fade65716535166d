// The import worker thread: reads and recognises one file off the main thread, reporting
// progress, so the window never freezes on a big workbook. Given the database's location, it
// keeps what it read and, on the reporter's commit, writes it through its own connection.

import { parentPort, workerData } from 'node:worker_threads'
import type { ImportMappings, ImportSummary } from '../contract/types'
import { AppError, oneLine, type ErrorCode } from '../contract/errors'
import { openStore, type Store } from '../store/database'
import { analyseFile, type Analysis, type CatalogueSnapshot } from './analyse'
import { commitAnalysis } from './commit'

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
  /** Given, the worker keeps the analysis and writes it on commit; absent, it sends the whole analysis back. */
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

export type WorkerCommand = { type: 'read'; input: WorkerInput } | { type: 'commit'; mappings: ImportMappings }

const port = parentPort
if (!port) throw new Error('worker.ts runs as a worker thread (see jobs.ts), not on its own')
/** Started ahead of its file (jobs.ts, startStandbyWorker), the worker has loaded its modules by now and waits for the file. */
const awaitFile = (from: NonNullable<typeof port>) =>
  new Promise<WorkerInput>((resolve) => {
    const onCommand = (command: WorkerCommand) => {
      if (command.type !== 'read') return
      from.off('message', onCommand)
      resolve(command.input)
    }
    from.on('message', onCommand)
  })
const input: WorkerInput = (workerData as WorkerInput | null) ?? (await awaitFile(port))
const post = (message: WorkerMessage) => port.postMessage(message)
const codeOf = (error: unknown): ErrorCode => (error instanceof AppError ? error.code : 'internal')

let analysis: Analysis | undefined
try {
  analysis = analyseFile(input, input.catalogue, (phase, progress) => post({ type: 'progress', phase, progress }))
  if (input.writer) {
    const { parsed: _parsed, areas: _areas, ...head } = analysis
    post({ type: 'done', analysis: { ...head, isHeldInWorker: true } })
  } else post({ type: 'done', analysis })
} catch (error) {
  post({ type: 'failed', code: codeOf(error), message: oneLine(error) })
}

// Listening keeps this thread alive with its analysis until the job ends it (commit, discard, close).
const { writer } = input
if (analysis && writer) {
  const held = analysis
  let store: Store | undefined
  port.on('message', (command: WorkerCommand) => {
    if (command.type !== 'commit') return
    try {
      store ??= openStore(writer.path, { nativeBinding: writer.nativeBinding, isSecondary: true })
      post({ type: 'committed', summary: commitAnalysis(store, held, input.bytes, command.mappings) })
    } catch (error) {
      // The transaction rolled back; the analysis is still here, so the same preview can be committed again.
      post({ type: 'commit-failed', code: codeOf(error), message: oneLine(error) })
    }
  })
}
