// The first-run panel shown while the store is empty: what MAPPA Desk is for and how to start.
// Presentational: it raises intents and never calls the core itself.

interface EmptyStateProps {
  onImport: () => void
  onSample: () => void
  busy: boolean
}

export function EmptyState({ onImport, onSample, busy }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <div className="empty-card">
        <h1 id="empty-title">Start with the MAPPA annual tables</h1>
        <p>
          MAPPA Desk reads the Ministry of Justice MAPPA annual tables, matches every row to one of the 42 areas of England and Wales, and
          keeps each figure traceable to its sheet and cell — all offline, on this computer.
        </p>
        <div className="empty-actions">
          <button type="button" className="button button--primary button--large" onClick={onImport} disabled={busy}>
            Import spreadsheet…
          </button>
          <button type="button" className="button button--large" onClick={onSample} disabled={busy}>
            Open sample data
          </button>
        </div>
        <p className="empty-hint">
          Or drop files anywhere on this window: <span className="formats">.xlsx</span> <span className="formats">.xls</span>{' '}
          <span className="formats">.ods</span> <span className="formats">.csv</span>
        </p>
      </div>
    </section>
  )
}
