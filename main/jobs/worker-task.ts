// Long work run in a worker thread within a time and memory limit: one watch over a worker's
// messages that says in one line why it stopped (watchWorker, used by the import, localise and
// draft workers alike), pieces of work answered one by one (createWorkerRunner), and the worker's side.

import { parentPort, type Worker } from 'node:worker_threads'
import { AppError, oneLine, type ErrorCode } from '../contract/errors'
import { startWorker, type WorkerLimits, type WorkerScript } from './worker-thread'

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

export interface WorkerWatch<Message> {
  /** Each message the worker posts while it is watched. */
  onMessage(message: Message): void
  /** Why the worker stopped before the watch ended: a limit broken, an error, an exit. */
  onStopped(error: AppError): void
  /** The line for a worker that exits while watched; by default "… stopped unexpectedly (exit code N)". */
  exited?: (code: number) => AppError
}

/** Once nobody watches a worker, an error only means it is not used again (an unheard 'error' would end the process). */
const ignoreError = () => undefined

/**
 * Watches a worker through one piece of work within `limits` (a time of 0 sets none): its messages,
 * or the one line saying why it stopped first. Returns the end of the watch (its listeners and
 * timer go; the worker is left as it is, for its owner to keep or end).
 */
export function watchWorker<Message>(worker: Worker, names: WorkNames, limits: WorkerLimits, watch: WorkerWatch<Message>): () => void {
  let isWatching = true
  const end = () => {
    if (!isWatching) return
    isWatching = false
    clearTimeout(timer)
    worker.off('message', onMessage).off('error', onError).off('exit', onExit)
    if (!worker.listeners('error').includes(ignoreError)) worker.on('error', ignoreError)
  }
  const stopped = (error: AppError) => {
    if (!isWatching) return
    end()
    watch.onStopped(error)
  }
  const onMessage = (message: Message) => isWatching && watch.onMessage(message)
  const onError = (error: unknown) => stopped(workerStopped(error, names, limits))
  const onExit = (code: number) =>
    stopped(watch.exited?.(code) ?? new AppError('internal', `${names.doing} stopped unexpectedly (exit code ${code})`))
  const timer = limits.timeMs > 0 ? setTimeout(() => stopped(stoppedForTime(names, limits)), limits.timeMs) : undefined
  timer?.unref()
  worker.on('message', onMessage).on('error', onError).on('exit', onExit)
  return end
}

/**
 * How long a worker that answered waits for the next piece of work before it is let go: a reporter
 * checks a draft, edits it and checks again within minutes, and a warm worker answers in the time
 * the work takes instead of a start-up's (npm run bench: the 1,000-word check through the worker).
 */
const IDLE_MS = 5 * 60_000

export interface WorkerRunner<Input, Result> {
  /** Runs `input` in a worker (the one kept from the last run, else a new one) within the limits. */
  run(input: Input, names: WorkNames): Promise<Result>
  close(): void
}

/**
 * Runs pieces of work through the worker `script` (which answers with serveTask). A worker that
 * answered is kept for the next run, not holding the process open; one that broke a limit, failed
 * or stopped is ended, and the next run starts another.
 */
export function createWorkerRunner<Input, Result>(script: WorkerScript, limits: WorkerLimits): WorkerRunner<Input, Result> {
  let idle: { worker: Worker; timer: NodeJS.Timeout } | undefined
  const take = (): Worker => {
    const kept = idle
    idle = undefined
    if (kept) clearTimeout(kept.timer)
    if (kept && kept.worker.threadId >= 0) return (kept.worker.ref(), kept.worker)
    return startWorker(script, null, limits)
  }
  const keep = (worker: Worker) => {
    if (idle) return void worker.terminate()
    worker.unref()
    const timer = setTimeout(() => {
      if (idle?.worker === worker) idle = undefined
      void worker.terminate()
    }, IDLE_MS)
    timer.unref()
    idle = { worker, timer }
  }
  return {
    run: (input, names) =>
      new Promise<Result>((resolve, reject) => {
        const worker = take()
        const settle = (isReusable: boolean, outcome: () => void) => {
          endWatch()
          if (isReusable) keep(worker)
          else void worker.terminate()
          outcome()
        }
        const endWatch = watchWorker<TaskMessage<Result>>(worker, names, limits, {
          onMessage: (message) =>
            settle(true, () => (message.type === 'done' ? resolve(message.result) : reject(new AppError(message.code, message.message)))),
          onStopped: (error) => settle(false, () => reject(error))
        })
        worker.postMessage(input)
      }),
    close() {
      if (idle) {
        clearTimeout(idle.timer)
        void idle.worker.terminate()
      }
      idle = undefined
    }
  }
}

/** The worker's side: runs the work on each input it is sent and posts one answer for each. */
export function serveTask<Input, Result>(run: (input: Input) => Result | Promise<Result>): void {
  const port = parentPort
  if (!port) return
  const post = (message: TaskMessage<Result>) => port.postMessage(message)
  port.on('message', async (input: Input) => {
    try {
      post({ type: 'done', result: await run(input) })
    } catch (error) {
      post({ type: 'failed', code: error instanceof AppError ? error.code : 'internal', message: oneLine(error) })
    }
  })
}
