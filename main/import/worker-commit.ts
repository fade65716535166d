// Asks an import worker that holds its analysis to write it (through its own connection) and
// waits for the answer, so the main thread stays free while a large file is committed.

import type { Worker } from 'node:worker_threads'
import type { ImportMappings, ImportSummary } from '../contract/types'
import { AppError, oneLine } from '../contract/errors'
import type { StoreLocation, WorkerCommand, WorkerMessage } from './worker'

/** The worker's own connection, where the store is a file another connection can open. */
export function storeLocationOf(store: { path: string }, nativeBinding?: string): StoreLocation | undefined {
  return store.path === ':memory:' || store.path === '' ? undefined : { path: store.path, nativeBinding }
}

export function commitInWorker(worker: Worker, mappings: ImportMappings, heapMb: number, isBackedUp = false): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    // A worker that has stopped (threadId -1) answers nothing: say so rather than wait for ever.
    if (worker.threadId < 0) {
      reject(new AppError('not_found', 'That import was closed before it was written: start it again'))
      return
    }
    const settle = () => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'committed') {
        settle()
        resolve(message.summary)
      } else if (message.type === 'commit-failed') {
        settle()
        reject(new AppError(message.code, message.message))
      }
    }
    const onError = (error: Error) => {
      settle()
      const isOutOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
      reject(
        isOutOfMemory
          ? new AppError('too_large', `Writing the file needed more than the ${heapMb} MB an import may use, so nothing was stored`)
          : new AppError('internal', oneLine(error))
      )
    }
    const onExit = (code: number) => {
      settle()
      reject(new AppError('not_found', `That import was closed before it was written (exit code ${code}): start it again`))
    }
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage({ type: 'commit', mappings, isBackedUp } satisfies WorkerCommand)
  })
}
