// The import worker thread: reads and recognises one file off the main thread, reporting
// progress, so the window never freezes on a big workbook. Given the database's location and a
// file too big to write in a moment, it keeps what it read and, on the reporter's commit, writes
// it through its own connection; the writer (SQLite) loads only then.

import { parentPort, workerData } from 'node:worker_threads'
import type { ImportMappings, ImportSummary } from '../contract/types'
import { AppError, oneLine, type ErrorCode } from '../contract/errors'
import type { Store } from '../store/database'
import { analyseFile, type Analysis, type CatalogueSnapshot } from './analyse'

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

export type WorkerCommand =
  /** A standby worker's file (jobs.ts, standBy), sent when its import starts. */
  | { type: 'read'; input: WorkerInput }
  /** `isBackedUp`: the main thread's connection holds a backup of the database as it is, so no other is made. */
  | { type: 'commit'; mappings: ImportMappings; isBackedUp?: boolean }

/**
 * From how many figures the worker writes a file itself. Fewer are sent back whole and written on
 * the connection the main thread has open, which takes less time than this thread loading SQLite
 * and opening its own: 10,000 figures write in about 60 ms (npm run bench), a pause nobody sees,
 * while a 100,000-row sheet would hold the window for seconds.
 */
export const WORKER_WRITES_FROM = 10_000
/** Or from how many bytes of file, which the release keeps: a file of few figures can still be large. */
export const WORKER_WRITES_FROM_BYTES = 8 * 1024 * 1024

const figuresIn = (analysis: Analysis) => analysis.parsed.tables.reduce((sum, table) => sum + table.observations.length, 0)
const isWrittenHere = (input: WorkerInput, analysis: Analysis) =>
  input.bytes.length >= WORKER_WRITES_FROM_BYTES || figuresIn(analysis) >= WORKER_WRITES_FROM

const port = parentPort
if (!port) throw new Error('worker.ts runs as a worker thread (see jobs.ts), not on its own')
const post = (message: WorkerMessage) => port.postMessage(message)
const codeOf = (error: unknown): ErrorCode => (error instanceof AppError ? error.code : 'internal')

/** Reads the file and answers; keeps the analysis of a file big enough to write here (WORKER_WRITES_FROM, _BYTES). */
function read(input: WorkerInput): Analysis | undefined {
  let analysis: Analysis
  try {
    analysis = analyseFile(input, input.catalogue, (phase, progress) => post({ type: 'progress', phase, progress }))
  } catch (error) {
    post({ type: 'failed', code: codeOf(error), message: oneLine(error) })
    return undefined
  }
  if (input.writer && isWrittenHere(input, analysis)) {
    const { parsed: _parsed, areas: _areas, ...head } = analysis
    post({ type: 'done', analysis: { ...head, isHeldInWorker: true } })
    return analysis
  }
  post({ type: 'done', analysis })
  return undefined
}

/** Listening keeps this thread alive with its analysis until the job ends it (commit, discard, close). */
function writeOnCommit(held: Analysis, input: WorkerInput, writer: StoreLocation, from: NonNullable<typeof port>): void {
  let store: Store | undefined
  from.on('message', async (command: WorkerCommand) => {
    if (command.type !== 'commit') return
    try {
      const [{ openStore }, { commitAnalysis }] = await Promise.all([import('../store/database'), import('./commit')])
      store ??= openStore(writer.path, { nativeBinding: writer.nativeBinding, isSecondary: true })
      post({ type: 'committed', summary: commitAnalysis(store, held, input.bytes, command.mappings, { isBackedUp: command.isBackedUp }) })
    } catch (error) {
      // The transaction rolled back; the analysis is still here, so the same preview can be committed again.
      post({ type: 'commit-failed', code: codeOf(error), message: oneLine(error) })
    }
  })
}

/** A standby worker (started without its file) has loaded its modules by now, and waits for the file. */
const awaitFile = (from: NonNullable<typeof port>) =>
  new Promise<WorkerInput>((resolve) => {
    const onCommand = (command: WorkerCommand) => {
      if (command.type !== 'read') return
      from.off('message', onCommand)
      resolve(command.input)
    }
    from.on('message', onCommand)
  })

// No top-level await: the built worker is a CommonJS bundle (electron.vite.config.ts).
const given = workerData as WorkerInput | null
void (given ? Promise.resolve(given) : awaitFile(port)).then((input) => {
  const held = read(input)
  if (held && input.writer) writeOnCommit(held, input, input.writer, port)
})
