// What the revisions list shows (one import's restated figures, or every revision in the store) and
// the one-line notice an import that restates figures leaves until dismissed. Loads 'revisions:list'
// only; never decides where the list is drawn.

import { useCallback, useState } from 'react'
import type { ImportSummary, Revision } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'
import { plural } from '../grid/format'

export interface RevisionsView {
  /** What was asked for: one import's revisions, or everything in the store. */
  scope: 'import' | 'all'
  title: string
  /** The same in a few words, for the notice. */
  short: string
  revisions: Revision[] | null
  /** The empty-state line for this scope. */
  empty: string
}

export interface Revisions {
  /** What the list shows when it is open. */
  view: RevisionsView | null
  /** The last import's restated figures, until the reporter dismisses the notice. */
  latest: RevisionsView | null
  showImported: (summary: ImportSummary) => void
  /** Puts the last import's revisions in the list. */
  showLatest: () => void
  showAll: () => Promise<void>
  dismissLatest: () => void
}

export function useRevisions(onError: (message: string, context: string) => void): Revisions {
  const [view, setView] = useState<RevisionsView | null>(null)
  const [latest, setLatest] = useState<RevisionsView | null>(null)

  const showImported = useCallback((summary: ImportSummary) => {
    if (summary.revisions.length === 0) return
    const imported: RevisionsView = {
      scope: 'import',
      title: `${summary.editionLabel} restates ${plural(summary.revisions.length, 'figure')} already in the store`,
      short: `${summary.editionLabel} restates ${plural(summary.revisions.length, 'figure')}`,
      revisions: summary.revisions,
      empty: ''
    }
    setLatest(imported)
    // A list already open on an earlier import's revisions follows the newest import.
    setView((current) => (current?.scope === 'import' ? imported : current))
  }, [])

  const showAll = useCallback(async () => {
    const empty = 'No revisions: no edition in the store restates a figure from another edition differently.'
    const short = 'Revisions'
    setView({ scope: 'all', title: 'Revisions across all editions', short, revisions: null, empty })
    try {
      const revisions = await invoke('revisions:list', {})
      const title =
        revisions.length === 0
          ? 'Revisions across all editions'
          : `Revisions across all editions: ${plural(revisions.length, 'figure')} restated`
      setView({ scope: 'all', title, short, revisions, empty })
    } catch (error) {
      setView(null)
      onError(oneLine(error), 'Could not list the revisions')
    }
  }, [onError])

  const showLatest = useCallback(() => setView(latest), [latest])

  return { view, latest, showImported, showLatest, showAll, dismissLatest: useCallback(() => setLatest(null), []) }
}
