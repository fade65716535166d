// Verify runs the window polls: one at a time over a store, with its progress (release n of m, how
// far into that release's file) and, when it stops, its check. Reads the store; never writes it.

import { randomBytes } from 'node:crypto'
import type { VerifyJobStatus } from '../contract/types'
import { AppError, oneLine } from '../contract/errors'
import { startingVerifyStatus } from '../contract/verify-status'
import type { Db } from '../store/database'
import { verifySources, type SourceReader } from './verify'

export interface VerifyJobs {
  /** Starts a run, or joins the one already going: two clicks never read every file twice. */
  start(): { jobId: string }
  status(jobId: string): VerifyJobStatus
  /** Resolves when the run has stopped, done or failed. */
  finished(jobId: string): Promise<VerifyJobStatus>
}

interface Run {
  status: VerifyJobStatus
  finished: Promise<VerifyJobStatus>
}

export function createVerifyJobs(db: Db, read: SourceReader): VerifyJobs {
  // Only the newest run is kept: the window asks for the one it started, and a new start replaces a finished one.
  let latest: Run | undefined

  const get = (jobId: string): Run => {
    if (latest?.status.jobId !== jobId) throw new AppError('not_found', 'That check against the sources is no longer open: start it again')
    return latest
  }

  return {
    start() {
      if (latest?.status.state === 'running') return { jobId: latest.status.jobId }
      const status = startingVerifyStatus(randomBytes(12).toString('base64url'))
      latest = {
        status,
        finished: verifySources(db, read, (progress) => Object.assign(status, progress)).then(
          (result) => Object.assign(status, { state: 'done' as const, current: null, progress: 1, result }),
          (error: unknown) =>
            Object.assign(status, {
              state: 'failed' as const,
              current: null,
              error: { code: error instanceof AppError ? error.code : 'internal', message: oneLine(error) }
            })
        )
      }
      return { jobId: status.jobId }
    },
    status: (jobId) => ({ ...get(jobId).status }),
    finished: (jobId) => get(jobId).finished.then((status) => ({ ...status }))
  }
}
