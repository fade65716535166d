// The top bar: app name, the two ways to bring figures in, the Revisions view, and what is running.
// Presentational: it raises intents and never calls the core itself.

interface ToolbarProps {
  showActions: boolean
  busy: string | null
  onImport: () => void
  onSample: () => void
  revisionsShown: boolean
  onRevisions: () => void
}

export function Toolbar({ showActions, busy, onImport, onSample, revisionsShown, onRevisions }: ToolbarProps) {
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          M
        </span>
        <span className="brand-name">MAPPA Desk</span>
      </div>
      {showActions && (
        <div className="toolbar-actions">
          <button type="button" className="button button--primary" onClick={onImport} title="Import an .xlsx, .xls, .ods or .csv file">
            Import spreadsheet…
          </button>
          <button type="button" className="button" onClick={onSample}>
            Open sample data
          </button>
          <button type="button" className="button" onClick={onRevisions} aria-pressed={revisionsShown} title="Figures a later edition restated">
            Revisions
          </button>
        </div>
      )}
      <div className="toolbar-spacer" />
      <div className="busy" role="status" aria-live="polite">
        {busy && (
          <>
            <span className="spinner" aria-hidden="true" />
            <span>{busy}</span>
          </>
        )}
      </div>
    </header>
  )
}
