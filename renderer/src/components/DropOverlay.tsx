// The full-window veil shown while files are dragged over the app. Purely visual: the drop
// itself is handled by useFileDrop, and this never intercepts pointer events.

export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <div className="drop-arrow">↓</div>
        <div className="drop-title">Drop to import</div>
        <div className="drop-hint">.xlsx, .xls, .ods or .csv — several files import one after another</div>
      </div>
    </div>
  )
}
