// The localise worker: makes the packs off the main thread on its own connection to the
// database, posting progress after each pack; a "cancel" message stops it between files.

import { parentPort, workerData } from 'node:worker_threads'
import { AppError, oneLine } from '../../contract/errors'
import { openStore } from '../../store/database'
import { runLocalise, type LocaliseInput, type LocaliseProgress, type LocaliseResult } from './run'

export interface LocaliseWorkerInput extends LocaliseInput {
  dbPath: string
  nativeBinding?: string
}

export type LocaliseWorkerMessage =
  | { type: 'progress'; progress: LocaliseProgress }
  | { type: 'done'; result: LocaliseResult }
  | { type: 'failed'; error: { code: AppError['code']; message: string } }

async function main(input: LocaliseWorkerInput): Promise<void> {
  let isCancelled = false
  parentPort!.on('message', (message: unknown) => {
    if (message === 'cancel') isCancelled = true
  })
  const post = (message: LocaliseWorkerMessage) => parentPort!.postMessage(message)
  try {
    const store = openStore(input.dbPath, { nativeBinding: input.nativeBinding })
    try {
      const result = await runLocalise(store.db, input, {
        onProgress: (progress) => post({ type: 'progress', progress }),
        isCancelled: () => isCancelled
      })
      post({ type: 'done', result })
    } finally {
      store.close()
    }
  } catch (error) {
    post({ type: 'failed', error: { code: error instanceof AppError ? error.code : 'internal', message: oneLine(error) } })
  }
  parentPort!.removeAllListeners('message')
}

if (parentPort) void main(workerData as LocaliseWorkerInput)
