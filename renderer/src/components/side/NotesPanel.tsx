// The Notes panel: the form to attach a note and every note in the store, newest first, each with
// a jump to what it is attached to. Presentational: the list and changes belong to useNotes.

import type { Annotation, MeasureInfo } from '../../../../main/contract/types'
import { plural } from '../../grid/format'
import type { NotePreset, TargetOption } from '../../state/targets'
import type { Notes } from '../../state/useNotes'
import { NoteComposer } from './NoteComposer'
import { NoteItem } from './NoteItem'

interface NotesPanelProps {
  notes: Notes
  options: TargetOption[]
  preset: NotePreset | null
  measures: MeasureInfo[]
  onJump: (note: Annotation) => void
}

/** The core names a measure by its id ("rso"); the panel says what it is. */
function labelled(note: Annotation, measures: MeasureInfo[]): Annotation {
  const { target } = note
  if (target.kind !== 'measure') return note
  return { ...note, targetLabel: measures.find((measure) => measure.id === target.measure)?.label ?? note.targetLabel }
}

export function NotesPanel({ notes, options, preset, measures, onJump }: NotesPanelProps) {
  return (
    <section className="side-section" role="region" aria-label="Notes">
      <h2 className="side-title">
        Notes <span className="side-count">{plural(notes.notes.length, 'note')}</span>
      </h2>
      <NoteComposer options={options} preset={preset} onCreate={notes.create} />
      {notes.notes.length === 0 ? (
        <p className="side-empty">No notes yet. A note can sit on a figure, an area, a period, a measure or a whole release.</p>
      ) : (
        <ul className="note-list">
          {notes.notes.map((note) => (
            <NoteItem
              key={note.id}
              note={labelled(note, measures)}
              onJump={onJump}
              onUpdate={notes.update}
              onDelete={(target) => void notes.remove(target)}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
