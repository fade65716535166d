// What the Revisions panel shows: the figures one import restated, or every revision in the
// store on request. Loads 'revisions:list' only; never decides where the panel is drawn.

import { useCallback, useState } from 'react'
import type { ImportSummary, Revision } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'
import { plural } from '../grid/format'

export interface RevisionsView {
  /** What was asked for: one import's revisions, or everything in the store. */
  scope: 'import' | 'all'
  title: string
  revisions: Revision[] | null
  /** The empty-state line for this scope. */
  empty: string
}

export interface Revisions {
  view: RevisionsView | null
  showImported: (summary: ImportSummary) => void
  showAll: () => Promise<void>
  close: () => void
}

export function useRevisions(onError: (message: string, context: string) => void): Revisions {
  const [view, setView] = useState<RevisionsView | null>(null)

  const showImported = useCallback((summary: ImportSummary) => {
    if (summary.revisions.length === 0) return
    setView({
      scope: 'import',
      title: `${summary.editionLabel} restates ${plural(summary.revisions.length, 'figure')} already in the store`,
      revisions: summary.revisions,
      empty: ''
    })
  }, [])

  const showAll = useCallback(async () => {
    const empty = 'No revisions: no edition in the store restates a figure from another edition differently.'
    setView({ scope: 'all', title: 'Revisions across all editions', revisions: null, empty })
    try {
      const revisions = await invoke('revisions:list', {})
      const title = revisions.length === 0 ? 'Revisions across all editions' : `Revisions across all editions: ${plural(revisions.length, 'figure')} restated`
      setView({ scope: 'all', title, revisions, empty })
    } catch (error) {
      setView(null)
      onError(oneLine(error), 'Could not list the revisions')
    }
  }, [onError])

  return { view, showImported, showAll, close: useCallback(() => setView(null), []) }
}
