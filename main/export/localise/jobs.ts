// Localise jobs: each run of the packs in a worker thread (or, for tests, this thread), with its
// progress, cancel and result kept for the window to poll. Starting, never drawing.

import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import { fileStem } from '../../contract/file-names'
import type { LocaliseJobStatus } from '../../contract/types'
import { AppError, oneLine } from '../../contract/errors'
import { watchWorker, type WorkNames } from '../../jobs/worker-task'
import { findWorkerScript, startWorker, type WorkerLimits, type WorkerScript } from '../../jobs/worker-thread'
import type { Store } from '../../store/database'
import { openPacksFolder } from './folder'
import { runLocalise, type LocaliseInput, type LocaliseProgress } from './run'
import type { LocaliseWorkerInput, LocaliseWorkerMessage } from './worker'

/** Drawing 42 charts three ways peaks well under 400 MB (npm run bench); 1 GB is room, and a ceiling. No time limit: a run can be cancelled. */
const LIMITS: WorkerLimits = { heapMb: 1024, timeMs: 0 }
/** Why a run's worker was stopped, in the words every worker uses (jobs/worker-task.ts). */
const NAMES: WorkNames = { doing: 'Making the packs', whose: 'a localise run', largest: 'any chart' }

interface Job {
  status: LocaliseJobStatus
  worker?: Worker
  cancelRequested: boolean
  finished: Promise<LocaliseJobStatus>
}

export type LocaliseRequest = Omit<LocaliseInput, 'isFolderHeld' | 'areas'> & { areas?: string[] }

export interface LocaliseJobs {
  /** Refuses (busy) where another run writes in the same folder; `outDir` is where the packs go (see openPacksFolder). */
  start(request: LocaliseRequest): { jobId: string; outDir: string }
  status(jobId: string): LocaliseJobStatus
  cancel(jobId: string): { cancelled: boolean }
  /** Resolves when the job has stopped: done, failed or cancelled. */
  finished(jobId: string): Promise<LocaliseJobStatus>
  close(): void
}

export function findLocaliseWorker(): WorkerScript | undefined {
  return findWorkerScript(dirname(fileURLToPath(import.meta.url)), { built: 'localise-worker.cjs', source: 'worker.ts' })
}

const emptyProgress = (total: number): LocaliseProgress => ({ done: 0, total, current: null, made: [], kept: [], failed: [] })

export function createLocaliseJobs(
  store: Store,
  options: { worker?: WorkerScript | 'in-thread'; nativeBinding?: string } = {}
): LocaliseJobs {
  const jobs = new Map<string, Job>()
  const script = options.worker ?? findLocaliseWorker() ?? 'in-thread'

  const get = (jobId: string) => {
    const job = jobs.get(jobId)
    if (!job) throw new AppError('not_found', `No localise run ${jobId}: it finished before this window opened, or never started`)
    return job
  }

  function runInThread(job: Job, request: LocaliseInput): Promise<LocaliseJobStatus> {
    return runLocalise(store.db, request, {
      onProgress: (progress) => (job.status.progress = progress),
      isCancelled: () => job.cancelRequested
    }).then(
      (result) => (
        (job.status = { ...job.status, state: result.isCancelled ? 'cancelled' : 'done', progress: result, result }),
        job.status
      ),
      (error: unknown) => (
        (job.status = {
          ...job.status,
          state: 'failed',
          error: { code: error instanceof AppError ? error.code : 'internal', message: oneLine(error) }
        }),
        job.status
      )
    )
  }

  function runInWorker(job: Job, worker: WorkerScript, request: LocaliseInput): Promise<LocaliseJobStatus> {
    const input: LocaliseWorkerInput = {
      dbPath: store.path,
      nativeBinding: options.nativeBinding,
      ...request,
      areas: request.areas && [...request.areas]
    }
    const thread = startWorker(worker, input, LIMITS)
    job.worker = thread
    return new Promise((resolve) => {
      const finish = (next: Partial<LocaliseJobStatus>) => {
        stopWatching()
        job.status = { ...job.status, ...next }
        job.worker = undefined
        // The worker has said all it will; its native canvas must not keep the process alive.
        void thread.terminate()
        resolve(job.status)
      }
      const stopWatching = watchWorker<LocaliseWorkerMessage>(thread, NAMES, LIMITS, {
        onMessage(message) {
          if (message.type === 'progress') job.status.progress = message.progress
          else if (message.type === 'done')
            finish({ state: message.result.isCancelled ? 'cancelled' : 'done', progress: message.result, result: message.result })
          else finish({ state: 'failed', error: message.error })
        },
        onStopped: (error) => finish({ state: 'failed', error: { code: error.code, message: error.message } }),
        exited: () => new AppError('internal', 'The localise worker stopped before it finished')
      })
    })
  }

  return {
    start(request) {
      if (store.path === ':memory:' && script !== 'in-thread') throw new AppError('bad_input', 'Localise needs a database on disk')
      // Held from here until the run stops however it stops, so a second start on the folder is refused at once.
      const folder = openPacksFolder(request.outDir, { owner: request.owner })
      const held: LocaliseInput = { ...request, outDir: folder.path, isFolderHeld: true }
      const jobId = randomBytes(12).toString('base64url')
      const job: Job = {
        status: {
          jobId,
          state: 'running',
          outDir: folder.path,
          progress: emptyProgress(request.areas?.length || 42),
          result: null,
          error: null
        },
        cancelRequested: false,
        finished: Promise.resolve(null as unknown as LocaliseJobStatus)
      }
      jobs.set(jobId, job)
      job.finished = (script === 'in-thread' ? runInThread(job, held) : runInWorker(job, script, held)).finally(() => folder.release())
      return { jobId, outDir: folder.path }
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

/**
 * Where a chart's packs go when no folder is named: beside the database, one folder per chart,
 * named from its title (or, untitled, `chart-<id>`), so a re-run resumes; a chart whose name is
 * taken by another chart's folder gets the next free `-2`, `-3`… (see openPacksFolder).
 */
export function defaultPacksFolder(dbPath: string, chart: { title: string; chartId?: number }): { outDir: string; owner: string } {
  const kind = chart.chartId === undefined ? 'chart' : `chart-${chart.chartId}`
  const owner = chart.chartId === undefined ? `title:${chart.title.trim()}` : `chart:${chart.chartId}`
  return { outDir: join(dirname(dbPath), 'MAPPA Desk packs', fileStem(chart.title, kind)), owner }
}
