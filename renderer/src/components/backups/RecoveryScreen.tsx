// The screen a window shows instead of the desk when its database is damaged: why, and the
// latest good backup to restore. The damaged file is kept aside by the core, never deleted.

import type { Recovery } from '../../../../main/contract/types'
import { useRecoveryRestore } from '../../state/useBackups'
import { backupContents, backupWhen } from './backupText'

export function RecoveryScreen({ recovery, onRestored }: { recovery: Recovery; onRestored: () => void }) {
  const { backup } = recovery
  const { busy, error, restore } = useRecoveryRestore(backup?.file ?? null, onRestored)
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="recovery-card">
        <h1 id="recovery-title">The database cannot be used as it is</h1>
        <p className="recovery-why">{recovery.message.split('. The latest good backup')[0]}.</p>
        {backup ? (
          <>
            <p>
              The latest good backup was made on <strong>{backupWhen(backup.at)}</strong> and holds {backupContents(backup)}. Restoring it
              puts it in the database's place; the damaged file is kept beside it, renamed, and nothing is deleted.
            </p>
            <button type="button" className="button button--primary" disabled={busy} onClick={restore}>
              {busy ? 'Restoring…' : `Restore the backup of ${backupWhen(backup.at)}`}
            </button>
          </>
        ) : (
          <p>There is no backup beside it to restore. Move the file aside and start again, or open another database with --db.</p>
        )}
        {error && (
          <p className="recovery-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </main>
  )
}
