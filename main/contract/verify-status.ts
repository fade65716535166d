// A check against the sources as both sides show it before anything is read: the core's new run
// and the window's bar from the click until the core's first answer. Pure values; no I/O.

import type { VerifyJobStatus } from './types'

/** A run that has read nothing yet: no releases counted, no progress, no result, no error. */
export function startingVerifyStatus(jobId: string): VerifyJobStatus {
  return { jobId, state: 'running', done: 0, total: 0, current: null, progress: 0, result: null, error: null }
}
