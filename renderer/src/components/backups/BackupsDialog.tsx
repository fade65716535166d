// The backups kept beside the database, newest first, with when and why each was made and what it
// holds; make one now or restore one (the current database is backed up before it is replaced);
// and check every stored figure against its cell in the kept source file.

import { useEffect, useState } from 'react'
import type { BackupInfo, SourceCheck } from '../../../../main/contract/types'
import { invoke } from '../../api/client'
import { useModalDialog } from '../useModalDialog'
import { BACKUP_REASONS, backupContents, backupWhen } from './backupText'

export function BackupsDialog({ onClose, onRestored }: { onClose: () => void; onRestored: () => void }) {
  const dialog = useModalDialog()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [verified, setVerified] = useState<SourceCheck | 'checking' | null>(null)

  const load = () =>
    invoke('backups:list', {}).then(setBackups, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))

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
    <dialog
      ref={dialog}
      className="desk-dialog backups-dialog"
      aria-label="Backups"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 className="reason-title">Backups</h2>
      <p className="backups-intro">A copy of the database is kept before every import and release removal, and once a day; the newest 20 are kept.</p>
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
                      if (window.confirm(`Restore the backup of ${backupWhen(backup.at)} (${backupContents(backup)})? The database as it is now is backed up first.`)) {
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
          {verified === 'checking' ? (
            <p>Reading every release's file again and comparing each stored figure with its cell…</p>
          ) : (
            <>
              <p className={verified.mismatchCount === 0 ? 'backups-verify-ok' : 'backups-verify-bad'}>{verified.line}</p>
              {verified.mismatchCount > 0 && (
                <ul className="backups-verify-list">
                  {verified.releases.flatMap((release) =>
                    release.mismatches.slice(0, 20).map((mismatch) => (
                      <li key={`${mismatch.release}:${mismatch.sheet}:${mismatch.cell}`}>
                        {release.editionLabel}, {mismatch.sheet}!{mismatch.cell}: stored {mismatch.stored ? `“${mismatch.stored.raw}”` : 'nothing'}, file{' '}
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
            setVerified('checking')
            void run(
              () => invoke('sources:verify', {}).then(setVerified),
              () => undefined
            ).then(() => setVerified((current) => (current === 'checking' ? null : current)))
          }}
        >
          Verify against sources
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void run(() => invoke('backups:create', {}), () => void load())}>
          Back up now
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  )
}
