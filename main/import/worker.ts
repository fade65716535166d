// The import worker thread: reads and recognises one file off the main thread, reporting
// progress, so the window never freezes on a big workbook. Given the database's location and a
// file too big to write in a moment, it keeps what it read and, on the reporter's commit, writes
// it through its own connection; the writer (SQLite) loads only then.

import { parentPort } from 'node:worker_threads'
import { AppError, oneLine, type ErrorCode } from '../contract/errors'
import { workerInput } from '../jobs/worker-thread'
import type { Store } from '../store/database'
import { analyseFile, type Analysis } from './analyse'
import { isWrittenInWorker } from './job-policy'
import type { StoreLocation, WorkerCommand, WorkerInput, WorkerMessage } from './worker-protocol'

const port = parentPort
if (!port) throw new Error('worker.ts runs as a worker thread (see jobs.ts), not on its own')
const post = (message: WorkerMessage) => port.postMessage(message)
const codeOf = (error: unknown): ErrorCode => (error instanceof AppError ? error.code : 'internal')

/** Reads the file and answers; keeps the analysis of a file big enough to write here (job-policy.ts, isWrittenInWorker). */
function read(input: WorkerInput): Analysis | undefined {
  let analysis: Analysis
  try {
    analysis = analyseFile(input, input.catalogue, (phase, progress) => post({ type: 'progress', phase, progress }))
  } catch (error) {
    post({ type: 'failed', code: codeOf(error), message: oneLine(error) })
    return undefined
  }
  if (input.writer && isWrittenInWorker(input.bytes, analysis)) {
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

// No top-level await: the built worker is a CommonJS bundle (electron.vite.config.ts). A worker
// started ahead of its job (jobs.ts, keepSpareWorker) has its libraries loaded and waits for its file here.
void workerInput<WorkerInput>().then((input) => {
  const held = read(input)
  if (held && input.writer) writeOnCommit(held, input, input.writer, port)
})
