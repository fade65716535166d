// The reporter's notes on cells, areas, periods, measures and releases: the list (re-read after every
// change) and creating, rewording and deleting them through 'annotations:*'. Renders nothing.

import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Annotation } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'
import type { NewNoteTarget } from './targets'

export interface Notes {
  notes: Annotation[]
  /** The text of the notes on each release, by release id, for the sidebar. */
  byRelease: ReadonlyMap<number, string[]>
  /** Resolves with the problem to show beside the form, or null when saved. */
  create: (target: NewNoteTarget, text: string) => Promise<string | null>
  update: (id: number, text: string) => Promise<string | null>
  remove: (note: Annotation) => Promise<void>
}

export interface NotesHandlers {
  changed: () => void
  say: (text: string) => void
  fail: (message: string, context: string) => void
}

export function useNotes(version: number, { changed, say, fail }: NotesHandlers): Notes {
  const [notes, setNotes] = useState<Annotation[]>([])

  useEffect(() => {
    let current = true
    invoke('annotations:list', {})
      .then((list) => current && setNotes(list))
      .catch((error: unknown) => current && fail(oneLine(error), 'Could not read the notes'))
    return () => {
      current = false
    }
  }, [version, fail])

  const create = useCallback(
    async (target: NewNoteTarget, text: string) => {
      try {
        const note = await invoke('annotations:create', { target, text })
        changed()
        say(`Added a note on ${note.targetLabel}`)
        return null
      } catch (error) {
        return oneLine(error)
      }
    },
    [changed, say]
  )

  const update = useCallback(
    async (id: number, text: string) => {
      try {
        const note = await invoke('annotations:update', { id, text })
        changed()
        say(`Reworded the note on ${note.targetLabel}`)
        return null
      } catch (error) {
        return oneLine(error)
      }
    },
    [changed, say]
  )

  const remove = useCallback(
    async (note: Annotation) => {
      try {
        await invoke('annotations:delete', { id: note.id })
        changed()
        say(`Deleted the note on ${note.targetLabel} (Ctrl+Z brings it back)`)
      } catch (error) {
        fail(oneLine(error), 'Could not delete the note')
      }
    },
    [changed, say, fail]
  )

  const byRelease = useMemo(() => {
    const texts = new Map<number, string[]>()
    for (const { target, text } of notes) {
      if (target.kind === 'release' && target.releaseId !== null)
        texts.set(target.releaseId, [...(texts.get(target.releaseId) ?? []), text])
    }
    return texts
  }, [notes])

  return { notes, byRelease, create, update, remove }
}
