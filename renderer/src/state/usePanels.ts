// Which side panel is open beside the figures (notes, history, revisions, …) and the note target the
// notes panel opens on. Opening the revisions list asks for it. Renders nothing.

import { useCallback, useState } from 'react'
import type { PanelKind } from '../components/side/SidePanel'
import { targetKey, type NotePreset } from './targets'
import type { Revisions } from './useRevisions'

export interface Panels {
  panel: PanelKind | null
  setPanel: (panel: PanelKind | null) => void
  /** Opens a panel, or closes it when it is the one open. */
  toggle: (next: PanelKind) => void
  toggleRevisions: () => void
  /** The last import's restated figures, in the revisions panel. */
  showLatestRevisions: () => void
  notePreset: NotePreset | null
  setNotePreset: (preset: NotePreset) => void
  /** The notes panel, opened on a new note about a release. */
  addReleaseNote: (releaseId: number) => void
}

export function usePanels(revisions: Pick<Revisions, 'showAll' | 'showLatest'>): Panels {
  const [panel, setPanel] = useState<PanelKind | null>(null)
  const [notePreset, setNotePreset] = useState<NotePreset | null>(null)
  const addReleaseNote = useCallback((releaseId: number) => {
    setPanel('notes')
    setNotePreset({ key: targetKey({ kind: 'release', releaseId }), nonce: Date.now() })
  }, [])
  return {
    panel,
    setPanel,
    toggle: (next) => setPanel((current) => (current === next ? null : next)),
    toggleRevisions: () => {
      if (panel === 'revisions') return setPanel(null)
      setPanel('revisions')
      void revisions.showAll()
    },
    showLatestRevisions: () => {
      revisions.showLatest()
      setPanel('revisions')
    },
    notePreset,
    setNotePreset,
    addReleaseNote
  }
}
