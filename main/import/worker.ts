// The import worker thread: reads and recognises one file off the main thread, reporting
// progress, so the window never freezes on a big workbook. Never touches the store.

import { parentPort, workerData } from 'node:worker_threads'
import { AppError, oneLine, type ErrorCode } from '../contract/errors'
import { analyseFile, type CatalogueSnapshot } from './analyse'

export interface WorkerInput {
  fileName: string
  bytes: Uint8Array
  catalogue: CatalogueSnapshot
}

export type WorkerMessage =
  | { type: 'progress'; phase: string; progress: number }
  | { type: 'done'; analysis: ReturnType<typeof analyseFile> }
  | { type: 'failed'; code: ErrorCode; message: string }

const input: WorkerInput = workerData
const port = parentPort
if (!port) throw new Error('worker.ts runs as a worker thread (see jobs.ts), not on its own')
const post = (message: WorkerMessage) => port.postMessage(message)

try {
  const analysis = analyseFile(input, input.catalogue, (phase, progress) => post({ type: 'progress', phase, progress }))
  post({ type: 'done', analysis })
} catch (error) {
  post({ type: 'failed', code: error instanceof AppError ? error.code : 'internal', message: oneLine(error) })
}
