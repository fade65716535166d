// The form that attaches a new note: what it is attached to (the focused figure, its row, its
// period, the measure or area, a release) and the text. Presentational: saving belongs to useNotes.

import { useEffect, useRef, useState } from 'react'
import type { NewNoteTarget, NotePreset, TargetOption } from '../../state/targets'
import { SelectField } from '../SelectField'

interface NoteComposerProps {
  options: TargetOption[]
  preset: NotePreset | null
  onCreate: (target: NewNoteTarget, text: string) => Promise<string | null>
}

export function NoteComposer({ options, preset, onCreate }: NoteComposerProps) {
  const [chosen, setChosen] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const textBox = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    if (!preset) return
    setChosen(preset.key)
    textBox.current?.focus()
  }, [preset])

  // The choice follows the focused figure until the reporter picks one that is still on offer.
  const selected = options.find((option) => option.key === chosen) ?? options[0]

  const add = async () => {
    if (!selected || text.trim() === '' || saving) return
    setSaving(true)
    const problem = await onCreate(selected.target, text)
    setSaving(false)
    setError(problem)
    if (problem === null) {
      setText('')
      setChosen(null)
    }
  }

  if (options.length === 0) return <p className="side-empty">Focus a figure in the grid to attach a note to it.</p>
  return (
    <form
      className="note-composer"
      onSubmit={(event) => {
        event.preventDefault()
        void add()
      }}
    >
      <SelectField
        label="Attach note to"
        value={selected?.key ?? ''}
        onChange={setChosen}
        choices={options.map((option) => ({ value: option.key, label: option.label }))}
      />
      <label className="field field--stacked">
        <span className="field-label">Note</span>
        <textarea
          ref={textBox}
          className="note-text"
          rows={3}
          maxLength={2000}
          value={text}
          placeholder="e.g. MoJ says 2020/21 counts were affected by COVID recording delays"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault()
              void add()
            }
          }}
        />
      </label>
      {error && (
        <p className="side-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary button--small" disabled={text.trim() === '' || saving}>
        Add note
      </button>
    </form>
  )
}
