// Localise jobs: each run of the packs in a worker thread (or, for tests, this thread), with its
// progress, cancel and result kept for the window to poll. Starting, never drawing.

import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import type { LocaliseJobStatus } from '../../contract/types'
import { AppError, oneLine } from '../../contract/errors'
import { findWorkerScript, startWorker, type WorkerScript } from '../../import/jobs'
import type { Store } from '../../store/database'
import { runLocalise, type LocaliseProgress } from './run'
import type { LocaliseWorkerInput, LocaliseWorkerMessage } from './worker'

/** Drawing 42 charts three ways peaks well under 400 MB (npm run bench); 1 GB is room, and a ceiling. */
const WORKER_HEAP_MB = 1024

interface Job {
  status: LocaliseJobStatus
  worker?: Worker
  cancelRequested: boolean
  finished: Promise<LocaliseJobStatus>
}

export interface LocaliseJobs {
  start(request: { spec: unknown; outDir: string; areas?: string[] }): { jobId: string }
  status(jobId: string): LocaliseJobStatus
  cancel(jobId: string): { cancelled: boolean }
  /** Resolves when the job has stopped: done, failed or cancelled. */
  finished(jobId: string): Promise<LocaliseJobStatus>
  close(): void
}

export function findLocaliseWorker(): WorkerScript | undefined {
  return findWorkerScript(dirname(fileURLToPath(import.meta.url)), { built: 'localise-worker.js', source: 'worker.ts' })
}

const emptyProgress = (total: number): LocaliseProgress => ({ done: 0, total, current: null, made: [], kept: [], failed: [] })

export function createLocaliseJobs(store: Store, options: { worker?: WorkerScript | 'in-thread'; nativeBinding?: string } = {}): LocaliseJobs {
  const jobs = new Map<string, Job>()
  const script = options.worker ?? findLocaliseWorker() ?? 'in-thread'

  const get = (jobId: string) => {
    const job = jobs.get(jobId)
    if (!job) throw new AppError('not_found', `No localise run ${jobId}: it finished before this window opened, or never started`)
    return job
  }

  function runInThread(job: Job, request: { spec: unknown; outDir: string; areas?: string[] }): Promise<LocaliseJobStatus> {
    return runLocalise(store.db, request, { onProgress: (progress) => (job.status.progress = progress), isCancelled: () => job.cancelRequested }).then(
      (result) => ((job.status = { ...job.status, state: result.isCancelled ? 'cancelled' : 'done', progress: result, result }), job.status),
      (error: unknown) => ((job.status = { ...job.status, state: 'failed', error: { code: error instanceof AppError ? error.code : 'internal', message: oneLine(error) } }), job.status)
    )
  }

  function runInWorker(job: Job, worker: WorkerScript, request: { spec: unknown; outDir: string; areas?: string[] }): Promise<LocaliseJobStatus> {
    const input: LocaliseWorkerInput = { dbPath: store.path, nativeBinding: options.nativeBinding, ...request }
    const thread = startWorker(worker, input, { heapMb: WORKER_HEAP_MB, timeMs: 0 })
    job.worker = thread
    return new Promise((resolve) => {
      const finish = (next: Partial<LocaliseJobStatus>) => {
        if (job.status.state !== 'running') return
        job.status = { ...job.status, ...next }
        job.worker = undefined
        // The worker has said all it will; its native canvas must not keep the process alive.
        void thread.terminate()
        resolve(job.status)
      }
      thread.on('message', (message: LocaliseWorkerMessage) => {
        if (message.type === 'progress') job.status.progress = message.progress
        else if (message.type === 'done') finish({ state: message.result.isCancelled ? 'cancelled' : 'done', progress: message.result, result: message.result })
        else finish({ state: 'failed', error: message.error })
      })
      thread.on('error', (error) => finish({ state: 'failed', error: { code: 'internal', message: oneLine(error) } }))
      thread.on('exit', () => finish({ state: 'failed', error: { code: 'internal', message: 'The localise worker stopped before it finished' } }))
    })
  }

  return {
    start(request) {
      if (store.path === ':memory:' && script !== 'in-thread') throw new AppError('bad_input', 'Localise needs a database on disk')
      const jobId = randomBytes(12).toString('base64url')
      const job: Job = {
        status: { jobId, state: 'running', outDir: request.outDir, progress: emptyProgress(request.areas?.length || 42), result: null, error: null },
        cancelRequested: false,
        finished: Promise.resolve(null as unknown as LocaliseJobStatus)
      }
      jobs.set(jobId, job)
      job.finished = script === 'in-thread' ? runInThread(job, request) : runInWorker(job, script, request)
      return { jobId }
    },
    status: (jobId) => structuredClone(get(jobId).status),
    cancel(jobId) {
      const job = get(jobId)
      if (job.status.state !== 'running') return { cancelled: false }
      job.cancelRequested = true
      job.worker?.postMessage('cancel')
      return { cancelled: true }
    },
    finished: (jobId) => get(jobId).finished,
    close() {
      for (const job of jobs.values()) void job.worker?.terminate()
      jobs.clear()
    }
  }
}

/** Where a chart's packs go when no folder is named: beside the database, one folder per chart title, so a re-run resumes. */
export function defaultPacksFolder(dbPath: string, title: string, fileNameOf: (title: string, extension: string) => string): string {
  return join(dirname(dbPath), 'MAPPA Desk packs', fileNameOf(title, 'x').replace(/\.x$/, ''))
}
