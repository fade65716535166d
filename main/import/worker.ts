// The import worker thread: reads and recognises one file off the main thread, reporting
// progress, so the window never freezes on a big workbook. Given the database's location and a
// file too big to write in a moment, it keeps what it read and, on the reporter's commit, writes
// it through its own connection; the writer (SQLite) loads only then.

import { parentPort, workerData } from 'node:worker_threads'
import type { ImportMappings, ImportSummary } from '../contract/types'
import { AppError, oneLine, type ErrorCode } from '../contract/errors'
import type { Store } from '../store/database'
import { matchToCatalogue, recogniseFile, type Analysis, type CatalogueSnapshot } from './analyse'
import type { ParsedRelease } from './types'
import { saveCompiledCode } from './code-cache'

/** Where the worker opens its own connection to the same (WAL) database the main thread has open. */
export interface StoreLocation {
  path: string
  /** better-sqlite3 built for Electron's ABI, as the main thread loads it. */
  nativeBinding?: string
}

export interface WorkerInput {
  fileName: string
  bytes: Uint8Array
  /** The file's SHA-256, where the main thread has it (a small file): the worker then loads no node:crypto. */
  sha256?: string
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
  | { type: 'read'; input: WorkerInput }
  /** A standby worker's file, given before the store is open: it is read and recognised at once. */
  | { type: 'file'; fileName: string; bytes: Uint8Array }
  /** What the file given ahead still needs, once the store is open: its catalogue, and where to write. */
  | { type: 'catalogue'; catalogue: CatalogueSnapshot; writer?: StoreLocation; sha256?: string }
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
const isWrittenHere = (input: WorkerInput, analysis: Analysis) => input.bytes.length >= WORKER_WRITES_FROM_BYTES || figuresIn(analysis) >= WORKER_WRITES_FROM

const port = parentPort
if (!port) throw new Error('worker.ts runs as a worker thread (see jobs.ts), not on its own')
/** A file given ahead ('file'), read and recognised, or the reason it could not be. */
type Recognised = { parsed: ParsedRelease } | { failure: unknown }

const recognised = (file: { fileName: string; bytes: Uint8Array }): Recognised => {
  try {
    return { parsed: recogniseFile(file) }
  } catch (failure) {
    return { failure }
  }
}

/**
 * Started ahead of its file (jobs.ts, startStandbyWorker), the worker has loaded its modules by
 * now and waits: for the whole file ('read'), or for the file alone ('file'), which it reads at
 * once, then the catalogue ('catalogue') to finish it with.
 */
const awaitFile = (from: NonNullable<typeof port>) =>
  new Promise<{ input: WorkerInput; ahead?: Recognised }>((resolve) => {
    let ahead: { file: { fileName: string; bytes: Uint8Array }; outcome: Recognised } | undefined
    const onCommand = (command: WorkerCommand) => {
      if (command.type === 'file') {
        ahead = { file: { fileName: command.fileName, bytes: command.bytes }, outcome: recognised(command) }
        return
      }
      if (command.type === 'read') resolve({ input: command.input })
      else if (command.type === 'catalogue' && ahead) resolve({ input: { ...ahead.file, catalogue: command.catalogue, writer: command.writer, sha256: command.sha256 }, ahead: ahead.outcome })
      else return
      from.off('message', onCommand)
    }
    from.on('message', onCommand)
  })
const post = (message: WorkerMessage) => port.postMessage(message)
const codeOf = (error: unknown): ErrorCode => (error instanceof AppError ? error.code : 'internal')

/**
 * Reads the file (unless it was read ahead) and answers; keeps the analysis of a file big enough
 * to write here (WORKER_WRITES_FROM, _BYTES).
 */
function read(input: WorkerInput, ahead?: Recognised): Analysis | undefined {
  let analysis: Analysis | undefined
  let failure: unknown
  const onProgress = (phase: string, progress: number) => post({ type: 'progress', phase, progress })
  try {
    if (ahead && 'failure' in ahead) throw ahead.failure
    const parsed = ahead ? ahead.parsed : recogniseFile(input, onProgress)
    analysis = matchToCatalogue(input, parsed, input.catalogue, onProgress)
  } catch (error) {
    failure = error
  }
  // Everything reading needs is compiled now: the next worker starts from it.
  saveCompiledCode()
  if (!analysis) {
    post({ type: 'failed', code: codeOf(failure), message: oneLine(failure) })
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

// No top-level await: the built worker is a CommonJS bundle, so that it can start from V8's code cache.
const given = workerData as WorkerInput | null
void Promise.resolve(given ? { input: given } : awaitFile(port)).then(({ input, ahead }: { input: WorkerInput; ahead?: Recognised }) => {
  const held = read(input, ahead)
  if (held && input.writer) writeOnCommit(held, input, input.writer, port)
})
