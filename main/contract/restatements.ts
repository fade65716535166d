// What names one restatement (the figure and the two editions) and how a check to confirm is
// matched to that name, for the Leads view and the core alike. Pure values; no I/O.

import type { RestatementRef } from './types'

/** Only the five fields that name it: the confirm channels refuse any other key. */
export function restatementRefOf(check: RestatementRef): RestatementRef {
  const { area, measure, period, fromReleaseId, toReleaseId } = check
  return { area, measure, period, fromReleaseId, toReleaseId }
}

export function isSameRestatement(a: RestatementRef, b: RestatementRef): boolean {
  return (
    a.area === b.area &&
    a.measure === b.measure &&
    a.period === b.period &&
    a.fromReleaseId === b.fromReleaseId &&
    a.toReleaseId === b.toReleaseId
  )
}
