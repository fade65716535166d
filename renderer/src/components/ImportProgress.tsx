// The strip under the toolbar while a file is being read: which file, what phase, a progress bar
// and Cancel. Presentational: the job and its cancelling belong to the import flow.

import { useEffect, useState } from 'react'
import type { RunningImport } from '../state/useImportFlow'

/**
 * A read that ends sooner shows no strip: a one-table workbook is read in about 0.1 s (a few times that on a busy machine), and a strip
 * that came and went would only flash and move the grid down and up, laying it out twice while the
 * preview waits (bench-ui --drop-only).
 */
const SHOW_AFTER_MS = 500

export function ImportProgress({ running, onCancel }: { running: RunningImport; onCancel: () => void }) {
  const [isShown, setShown] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  if (!isShown) return null
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
