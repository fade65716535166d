// The modal asking why a figure changes (area, measure, period, old → new, a required reason), with
// the core's refusal shown inside. Presentational: saving belongs to the edit flow, never to this.

import { useRef, useState } from 'react'
import { readCell } from '../../../main/contract/markers'
import { formatCell } from '../grid/format'
import type { PendingEdit } from '../state/useEditFlow'
import { useModalDialog } from './useModalDialog'

/** "1870" reads as the grid will show it, "1,870"; anything else as typed (the core judges it). */
function typedAsShown(typed: string): string {
  const reading = readCell(typed)
  return reading.status === 'text' ? typed : formatCell({ value: reading.value, status: reading.status, raw: typed })
}

interface ReasonDialogProps {
  edit: PendingEdit
  saving: boolean
  error: string | null
  onSave: (reason: string) => void
  onCancel: () => void
}

export function ReasonDialog({ edit, saving, error, onSave, onCancel }: ReasonDialogProps) {
  const reasonBox = useRef<HTMLTextAreaElement>(null)
  const dialog = useModalDialog(() => {
    if (!saving) onCancel()
  }, reasonBox)
  const [reason, setReason] = useState('')
  const ready = reason.trim() !== '' && !saving

  const submit = () => {
    if (ready) onSave(reason)
  }

  return (
    <dialog {...dialog} className="reason-dialog" aria-label="Reason for change" aria-describedby="reason-change">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 className="reason-title">Correct a figure</h2>
        <dl className="reason-where">
          <dt>Area</dt>
          <dd>{edit.cell.areaName}</dd>
          <dt>Measure</dt>
          <dd>{edit.cell.measureLabel}</dd>
          <dt>Period</dt>
          <dd>{edit.cell.period}</dd>
        </dl>
        <p className="reason-change" id="reason-change">
          <span className="reason-old">{edit.before || '(blank)'}</span>
          <span className="reason-arrow" aria-hidden="true">
            →
          </span>
          <span className="visually-hidden"> becomes </span>
          <strong className="reason-new">{typedAsShown(edit.typed)}</strong>
        </p>
        <label className="reason-label" htmlFor="reason-text">
          Reason
        </label>
        <textarea
          id="reason-text"
          ref={reasonBox}
          className="reason-text"
          rows={3}
          required
          maxLength={500}
          value={reason}
          placeholder="e.g. Typo in the source table, confirmed by the MoJ press office"
          aria-describedby="reason-hint"
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault()
              submit()
            }
          }}
        />
        <p className="reason-hint" id="reason-hint">
          Required. The imported figure is kept: the history lists this change, and it can be reverted or undone (Ctrl+Z).
        </p>
        {error && (
          <p className="reason-error" role="alert">
            Not saved: {error}
          </p>
        )}
        <footer className="reason-footer">
          <button type="button" className="button" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!ready} aria-busy={saving}>
            {saving && <span className="spinner spinner--light" aria-hidden="true" />}
            Save edit
          </button>
        </footer>
      </form>
    </dialog>
  )
}
