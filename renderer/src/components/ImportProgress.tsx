// The strip under the toolbar while a file is being read: which file, what phase, a progress bar
// and Cancel. Presentational: the job and its cancelling belong to the import flow.

import type { RunningImport } from '../state/useImportFlow'

export function ImportProgress({ running, onCancel }: { running: RunningImport; onCancel: () => void }) {
  const percent = Math.round(Math.min(1, Math.max(0, running.progress)) * 100)
  return (
    <div className="import-progress" role="group" aria-label="Import progress">
      <div className="import-progress-text">
        <strong className="import-progress-file">
          Reading {running.fileName}
          {running.position && <span className="import-progress-position"> ({running.position})</span>}
        </strong>
        <span className="import-progress-phase" role="status">
          {running.phase}…
        </span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={`Reading ${running.fileName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${running.phase}, ${percent}%`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="import-progress-percent">{percent}%</span>
      <button type="button" className="button button--small" onClick={onCancel} disabled={running.cancelling}>
        Cancel
      </button>
    </div>
  )
}
