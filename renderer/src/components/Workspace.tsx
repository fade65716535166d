// The work area once figures exist: view tabs, pivot, as-imported or leads view, side panel, reason dialog.
// Wires view, pivot, notes and edit state together; never calls the core itself.

import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { AreaInfo, EditRecord, MeasureInfo, Pivot } from '../../../main/contract/types'
import { buildLookups } from '../grid/figure'
import { targetOptions, targetKey, type NotePreset } from '../state/targets'
import type { Changes } from '../state/useChanges'
import type { Desk, ViewKind } from '../state/useDesk'
import { useEditFlow, type PendingEdit } from '../state/useEditFlow'
import { useJump, type Jump } from '../state/useJump'
import type { Notes } from '../state/useNotes'
import { usePivot, type PivotRequest } from '../state/usePivot'
import { useAppEvent } from '../state/useShell'
import { useView, type CellRef } from '../state/useView'
import type { Leads } from '../state/useLeads'
import { ExportDialog } from './export/ExportDialog'
import { LeadsView } from './leads/LeadsView'
import { PivotView } from './pivot/PivotView'
import { ReasonDialog } from './ReasonDialog'
import { SidePanel, type PanelKind } from './side/SidePanel'
import { TableView } from './TableView'
import { VIEW_PANEL_ID, ViewTabs } from './ViewTabs'
import { tabId } from './Tab'
import { onFigureJump } from '../state/figureJump'

interface WorkspaceProps {
  desk: Desk
  catalogue: { areas: AreaInfo[]; measures: MeasureInfo[] }
  changes: Changes
  notes: Notes
  panel: PanelKind | null
  onPanel: (panel: PanelKind | null) => void
  notePreset: NotePreset | null
  onNotePreset: (preset: NotePreset) => void
  onError: (message: string, context: string) => void
  /** The Leads view's state, owned by the frame so an import can point to it. */
  leads: Leads
  /** Shown at the end of the view bar (the revisions notice). */
  notice?: ReactNode
  /** Drawn beside the view while the revisions panel is open, given the way to jump to a figure. */
  revisionsList?: (jumpToFigure: Jump['toFigure']) => ReactNode
}

/** The focused figure only while it belongs to the pivot shown. */
function focusedIn(pivot: Pivot | null, focused: CellRef | null): CellRef | null {
  if (!pivot || !focused) return null
  return (pivot.by === 'measure' ? focused.measure : focused.area) === pivot.subject.id &&
    pivot.rows.some((row) => row.key === focused.rowKey)
    ? focused
    : null
}

export function Workspace({
  desk,
  catalogue,
  changes,
  notes,
  panel,
  onPanel,
  notePreset,
  onNotePreset,
  onError,
  leads,
  notice,
  revisionsList
}: WorkspaceProps) {
  const [settled, setSettled] = useState(false)
  const view = useView({ catalogue, storeRevision: desk.revision, settled, onError })
  const request = useMemo((): PivotRequest | null => {
    if (desk.view === 'measure' && view.measure) return { by: 'measure', measure: view.measure }
    if (desk.view === 'area' && view.area) return { by: 'area', area: view.area }
    return null
  }, [desk.view, view.measure, view.area])
  const load = usePivot(request, view.derived, `${desk.revision}:${changes.version}:${view.homeArea ?? ''}`, onError)
  // Once the first grid has had its turn (or the view is not a pivot), the rest may load.
  const firstDone = load.state === 'ready' || load.state === 'failed' || desk.view === 'table' || desk.view === 'leads'
  useEffect(() => {
    if (firstDone) setSettled(true)
  }, [firstDone])
  const lookups = useMemo(() => buildLookups(notes.notes, load.revisions), [notes.notes, load.revisions])
  const { requestFocus } = view
  const refocus = useCallback((cell: CellRef) => requestFocus(cell.rowKey, cell.period), [requestFocus])
  const { showEdit } = load
  const stored = useCallback((pending: PendingEdit, record: EditRecord) => showEdit(pending.cell.rowKey, record), [showEdit])
  const edit = useEditFlow({ stored, changed: changes.changed, say: desk.say, refocus })
  const jump = useJump(desk, view)
  // A figure link in the Story panel brings its cell into view here.
  const { toFigure } = jump
  useEffect(() => onFigureJump((ref) => toFigure(ref.area, ref.measure, ref.period)), [toFigure])
  const [isExporting, setExporting] = useState(false)
  // File ▸ Export… in the desktop menu opens the same dialog as the grid's button.
  useAppEvent('menu:export', () => setExporting(true))
  const { say } = desk
  useEffect(() => {
    // An imported table as it stands is not an article table, nor is a list of leads: the export starts from a pivot.
    if (isExporting && (desk.view === 'table' || desk.view === 'leads')) {
      setExporting(false)
      say('Open By measure or By area to export a table for a story')
    }
  }, [isExporting, desk.view, say])

  const pivot = (desk.view === 'measure' || desk.view === 'area') && load.pivot?.by === desk.view ? load.pivot : null
  const focused = focusedIn(pivot, view.focused)
  const figure = focused?.period ? (pivot?.rows.find((row) => row.key === focused.rowKey)?.cells[focused.period] ?? null) : null
  const options = useMemo(() => targetOptions(focused, pivot, desk.releases), [focused, pivot, desk.releases])
  const reverting = useMemo(() => ({ changed: changes.changed, say: desk.say, fail: onError }), [changes.changed, desk.say, onError])

  const showView = (next: ViewKind) => {
    if (next === 'table' && desk.selectedTableId === null) {
      const first = desk.releases.find((release) => release.tables.length > 0)?.tables[0]
      if (first) desk.selectTable(first.id)
      return
    }
    desk.showView(next)
  }

  const addNoteOn = (cell: CellRef) => {
    if (!cell.period) return
    onPanel('notes')
    onNotePreset({ key: targetKey({ kind: 'cell', area: cell.area, measure: cell.measure, period: cell.period }), nonce: Date.now() })
  }

  return (
    <div className="workspace">
      <div className="view-column">
        <ViewTabs view={desk.view} onView={showView}>
          {notice}
        </ViewTabs>
        <div className="view-panel" id={VIEW_PANEL_ID} role="tabpanel" aria-labelledby={desk.view ? tabId('view', desk.view) : undefined}>
          {desk.view === 'leads' ? (
            <LeadsView leads={leads} catalogue={catalogue} homeArea={view.homeArea} say={desk.say} />
          ) : desk.view === 'table' ? (
            desk.selectedTableId !== null ? (
              <TableView tableId={desk.selectedTableId} revision={desk.revision} onError={onError} />
            ) : (
              <div className="table-placeholder">Choose a table from the list on the left.</div>
            )
          ) : desk.view !== null ? (
            <PivotView
              by={desk.view}
              load={load}
              view={view}
              catalogue={catalogue}
              lookups={lookups}
              onEdit={edit.propose}
              onExport={() => setExporting(true)}
            />
          ) : (
            <div className="table-placeholder">Opening the store…</div>
          )}
        </div>
      </div>
      {panel === 'revisions' && revisionsList?.(jump.toFigure)}
      {panel && panel !== 'revisions' && (
        <SidePanel
          panel={panel}
          version={changes.version}
          focused={focused}
          figure={figure}
          notes={notes}
          options={options}
          preset={notePreset}
          catalogue={catalogue}
          reverting={reverting}
          onAddNote={addNoteOn}
          onJumpNote={jump.toNote}
          onJumpEntry={jump.toEntry}
          onClose={() => onPanel(null)}
        />
      )}
      {isExporting && pivot && (
        <ExportDialog
          pivot={pivot}
          derived={load.derived}
          onDone={(message) => {
            setExporting(false)
            desk.say(message)
          }}
          onClose={() => setExporting(false)}
        />
      )}
      {edit.pending && (
        <ReasonDialog
          key={`${edit.pending.cell.rowKey}|${edit.pending.cell.period}`}
          edit={edit.pending}
          saving={edit.saving}
          error={edit.error}
          onSave={(reason) => void edit.save(reason)}
          onCancel={edit.cancel}
        />
      )}
    </div>
  )
}
