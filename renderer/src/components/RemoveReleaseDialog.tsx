// The confirmation before a release is removed: what goes (its figures, how many are current) and
// what stays (edits and notes), from the core's count. Presentational: removing belongs to the state.

import { useEffect, useRef } from 'react'
import { removalLines } from '../grid/precedence'
import type { RemovalAsk } from '../state/useReleaseRemoval'
import { useModalDialog } from './useModalDialog'

interface RemoveReleaseDialogProps {
  asking: RemovalAsk
  onConfirm: () => void
  onCancel: () => void
}

export function RemoveReleaseDialog({ asking, onConfirm, onCancel }: RemoveReleaseDialogProps) {
  const dialog = useModalDialog(() => {
    if (!removing) onCancel()
  })
  const cancelButton = useRef<HTMLButtonElement>(null)
  const { release, impact, removing, error } = asking
  const lines = impact ? removalLines(impact) : null

  // The safe choice has the focus: Enter does not remove anything.
  useEffect(() => cancelButton.current?.focus(), [])

  return (
    <dialog {...dialog} className="desk-dialog" aria-label="Remove release" aria-describedby="remove-release-counts">
      <h2 className="reason-title">{lines?.title ?? `Remove ${release.editionLabel} (${release.fileName})?`}</h2>
      <div id="remove-release-counts" className="remove-counts">
        {lines ? (
          <>
            <p>{lines.figures}</p>
            <p className="remove-kept">{lines.kept}</p>
          </>
        ) : error ? null : (
          <p className="side-empty">Counting what it holds…</p>
        )}
      </div>
      {error && (
        <p className="reason-error" role="alert">
          {error}
        </p>
      )}
      <div className="reason-footer">
        <button ref={cancelButton} type="button" className="button" onClick={onCancel} disabled={removing}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={!impact || removing} aria-busy={removing}>
          {removing && <span className="spinner spinner--light" aria-hidden="true" />}
          Remove release
        </button>
      </div>
    </dialog>
  )
}
