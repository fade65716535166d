// One piece of long work run in a worker thread within a time and memory limit (the import's, by
// default), answered with its result or one line saying why it stopped; and the worker's side of it.
// The import's own jobs (import/jobs.ts) say why a worker stopped in the same words.

import { parentPort, workerData } from 'node:worker_threads'
import { AppError, oneLine, type ErrorCode } from '../contract/errors'
import { startWorker, type WorkerLimits, type WorkerScript } from '../import/worker-thread'

/** What the work is, for the line that says why it stopped: "Reading the file", "an import", "any MAPPA table". */
export interface WorkNames {
  doing: string
  /** Whose memory limit it is. */
  whose: string
  /** What no real input comes near. */
  largest: string
}

export type TaskMessage<Result> = { type: 'done'; result: Result } | { type: 'failed'; code: ErrorCode; message: string }

export const stoppedForTime = (names: WorkNames, limits: WorkerLimits) =>
  new AppError(
    'too_large',
    `${names.doing} took longer than ${limits.timeMs / 1000} s, so it was stopped: it is damaged, or far larger than ${names.largest}`
  )

/** A worker's 'error' event as one line: out of memory is the input's fault, anything else ours. */
export function workerStopped(error: unknown, names: WorkNames, limits: WorkerLimits): AppError {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new AppError(
      'too_large',
      `${names.doing} needed more than the ${limits.heapMb} MB ${names.whose} may use, so it was stopped: it is damaged, or far larger than ${names.largest}`
    )
  }
  return new AppError('internal', oneLine(error))
}

/** Runs `input` through the worker `script` (which answers with serveTask) and ends the worker once it has answered or broken a limit. */
export function runWorkerTask<Result>(script: WorkerScript, input: unknown, limits: WorkerLimits, names: WorkNames): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const worker = startWorker(script, input, limits)
    let isSettled = false
    const settle = (outcome: () => void) => {
      if (isSettled) return
      isSettled = true
      clearTimeout(timer)
      void worker.terminate()
      outcome()
    }
    const timer = limits.timeMs > 0 ? setTimeout(() => settle(() => reject(stoppedForTime(names, limits))), limits.timeMs) : undefined
    worker.on('message', (message: TaskMessage<Result>) =>
      settle(() => (message.type === 'done' ? resolve(message.result) : reject(new AppError(message.code, message.message))))
    )
    worker.on('error', (error) => settle(() => reject(workerStopped(error, names, limits))))
    worker.on('exit', (code) => settle(() => reject(new AppError('internal', `${names.doing} stopped unexpectedly (exit code ${code})`))))
  })
}

/** The worker's side: runs the work on the input it was started with and posts one answer. */
export function serveTask<Input, Result>(run: (input: Input) => Result | Promise<Result>): void {
  const port = parentPort
  if (!port) return
  const post = (message: TaskMessage<Result>) => port.postMessage(message)
  void (async () => {
    try {
      post({ type: 'done', result: await run(workerData as Input) })
    } catch (error) {
      post({ type: 'failed', code: error instanceof AppError ? error.code : 'internal', message: oneLine(error) })
    }
  })()
}
