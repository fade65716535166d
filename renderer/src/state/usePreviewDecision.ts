// The import preview on screen and the reporter's decision on it: import (with the corrections made
// in the preview), close it, or go to the release it duplicates. Renders nothing.

import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import type { ImportMappings, ImportPreview, ImportSummary } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { commitPreview } from './importJob'

export interface OpenPreview {
  preview: ImportPreview
  position: string | null
  committing: boolean
  /** Why the last Import failed, shown inside the dialog (the window behind it is inert). */
  error: string | null
}

export type Decision = 'committed' | 'discarded'

export interface DecisionHandlers {
  imported: (summary: ImportSummary) => Promise<void>
  showRelease: (releaseId: number) => void
  say: (text: string) => void
}

export interface PreviewDecision {
  open: OpenPreview | null
  /** Shows the preview and resolves with what the reporter decided; the preview then closes. */
  decide: (preview: ImportPreview, position: string | null) => Promise<Decision>
  commit: (mappings: ImportMappings) => Promise<void>
  discard: () => void
  showDuplicate: () => void
}

export function usePreviewDecision(handlers: DecisionHandlers): PreviewDecision {
  const [open, setOpenState] = useState<OpenPreview | null>(null)
  const openRef = useRef<OpenPreview | null>(null)
  const decided = useRef<((decision: Decision) => void) | null>(null)
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })

  const setOpen = useCallback((next: OpenPreview | null) => {
    openRef.current = next
    setOpenState(next)
  }, [])

  const decide = useCallback(
    async (preview: ImportPreview, position: string | null) => {
      try {
        return await new Promise<Decision>((resolve) => {
          decided.current = resolve
          setOpen({ preview, position, committing: false, error: null })
        })
      } finally {
        decided.current = null
        setOpen(null)
      }
    },
    [setOpen]
  )

  const commit = useCallback(
    async (mappings: ImportMappings) => {
      const current = decided.current
      const shown = openRef.current
      if (!current || !shown || shown.committing) return
      setOpen({ ...shown, committing: true, error: null })
      try {
        const summary = await commitPreview(shown.preview.previewId, mappings)
        await latest.current.imported(summary)
        current('committed')
      } catch (error) {
        setOpen({ ...shown, committing: false, error: oneLine(error) })
      }
    },
    [setOpen]
  )

  const discard = useCallback(() => {
    const shown = openRef.current
    if (!shown || shown.committing) return
    latest.current.say(`Closed the preview of ${shown.preview.fileName}: nothing was stored`)
    decided.current?.('discarded')
  }, [])

  const showDuplicate = useCallback(() => {
    const duplicate = openRef.current?.preview.duplicateOf
    if (duplicate) latest.current.showRelease(duplicate.releaseId)
    decided.current?.('discarded')
  }, [])

  return { open, decide, commit, discard, showDuplicate }
}
