// The Backups dialog's calls: the backups kept beside the database, making one now, restoring one,
// and following a check of every stored figure against the kept sources. Renders nothing.

import { useCallback, useEffect, useRef, useState } from 'react'
import type { BackupInfo, SourceCheck, VerifyJobStatus } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { startingVerifyStatus } from '../../../main/contract/verify-status'
import { invoke } from '../api/client'

/** As often as a long import is polled (importJob.ts): the bar moves smoothly and costs nothing. */
const VERIFY_POLL_MS = 150

/** Shown from the click until the core's first answer. */
const VERIFY_STARTING = startingVerifyStatus('')

export const isVerifyRunning = (verified: SourceCheck | VerifyJobStatus): verified is VerifyJobStatus => 'state' in verified

export interface Backups {
  /** Newest first; null while they are read. */
  backups: BackupInfo[] | null
  error: string | null
  busy: boolean
  /** The check against the sources: its progress while it runs, then its result. */
  verified: SourceCheck | VerifyJobStatus | null
  verify: () => void
  backUpNow: () => void
  /** The database as it is now is backed up first; `onRestored` follows a restore. */
  restore: (file: string) => void
}

export function useBackups(onRestored: () => void): Backups {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [verified, setVerified] = useState<SourceCheck | VerifyJobStatus | null>(null)
  const isOpen = useRef(true)
  useEffect(() => () => void (isOpen.current = false), [])

  const load = useCallback(() => invoke('backups:list', {}).then(setBackups, (failure: unknown) => setError(oneLine(failure))), [])
  useEffect(() => {
    void load()
  }, [load])

  const run = async (work: () => Promise<unknown>, after: () => void) => {
    setBusy(true)
    setError(null)
    try {
      await work()
      after()
    } catch (failure) {
      setError(oneLine(failure))
    } finally {
      setBusy(false)
    }
  }

  /** Starts (or joins) a check against the sources and follows it until it stops. */
  const followVerify = async () => {
    let status = await invoke('verify:status', await invoke('verify:start', {}))
    while (status.state === 'running' && isOpen.current) {
      setVerified(status)
      await new Promise((resolve) => setTimeout(resolve, VERIFY_POLL_MS))
      status = await invoke('verify:status', { jobId: status.jobId })
    }
    if (status.state === 'failed') throw new Error(status.error?.message ?? 'The check against the sources stopped')
    setVerified(status.result)
  }

  return {
    backups,
    error,
    busy,
    verified,
    verify: () => {
      setVerified(VERIFY_STARTING)
      // A check that failed leaves its error, not a bar stuck part-way.
      void run(followVerify, () => undefined).then(() =>
        setVerified((current) => (current !== null && isVerifyRunning(current) ? null : current))
      )
    },
    backUpNow: () =>
      void run(
        () => invoke('backups:create', {}),
        () => void load()
      ),
    restore: (file) => void run(() => invoke('backups:restore', { file }), onRestored)
  }
}

/** The recovery screen's one call: restore the backup it shows (or the latest, where it shows none). */
export function useRecoveryRestore(
  file: string | null,
  onRestored: () => void
): { busy: boolean; error: string | null; restore: () => void } {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const restore = async () => {
    setBusy(true)
    setError(null)
    try {
      // The copy shown is the one restored, even if another was made meanwhile.
      await invoke('backups:restore', file !== null ? { file } : {})
      onRestored()
    } catch (failure) {
      setError(oneLine(failure))
      setBusy(false)
    }
  }
  return { busy, error, restore: () => void restore() }
}
