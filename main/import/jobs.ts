// Runs imports as jobs a window can watch: reading and recognising happen in a worker thread
// (or, where no worker script is available, later in this thread), with progress and cancel;
// the finished preview waits here until the reporter commits or discards it. The reader (SheetJS)
// loads in this thread only for jobs read here; with a worker, only the worker loads it.

import { randomBytes } from 'node:crypto'
import type { Worker } from 'node:worker_threads'
import type { ImportJobStatus, ImportMappings, ImportPreview, ImportSummary } from '../contract/types'
import { AppError, oneLine, type ErrorCode } from '../contract/errors'
import { isBackedUpAsItIs } from '../store/backup'
import { catalogueSnapshot } from '../store/catalogue'
import { readOnlyRefusal, type Store } from '../store/database'
import { findReleaseBySha } from '../store/releases'
import { stoppedForTime, workerStopped, type WorkNames } from '../jobs/worker-task'
import type { Analysis } from './analyse'
import type { HeldAnalysis, StoreLocation, WorkerCommand, WorkerInput, WorkerMessage } from './worker'
import { commitInWorker, storeLocationOf } from './worker-commit'
import { DEFAULT_LIMITS, findWorkerScript, startWorker, type WorkerLimits, type WorkerScript } from './worker-thread'

export { DEFAULT_LIMITS, findWorkerScript, startStandbyWorker, type WorkerLimits, type WorkerScript } from './worker-thread'

/** Previews hold the file's bytes; a few are plenty for one reporter, and memory stays bounded. */
const MAX_KEPT_PREVIEWS = 4
/** Failed and cancelled jobs keep only their status line, and only so many of those. */
const MAX_KEPT_ENDED = 16
const NO_BYTES = new Uint8Array(0)

/**
 * The writer for work written in this thread: a file read here, or one small enough for a worker
 * to send back (WORKER_WRITES_FROM). It loads while the file is read, so the commit writes at once.
 */
let inThreadWriter: Promise<unknown> | undefined
let inThreadCommit: (typeof import('./commit'))['commitAnalysis'] | undefined
const loadWriter = () =>
  (inThreadWriter ??= import('./commit').then((commit) => {
    inThreadCommit = commit.commitAnalysis
  }))
/** The reader (SheetJS) for a file read in this thread, loaded by the first such job, with the writer. */
let inThreadReader: Promise<typeof import('./analyse')> | undefined
const loadInThread = () => (inThreadReader ??= Promise.all([import('./analyse'), loadWriter()]).then(([analyse]) => analyse))

interface Job {
  status: ImportJobStatus
  bytes: Uint8Array
  /** Held in the worker (which then writes it on commit) where the job has a writer and the file is big. */
  analysis?: Analysis | HeldAnalysis
  worker?: Worker
  /** Resolves when the job stops running, whichever way. */
  settled: Promise<void>
  settle: () => void
  timer?: NodeJS.Timeout
  /** When the job stopped running (policy.now()), for letting go of what nobody came back for. */
  endedAt?: number
  /** Who else hears its progress (a check against the sources). */
  onProgress?: (progress: number) => void
}

export interface ImportJobs {
  /** Gives the next read a worker started ahead (startStandbyWorker) instead of starting one then. */
  standBy(worker: Worker): void
  start(fileName: string, bytes: Uint8Array): { jobId: string }
  status(jobId: string): ImportJobStatus
  cancel(jobId: string): { cancelled: boolean }
  /** Written by the worker that read the file, where it holds the analysis (then a promise), else here. */
  commit(previewId: string, mappings: ImportMappings): ImportSummary | Promise<ImportSummary>
  /** Reads (in the worker, within its limits) and commits a file as recognised, in one step. */
  importNow(fileName: string, bytes: Uint8Array): Promise<ImportSummary>
  /** Reads a file (in the worker, within its limits) as an import would, storing nothing: for checking kept files. */
  readNow(fileName: string, bytes: Uint8Array, onProgress?: (progress: number) => void): Promise<Analysis>
  discard(previewId: string): { discarded: boolean }
  /** The file bytes open jobs still hold: running ones and previews waiting for the reporter. */
  heldBytes(): number
  close(): void
}

/** How many jobs may run, and how long what they leave behind is kept. */
export interface JobPolicy {
  /** Imports read at once; another start is refused as busy. */
  maxRunning: number
  /** How long a finished preview waits to be committed or discarded before it is let go. */
  previewTtlMs: number
  /** How long a failed or cancelled job's status stays readable (its bytes go at once). */
  endedTtlMs: number
  now: () => number
}

/**
 * Two reads at once: the window imports one file at a time (several dropped files queue), so a
 * second is the CLI or another tab; each read may take 1 GB (DEFAULT_LIMITS) besides the file's
 * 100 MB, and this project's laptops have two cores. An hour for a preview: a reporter reviews one
 * in minutes, and starting again after a longer break costs about a second (npm run bench: a
 * MoJ-size workbook imports in 250 ms). Ten minutes for a failure: the window polls every
 * 150 ms and reads it at once; ten minutes also covers a laptop that slept mid-import.
 */
export const DEFAULT_POLICY: JobPolicy = { maxRunning: 2, previewTtlMs: 60 * 60_000, endedTtlMs: 10 * 60_000, now: Date.now }

/** Why a read was stopped, in the words every worker uses (jobs/worker-task.ts). */
const IMPORT_NAMES: WorkNames = { doing: 'Reading the file', whose: 'an import', largest: 'any MAPPA table' }

/** How often what was left behind is looked for even when nobody calls (a minute: idle memory). */
const SWEEP_MS = 60_000

const newId = () => randomBytes(12).toString('base64url')

const isHeldInWorker = (analysis: Analysis | HeldAnalysis | undefined): analysis is HeldAnalysis =>
  analysis !== undefined && 'isHeldInWorker' in analysis

/**
 * Import jobs over one store. Reading runs in the worker script given (by default the one
 * findWorkerScript() finds) or, with 'in-thread' or where no worker script exists, in this thread.
 */
export function createImportJobs(
  store: Store,
  worker: WorkerScript | 'in-thread' | undefined = findWorkerScript(),
  limits: WorkerLimits = DEFAULT_LIMITS,
  policy: JobPolicy = DEFAULT_POLICY,
  /** Where a worker writes what it read, through its own connection; the main thread only waits. */
  writer: StoreLocation | undefined = storeLocationOf(store)
): ImportJobs {
  const script = worker === 'in-thread' ? undefined : worker
  const jobs = new Map<string, Job>()

  const finish = (job: Job, analysis: Analysis | HeldAnalysis) => {
    job.analysis = analysis
    const duplicate = findReleaseBySha(store.db, analysis.sha256)
    const duplicateOf =
      duplicate === undefined
        ? null
        : (store.db
            .prepare('SELECT id AS releaseId, edition_label AS editionLabel, file_name AS fileName FROM release WHERE id = ?')
            .get(duplicate) as ImportPreview['duplicateOf'])
    job.status = {
      ...job.status,
      state: 'done',
      phase: 'Ready to import',
      progress: 1,
      preview: { ...analysis.preview, previewId: job.status.jobId, duplicateOf }
    }
    stop(job)
  }
  const fail = (job: Job, code: ErrorCode, message: string) => {
    job.status = { ...job.status, state: 'failed', phase: 'Failed', error: { code, message } }
    stop(job)
  }
  const failWith = (job: Job, error: AppError) => fail(job, error.code, error.message)
  /** Ends a job's worker and timer, lets go of the bytes a failed or cancelled job can no longer use, and wakes whoever waits. */
  const stop = (job: Job) => {
    clearTimeout(job.timer)
    // A worker holding its analysis stays until the preview is committed or let go.
    if (!isHeldInWorker(job.analysis) || job.status.state !== 'done') forgetWorker(job)
    job.endedAt = policy.now()
    if (job.status.state !== 'done') {
      job.bytes = NO_BYTES
      job.analysis = undefined
    }
    job.settle()
    prune()
  }
  /** Forgets previews nobody committed or discarded in time, old failures, and all but the newest few of each. */
  const prune = () => {
    const now = policy.now()
    const ended = [...jobs.values()].filter((job) => job.endedAt !== undefined)
    const isPreview = (job: Job) => job.status.state === 'done'
    for (const job of ended) {
      if (now - job.endedAt! >= (isPreview(job) ? policy.previewTtlMs : policy.endedTtlMs)) forget(job)
    }
    const keep = (kept: Job[], max: number) => kept.slice(0, Math.max(0, kept.length - max)).forEach(forget)
    keep(
      ended.filter((job) => jobs.has(job.status.jobId) && isPreview(job)),
      MAX_KEPT_PREVIEWS
    )
    keep(
      ended.filter((job) => jobs.has(job.status.jobId) && !isPreview(job)),
      MAX_KEPT_ENDED
    )
  }
  const forgetWorker = (job: Job) => {
    void job.worker?.terminate()
    job.worker = undefined
  }
  /** Lets a job go with the worker that may hold its analysis. */
  const forget = (job: Job) => {
    forgetWorker(job)
    jobs.delete(job.status.jobId)
  }
  const progressed = (job: Job, phase: string, progress: number) => {
    job.status = { ...job.status, phase, progress }
    job.onProgress?.(progress)
  }
  const sweeper = setInterval(prune, SWEEP_MS)
  sweeper.unref()

  let standby: Worker | undefined
  /** The standby worker, given this job's file; none where there is none, or it has stopped (threadId -1). */
  const takeStandby = (input: WorkerInput): Worker | undefined => {
    const worker = standby
    standby = undefined
    if (!worker || worker.threadId < 0) return undefined
    worker.postMessage({ type: 'read', input } satisfies WorkerCommand)
    return worker
  }

  const runInWorker = (job: Job, input: WorkerInput, script: WorkerScript) => {
    const worker = takeStandby(input) ?? startWorker(script, input, limits)
    job.worker = worker
    job.timer = setTimeout(() => {
      if (job.status.state === 'running') failWith(job, stoppedForTime(IMPORT_NAMES, limits))
    }, limits.timeMs)
    job.timer.unref()
    worker.on('message', (message: WorkerMessage) => {
      if (job.status.state !== 'running') return
      if (message.type === 'progress') progressed(job, message.phase, message.progress)
      else if (message.type === 'done') finish(job, message.analysis)
      else if (message.type === 'failed') fail(job, message.code, message.message)
    })
    worker.on('error', (error) => job.status.state === 'running' && failWith(job, workerStopped(error, IMPORT_NAMES, limits)))
    worker.on(
      'exit',
      (code) => job.status.state === 'running' && code !== 0 && fail(job, 'internal', `The import stopped unexpectedly (exit code ${code})`)
    )
  }

  const runHere = (job: Job, input: WorkerInput) => {
    const failed = (error: unknown) => fail(job, error instanceof AppError ? error.code : 'internal', oneLine(error))
    loadInThread().then(
      ({ analyseFile }) => {
        setImmediate(() => {
          if (job.status.state !== 'running') return
          try {
            finish(
              job,
              analyseFile(input, input.catalogue, (phase, progress) => progressed(job, phase, progress))
            )
          } catch (error) {
            failed(error)
          }
        })
      },
      (error: unknown) => job.status.state === 'running' && failed(error)
    )
  }

  const get = (jobId: string): Job => {
    prune()
    const job = jobs.get(jobId)
    if (!job) throw new AppError('not_found', 'That import is no longer open: start it again')
    return job
  }

  /** Starts reading a file; the caller decides whether the store may be written. */
  /** Starts reading; `isForImport` lets the worker keep what it read and write it on commit. */
  const begin = (fileName: string, bytes: Uint8Array, isForImport: boolean): Job => {
    const running = [...jobs.values()].filter((job) => job.status.state === 'running').length
    if (running >= policy.maxRunning) {
      throw new AppError('busy', `${running} imports are being read already: wait for one to finish, or cancel it, then try again`)
    }
    const jobId = newId()
    let settle = () => undefined as void
    const settled = new Promise<void>((resolve) => (settle = resolve))
    const job: Job = {
      bytes,
      settled,
      settle,
      status: { jobId, state: 'running', phase: 'Starting', progress: 0, preview: null, error: null }
    }
    jobs.set(jobId, job)
    const input: WorkerInput = {
      fileName,
      bytes,
      catalogue: catalogueSnapshot(store.db),
      writer: script && isForImport ? writer : undefined
    }
    if (script) runInWorker(job, input, script)
    else runHere(job, input)
    // Most files are sent back to be written here: the writer loads meanwhile (a failure to load shows at the commit).
    if (isForImport) loadWriter().catch(() => undefined)
    return job
  }

  return {
    standBy(worker) {
      void standby?.terminate()
      // Reading here, it would never be used.
      if (script) standby = worker
      else void worker.terminate()
    },
    start(fileName, bytes) {
      prune()
      if (store.readOnlyReason === 'other_window') throw new AppError('read_only', readOnlyRefusal(store.readOnlyReason))
      if (store.isReadOnly)
        throw new AppError(
          'read_only',
          'The database is open read-only (its file or folder cannot be written): copy it to a writable folder to import files'
        )
      return { jobId: begin(fileName, bytes, true).status.jobId }
    },
    status: (jobId) => get(jobId).status,
    cancel(jobId) {
      const job = get(jobId)
      if (job.status.state !== 'running') return { cancelled: false }
      job.status = { ...job.status, state: 'cancelled', phase: 'Cancelled' }
      stop(job)
      return { cancelled: true }
    },
    commit(previewId, mappings) {
      const job = get(previewId)
      if (!job.analysis) throw new AppError('bad_input', 'That import has no preview yet: wait for it to finish reading')
      if (isHeldInWorker(job.analysis)) {
        if (!job.worker) throw new AppError('not_found', 'That import is no longer open: start it again')
        // A backup this thread made of the database as it is (the day's first) is the import's.
        return commitInWorker(job.worker, mappings, limits.heapMb, isBackedUpAsItIs(store)).then((summary) => {
          forget(job)
          return summary
        })
      }
      const { analysis } = job
      const write = (commitAnalysis: NonNullable<typeof inThreadCommit>) => {
        const summary = commitAnalysis(store, analysis, job.bytes, mappings)
        jobs.delete(previewId)
        return summary
      }
      // Loaded while the file was read, the writer writes at once; else it loads now.
      return inThreadCommit ? write(inThreadCommit) : loadWriter().then(() => write(inThreadCommit!))
    },
    async importNow(fileName, bytes) {
      const { jobId } = this.start(fileName, bytes)
      const job = get(jobId)
      await job.settled
      if (job.status.state !== 'done') {
        jobs.delete(jobId)
        throw new AppError(job.status.error?.code ?? 'internal', job.status.error?.message ?? 'The import was stopped')
      }
      return this.commit(jobId, {})
    },
    async readNow(fileName, bytes, onProgress) {
      const job = begin(fileName, bytes, false)
      job.onProgress = onProgress
      await job.settled
      jobs.delete(job.status.jobId)
      if (!job.analysis || isHeldInWorker(job.analysis))
        throw new AppError(job.status.error?.code ?? 'internal', job.status.error?.message ?? 'Reading the file was stopped')
      return job.analysis
    },
    discard(previewId) {
      const job = jobs.get(previewId)
      void job?.worker?.terminate()
      return { discarded: jobs.delete(previewId) }
    },
    heldBytes() {
      prune()
      return [...jobs.values()].reduce((sum, job) => sum + job.bytes.length, 0)
    },
    close() {
      clearInterval(sweeper)
      void standby?.terminate()
      standby = undefined
      for (const job of jobs.values()) void job.worker?.terminate()
      jobs.clear()
    }
  }
}
