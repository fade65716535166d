// The backups kept beside the database, newest first: when and why each was made, what it holds,
// and a Restore button that asks before it replaces the database. Presentational.

import type { BackupInfo } from '../../../../main/contract/types'
import { BACKUP_REASONS, backupContents, backupWhen } from './backupText'

interface BackupsTableProps {
  backups: BackupInfo[]
  busy: boolean
  onRestore: (file: string) => void
}

export function BackupsTable({ backups, busy, onRestore }: BackupsTableProps) {
  return (
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
                    onRestore(backup.file)
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
  )
}
