// Runs imports as jobs a window can watch: each has an id, a state, progress and a cancel; the
// finished preview waits here until the reporter commits or discards it, and what nobody came back
// for is let go. Where the work runs is job-policy.ts's; what a worker is told, worker-protocol.ts's.

import { randomBytes } from 'node:crypto'
import type { Worker } from 'node:worker_threads'
import type { ImportJobStatus, ImportMappings, ImportSummary } from '../contract/types'
import { AppError, oneLine } from '../contract/errors'
import { DEFAULT_LIMITS, keepSpareWorker, type WorkerLimits, type WorkerScript } from '../jobs/worker-thread'
import { isBackedUpAsItIs } from '../store/backup'
import { catalogueSnapshot } from '../store/catalogue'
import { readOnlyRefusal, type Store } from '../store/database'
import { editionsWithIds, findReleaseBySha } from '../store/releases'
import type { Analysis } from './analyse'
import { DEFAULT_POLICY, isReadHere, MAX_KEPT_ENDED, MAX_KEPT_PREVIEWS, SPARE_AFTER_MS, SWEEP_MS, type JobPolicy } from './job-policy'
import { loadWriter, readHere, withWriter } from './read-here'
import {
  commitInWorker,
  findImportWorker,
  isHeldInWorker,
  readInWorker,
  storeLocationOf,
  type HeldAnalysis,
  type WorkerInput
} from './worker-protocol'

const NO_BYTES = new Uint8Array(0)

interface Job {
  status: ImportJobStatus
  bytes: Uint8Array
  /** Held in the worker (which then writes it on commit) where the job has a writer and the file is big. */
  analysis?: Analysis | HeldAnalysis
  worker?: Worker
  /** Stops hearing the worker read: it has answered, or the job ended first. */
  stopWatching?: () => void
  /** Resolves when the job stops running, whichever way. */
  settled: Promise<void>
  settle: () => void
  /** When the job stopped running (policy.now()), for letting go of what nobody came back for. */
  endedAt?: number
  /** Who else hears its progress (a check against the sources). */
  onProgress?: (progress: number) => void
}

export interface ImportJobs {
  start(fileName: string, bytes: Uint8Array): { jobId: string }
  status(jobId: string): ImportJobStatus
  cancel(jobId: string): { cancelled: boolean }
  /** Written by the worker that read the file, where it holds the analysis (then a promise), else here. */
  commit(previewId: string, mappings: ImportMappings): ImportSummary | Promise<ImportSummary>
  /** Reads (a small workbook here, else in the worker within its limits: job-policy.ts, isReadHere) and commits a file as recognised, in one step. */
  importNow(fileName: string, bytes: Uint8Array): Promise<ImportSummary>
  /** Reads a file (in the worker, within its limits) as an import would, storing nothing: for checking kept files. */
  readNow(fileName: string, bytes: Uint8Array, onProgress?: (progress: number) => void): Promise<Analysis>
  discard(previewId: string): { discarded: boolean }
  /** The file bytes open jobs still hold: running ones and previews waiting for the reporter. */
  heldBytes(): number
  close(): void
}

export interface ImportJobOptions {
  /** The worker that reads (findImportWorker() by default); 'in-thread', or none found, reads in this thread. */
  worker?: WorkerScript | 'in-thread'
  limits?: WorkerLimits
  policy?: JobPolicy
  /** The native build of SQLite the worker loads to write a big file through its own connection, as this thread does. */
  nativeBinding?: string
  /** Keeps the next job's worker started ahead while nothing runs (job-policy.ts, SPARE_AFTER_MS): the desk's, never the command line's. */
  keepsSpare?: boolean
}

const newId = () => randomBytes(12).toString('base64url')

/** Import jobs over one store. */
export function createImportJobs(store: Store, options: ImportJobOptions = {}): ImportJobs {
  const { limits = DEFAULT_LIMITS, policy = DEFAULT_POLICY } = options
  const script = options.worker === 'in-thread' ? undefined : (options.worker ?? findImportWorker())
  /** Where a worker writes what it read, through its own connection; the main thread only waits. */
  const writer = storeLocationOf(store, options.nativeBinding)
  const jobs = new Map<string, Job>()
  const spare = script && options.keepsSpare ? keepSpareWorker(script, limits, SPARE_AFTER_MS) : undefined
  spare?.refill()

  const finish = (job: Job, analysis: Analysis | HeldAnalysis) => {
    if (job.status.state !== 'running') return
    job.analysis = analysis
    const duplicate = findReleaseBySha(store.db, analysis.sha256)
    const [edition] = duplicate === undefined ? [] : editionsWithIds(store.db, [duplicate])
    const duplicateOf = edition ? { releaseId: edition.releaseId, editionLabel: edition.editionLabel, fileName: edition.fileName } : null
    job.status = {
      ...job.status,
      state: 'done',
      phase: 'Ready to import',
      progress: 1,
      preview: { ...analysis.preview, previewId: job.status.jobId, duplicateOf }
    }
    stop(job)
  }
  const fail = (job: Job, error: unknown) => {
    if (job.status.state !== 'running') return
    const code = error instanceof AppError ? error.code : 'internal'
    job.status = { ...job.status, state: 'failed', phase: 'Failed', error: { code, message: oneLine(error) } }
    stop(job)
  }
  /** Ends a job's worker, lets go of the bytes a failed or cancelled job can no longer use, and wakes whoever waits. */
  const stop = (job: Job) => {
    job.stopWatching?.()
    // A worker holding its analysis stays until the preview is committed or let go.
    if (!isHeldInWorker(job.analysis) || job.status.state !== 'done') forgetWorker(job)
    job.endedAt = policy.now()
    if (job.status.state !== 'done') {
      job.bytes = NO_BYTES
      job.analysis = undefined
    }
    job.settle()
    prune()
    spare?.refill()
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
    if (job.status.state !== 'running') return
    job.status = { ...job.status, phase, progress }
    job.onProgress?.(progress)
  }
  const sweeper = setInterval(prune, SWEEP_MS)
  sweeper.unref()

  const runInWorker = (job: Job, input: WorkerInput, script: WorkerScript) => {
    Object.assign(
      job,
      readInWorker(
        script,
        input,
        limits,
        {
          progress: (phase, progress) => progressed(job, phase, progress),
          done: (analysis) => finish(job, analysis),
          failed: (error) => fail(job, error)
        },
        spare?.take()
      )
    )
  }

  const runHere = (job: Job, input: WorkerInput) => {
    readHere(
      input,
      (phase, progress) => progressed(job, phase, progress),
      () => job.status.state === 'running'
    )
      .then((analysis) => analysis && finish(job, analysis))
      .catch((error: unknown) => fail(job, error))
  }

  const get = (jobId: string): Job => {
    prune()
    const job = jobs.get(jobId)
    if (!job) throw new AppError('not_found', 'That import is no longer open: start it again')
    return job
  }

  /** Starts reading; `isForImport` lets the worker keep what it read and write it on commit, `isOneStep` read a small file here. */
  const begin = (fileName: string, bytes: Uint8Array, isForImport: boolean, isOneStep = false): Job => {
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
    const worker = isOneStep && isReadHere(bytes) ? undefined : script
    const input: WorkerInput = {
      fileName,
      bytes,
      catalogue: catalogueSnapshot(store.db),
      writer: worker && isForImport ? writer : undefined
    }
    if (worker) runInWorker(job, input, worker)
    else runHere(job, input)
    // Most files are sent back to be written here: the writer loads meanwhile (a failure to load shows at the commit).
    if (isForImport) loadWriter().catch(() => undefined)
    return job
  }

  /** Starts reading a file to import, where the store may be written. */
  const beginImport = (fileName: string, bytes: Uint8Array, isOneStep: boolean): Job => {
    prune()
    if (store.readOnlyReason === 'other_window') throw new AppError('read_only', readOnlyRefusal(store.readOnlyReason))
    if (store.isReadOnly)
      throw new AppError(
        'read_only',
        'The database is open read-only (its file or folder cannot be written): copy it to a writable folder to import files'
      )
    return begin(fileName, bytes, true, isOneStep)
  }

  return {
    start: (fileName, bytes) => ({ jobId: beginImport(fileName, bytes, false).status.jobId }),
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
      // Loaded while the file was read, the writer writes at once; else it loads now.
      return withWriter((commitAnalysis) => {
        const summary = commitAnalysis(store, analysis, job.bytes, mappings)
        jobs.delete(previewId)
        return summary
      })
    },
    async importNow(fileName, bytes) {
      const job = beginImport(fileName, bytes, true)
      const { jobId } = job.status
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
      spare?.close()
      for (const job of jobs.values()) {
        job.stopWatching?.()
        void job.worker?.terminate()
      }
      jobs.clear()
    }
  }
}
