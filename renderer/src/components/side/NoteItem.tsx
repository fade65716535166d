// One note in a list: what it is attached to (a button that jumps there), its text and dates, and
// Edit (inline rewording) and Delete. Presentational: changes go out through the callbacks.

import { useState } from 'react'
import type { Annotation } from '../../../../main/contract/types'
import { formatWhen } from '../../grid/format'
import { KIND_LABELS } from '../../state/targets'

interface NoteItemProps {
  note: Annotation
  onJump: (note: Annotation) => void
  onUpdate: (id: number, text: string) => Promise<string | null>
  onDelete: (note: Annotation) => void
}

export function NoteItem({ note, onJump, onUpdate, onDelete }: NoteItemProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    if (draft === null || draft.trim() === '') return
    const problem = await onUpdate(note.id, draft)
    setError(problem)
    if (problem === null) setDraft(null)
  }

  return (
    <li className="note">
      <div className="note-head">
        <span className={`note-kind note-kind--${note.target.kind}`}>{KIND_LABELS[note.target.kind]}</span>
        <button type="button" className="link-button note-target" onClick={() => onJump(note)} title="Show it in the grid">
          {note.targetLabel}
        </button>
      </div>
      {draft === null ? (
        <p className="note-body">{note.text}</p>
      ) : (
        <form
          className="note-edit"
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <label className="visually-hidden" htmlFor={`note-edit-${note.id}`}>
            Note text
          </label>
          <textarea
            id={`note-edit-${note.id}`}
            className="note-text"
            rows={3}
            maxLength={2000}
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
          />
          {error && (
            <p className="side-error" role="alert">
              {error}
            </p>
          )}
          <div className="note-actions">
            <button type="submit" className="button button--primary button--small" disabled={draft.trim() === ''}>
              Save note
            </button>
            <button type="button" className="button button--small" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <div className="note-foot">
        <span className="note-when">
          {formatWhen(note.createdAt)}
          {note.updatedAt && ` · reworded ${formatWhen(note.updatedAt)}`}
        </span>
        {draft === null && (
          <span className="note-actions">
            <button type="button" className="link-button" onClick={() => setDraft(note.text)}>
              Edit
            </button>
            <button type="button" className="link-button link-button--danger" onClick={() => onDelete(note)}>
              Delete
            </button>
          </span>
        )}
      </div>
    </li>
  )
}
