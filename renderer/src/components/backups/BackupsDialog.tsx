// The Backups dialog: the backups kept beside the database, making one now or restoring one (the
// current database is backed up before it is replaced), and the check of every stored figure
// against its cell in the kept source file. Composes; the calls belong to useBackups.

import { useBackups } from '../../state/useBackups'
import { useModalDialog } from '../useModalDialog'
import { BackupsTable } from './BackupsTable'
import { VerifyResult } from './VerifyResult'

export function BackupsDialog({ onClose, onRestored }: { onClose: () => void; onRestored: () => void }) {
  const dialog = useModalDialog(onClose)
  const { backups, error, busy, verified, verify, backUpNow, restore } = useBackups(onRestored)

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
        <BackupsTable backups={backups} busy={busy} onRestore={restore} />
      )}
      {verified !== null && <VerifyResult verified={verified} />}
      {error && (
        <p className="reason-error" role="alert">
          {error}
        </p>
      )}
      <div className="reason-footer">
        <button type="button" className="button" disabled={busy} onClick={verify}>
          Verify against sources
        </button>
        <button type="button" className="button" disabled={busy} onClick={backUpNow}>
          Back up now
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  )
}
