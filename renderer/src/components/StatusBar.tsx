// The bottom bar: how the app runs, where the database lives, what the store holds and the last
// thing that happened. Presentational: it never calls the core or clears a message itself.

import type { AppInfo } from '../../../main/contract/types'
import { isDesktop } from '../api/client'
import { storeCounts, type StatusMessage } from '../state/useDesk'

export function StatusBar({ info, status, onBackups }: { info: AppInfo | null; status: StatusMessage | null; onBackups: () => void }) {
  const desktop = info ? info.mode === 'electron' : isDesktop()
  const counts = storeCounts(info)
  return (
    <footer className="statusbar">
      <span className={`mode mode--${desktop ? 'desktop' : 'browser'}`}>{desktop ? 'Desktop' : 'Browser mode'}</span>
      {info && (
        <span className="db-path" title={info.dbPath}>
          {/* Right-to-left only so a long path is cut at its start; the path itself still reads left to right. */}
          <bdi dir="ltr">{info.dbPath}</bdi>
        </span>
      )}
      {info?.isReadOnly && (
        <span className="read-only" role="status">
          {info.readOnlyReason === 'other_window'
            ? 'Read-only: MAPPA Desk is open on this database in another window'
            : 'Read-only: this database is on a read-only medium or folder, so nothing can be changed'}
        </span>
      )}
      {counts && <span className="counts">{counts}</span>}
      <span className="statusbar-spacer" />
      {status && (
        <span className={`last-message last-message--${status.tone}`} title={status.text}>
          {status.text}
        </span>
      )}
      {info && (
        <button type="button" className="link-button statusbar-backups" onClick={onBackups}>
          Backups…
        </button>
      )}
      {info && <span className="version">v{info.version}</span>}
    </footer>
  )
}
