// The top bar: app name, the two ways to bring figures in, the Revisions view, the Notes and History
// panels, Undo and Redo, and what is running. Presentational: it raises intents and never calls the core.

import type { ReactNode } from 'react'
import type { PanelKind } from './side/SidePanel'

interface ToolbarProps {
  showActions: boolean
  busy: string | null
  onImport: () => void
  onSample: () => void
  revisionsShown: boolean
  onRevisions: () => void
  panel: PanelKind | null
  onPanel: (panel: PanelKind) => void
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
  storyShown?: boolean
  onStory?: () => void
}

/** A bar button that shows a view or panel, pressed while it is shown. */
function ToggleButton({
  isPressed,
  onClick,
  title,
  children
}: {
  isPressed: boolean | undefined
  onClick: () => void
  title: string
  children: ReactNode
}) {
  return (
    <button type="button" className="button" onClick={onClick} aria-pressed={isPressed} title={title}>
      {children}
    </button>
  )
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl+'

export function Toolbar(props: ToolbarProps) {
  const { showActions, busy, onImport, onSample, revisionsShown, onRevisions, panel, onPanel } = props
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          M
        </span>
        <span className="brand-name">MAPPA Desk</span>
      </div>
      {showActions && (
        <div className="toolbar-actions">
          <button type="button" className="button button--primary" onClick={onImport} title="Import an .xlsx, .xls, .ods or .csv file">
            Import spreadsheet…
          </button>
          <button type="button" className="button" onClick={onSample}>
            Open sample data
          </button>
          <span className="toolbar-divider" aria-hidden="true" />
          <ToggleButton isPressed={revisionsShown} onClick={onRevisions} title="Figures a later edition restated">
            Revisions
          </ToggleButton>
          <ToggleButton
            isPressed={panel === 'notes'}
            onClick={() => onPanel('notes')}
            title="Notes on figures, areas, periods, measures and releases"
          >
            Notes
          </ToggleButton>
          <ToggleButton isPressed={panel === 'history'} onClick={() => onPanel('history')} title="Every edit and note, newest first">
            History
          </ToggleButton>
          {props.onStory && (
            <ToggleButton
              isPressed={props.storyShown}
              onClick={props.onStory}
              title="Sentences in house style, Check my copy, and a pack for each area"
            >
              Story
            </ToggleButton>
          )}
          <span className="toolbar-divider" aria-hidden="true" />
          <button
            type="button"
            className="button button--icon"
            onClick={props.onUndo}
            disabled={!props.canUndo}
            title={`Undo the last edit or note change (${MOD}Z)`}
          >
            <span aria-hidden="true">↶</span> Undo
          </button>
          <button
            type="button"
            className="button button--icon"
            onClick={props.onRedo}
            disabled={!props.canRedo}
            title={`Redo (${isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z or Ctrl+Y'})`}
          >
            <span aria-hidden="true">↷</span> Redo
          </button>
        </div>
      )}
      <div className="toolbar-spacer" />
      <div className="busy" role="status" aria-live="polite">
        {busy && (
          <>
            <span className="spinner" aria-hidden="true" />
            <span>{busy}</span>
          </>
        )}
      </div>
    </header>
  )
}
