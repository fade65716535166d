// The backups kept beside the database, newest first, with when and why each was made and what it
// holds; make one now or restore one (the current database is backed up before it is replaced);
// and check every stored figure against its cell in the kept source file.

import { useEffect, useRef, useState } from 'react'
import type { BackupInfo, SourceCheck, VerifyJobStatus } from '../../../../main/contract/types'
import { invoke } from '../../api/client'
import { useModalDialog } from '../useModalDialog'
import { BACKUP_REASONS, backupContents, backupWhen } from './backupText'

/** As often as the import strip polls: the bar moves smoothly and costs nothing. */
const VERIFY_POLL_MS = 150

const isRunning = (verified: SourceCheck | VerifyJobStatus): verified is VerifyJobStatus => 'state' in verified

function VerifyProgress({ status }: { status: VerifyJobStatus }) {
  const percent = Math.round(Math.min(1, Math.max(0, status.progress)) * 100)
  const where = status.current
    ? `Reading ${status.current} (release ${status.done + 1} of ${status.total})`
    : 'Reading every release’s file again'
  return (
    <div className="backups-verify-progress">
      <p>{where} and comparing each stored figure with its cell…</p>
      <div
        className="progress"
        role="progressbar"
        aria-label="Verifying against sources"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${where}, ${percent}%`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  )
}

export function BackupsDialog({ onClose, onRestored }: { onClose: () => void; onRestored: () => void }) {
  const dialog = useModalDialog(onClose)
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [verified, setVerified] = useState<SourceCheck | VerifyJobStatus | null>(null)
  const isOpen = useRef(true)
  useEffect(() => () => void (isOpen.current = false), [])

  /** Starts (or joins) a check against the sources and follows it until it stops. */
  const verify = async () => {
    let status = await invoke('verify:status', await invoke('verify:start', {}))
    while (status.state === 'running' && isOpen.current) {
      setVerified(status)
      await new Promise((resolve) => setTimeout(resolve, VERIFY_POLL_MS))
      status = await invoke('verify:status', { jobId: status.jobId })
    }
    if (status.state === 'failed') throw new Error(status.error?.message ?? 'The check against the sources stopped')
    setVerified(status.result)
  }

  const load = () =>
    invoke('backups:list', {}).then(setBackups, (failure: unknown) =>
      setError(failure instanceof Error ? failure.message : String(failure))
    )

  useEffect(() => {
    void load()
  }, [])

  const run = async (work: () => Promise<unknown>, after: () => void) => {
    setBusy(true)
    setError(null)
    try {
      await work()
      after()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog {...dialog} className="desk-dialog backups-dialog" aria-label="Backups">
      <h2 className="reason-title">Backups</h2>
      <p className="backups-intro">
        A copy of this database is kept in the backups folder beside it before every import and release removal, and once a day; its newest
        20 are kept. Copies of other databases in the same folder are not listed here.
      </p>
      {backups === null ? (
        <p>Reading the backups…</p>
      ) : backups.length === 0 ? (
        <p className="backups-empty">No backups yet: the first is made before the next import.</p>
      ) : (
        <table className="backups-table">
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col">Holds</th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.file}>
                <td title={backup.file}>{backupWhen(backup.at)}</td>
                <td>{BACKUP_REASONS[backup.reason]}</td>
                <td>{backup.isIntact ? backupContents(backup) : 'damaged'}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={busy || !backup.isIntact}
                    aria-label={`Restore the backup of ${backupWhen(backup.at)}`}
                    onClick={() => {
                      if (
                        window.confirm(
                          `Restore the backup of ${backupWhen(backup.at)} (${backupContents(backup)})? The database as it is now is backed up first.`
                        )
                      ) {
                        void run(() => invoke('backups:restore', { file: backup.file }), onRestored)
                      }
                    }}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {verified !== null && (
        <div className="backups-verify" role="status" aria-label="Verify against sources">
          {isRunning(verified) ? (
            <VerifyProgress status={verified} />
          ) : (
            <>
              <p className={verified.mismatchCount === 0 ? 'backups-verify-ok' : 'backups-verify-bad'}>{verified.line}</p>
              {verified.mismatchCount > 0 && (
                <ul className="backups-verify-list">
                  {verified.releases.flatMap((release) =>
                    release.mismatches.slice(0, 20).map((mismatch) => (
                      <li key={`${mismatch.release}:${mismatch.sheet}:${mismatch.cell}`}>
                        {release.editionLabel}, {mismatch.sheet}!{mismatch.cell}: stored{' '}
                        {mismatch.stored ? `“${mismatch.stored.raw}”` : 'nothing'}, file{' '}
                        {mismatch.file ? `“${mismatch.file.raw}”` : 'nothing'}
                      </li>
                    ))
                  )}
                </ul>
              )}
            </>
          )}
        </div>
      )}
      {error && (
        <p className="reason-error" role="alert">
          {error}
        </p>
      )}
      <div className="reason-footer">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            setVerified({ jobId: '', state: 'running', done: 0, total: 0, current: null, progress: 0, result: null, error: null })
            void run(verify, () => undefined).then(() =>
              setVerified((current) => (current !== null && isRunning(current) ? null : current))
            )
          }}
        >
          Verify against sources
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void run(
              () => invoke('backups:create', {}),
              () => void load()
            )
          }
        >
          Back up now
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  )
}
