// The panel beside the grid: the focused figure's details, then the Notes or the History. Loads the
// focused figure's edits and the history list; notes, jumps and reverts come from the workspace.

import { useState } from 'react'
import type { Annotation, AreaInfo, FigureCell, HistoryEntry, MeasureInfo } from '../../../../main/contract/types'
import { isOnCell, type NotePreset, type TargetOption } from '../../state/targets'
import {
  keepEdit,
  revertEdit,
  revertEntry,
  takeNewerFigure,
  useCellEdits,
  useHistoryList,
  type Reverting
} from '../../state/useHistoryList'
import { shownFigure } from '../../grid/precedence'
import type { Notes } from '../../state/useNotes'
import type { CellRef } from '../../state/useView'
import { copyCitation, useFigureEditions } from '../../state/useFigureProvenance'
import { CellDetails } from './CellDetails'
import { HistoryPanel } from './HistoryPanel'
import { NotesPanel } from './NotesPanel'

/** The panels beside the grid; the revisions list is drawn by its own component. */
export type PanelKind = 'notes' | 'history' | 'revisions'

interface SidePanelProps {
  panel: Exclude<PanelKind, 'revisions'>
  version: number
  focused: CellRef | null
  figure: FigureCell | null
  notes: Notes
  options: TargetOption[]
  preset: NotePreset | null
  catalogue: { areas: AreaInfo[]; measures: MeasureInfo[] }
  reverting: Reverting
  onAddNote: (cell: CellRef) => void
  onJumpNote: (note: Annotation) => void
  onJumpEntry: (entry: HistoryEntry) => void
  onClose: () => void
}

export function SidePanel(props: SidePanelProps) {
  const { panel, version, focused, figure, notes, catalogue, reverting } = props
  const [filter, setFilter] = useState({ area: '', measure: '' })
  const entries = useHistoryList(panel === 'history', filter, version, reverting.fail)
  const figureKey = focused?.period ? { area: focused.area, measure: focused.measure, period: focused.period } : null
  const edits = useCellEdits(figureKey, version)
  const editions = useFigureEditions(figureKey, version)
  const cellNotes = focused ? notes.notes.filter((note) => isOnCell(note.target, focused)) : []

  return (
    <aside className="side-panel" aria-label="Side panel">
      <div className="side-panel-head">
        <span className="side-panel-name">{panel === 'notes' ? 'Notes' : 'History'}</span>
        <button
          type="button"
          className="banner-close"
          onClick={props.onClose}
          aria-label={`Close ${panel === 'notes' ? 'notes' : 'history'}`}
        >
          ×
        </button>
      </div>
      {focused && (
        <CellDetails
          cell={focused}
          figure={figure}
          edits={edits}
          notes={cellNotes}
          onRevert={(editId) => void revertEdit(editId, reverting)}
          onKeep={(editId) => void keepEdit(editId, reverting)}
          onTakeNewer={(editId) =>
            void takeNewerFigure(editId, figure?.staleEdit ? shownFigure(figure.staleEdit.nowSays) : 'the newer figure', reverting)
          }
          onAddNote={() => props.onAddNote(focused)}
          editions={editions}
          onCopyCitation={() => {
            if (figureKey)
              void copyCitation(figureKey).then(
                (citation) => reverting.say(`Copied: ${citation}`),
                (error: unknown) => reverting.fail(error instanceof Error ? error.message : String(error), 'Could not copy the figure')
              )
          }}
        />
      )}
      {panel === 'notes' ? (
        <NotesPanel notes={notes} options={props.options} preset={props.preset} measures={catalogue.measures} onJump={props.onJumpNote} />
      ) : (
        <HistoryPanel
          entries={entries}
          filter={filter}
          onFilter={setFilter}
          areas={catalogue.areas}
          measures={catalogue.measures}
          onRevert={(entry) => void revertEntry(entry, reverting)}
          onJump={props.onJumpEntry}
        />
      )}
    </aside>
  )
}
