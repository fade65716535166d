// Changes to figures and notes as one stream: a version that goes up after every change (so views
// reload), and undo/redo. Talks to 'history:*' only; never decides what a view shows.

import { useCallback, useEffect, useRef, useState } from 'react'
import type { HistoryState } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'

export interface Changes {
  /** Goes up after every change to edits or notes. */
  version: number
  canUndo: boolean
  canRedo: boolean
  /** Call after a change made elsewhere (an edit saved, a note added): views reload. */
  changed: () => void
  undo: () => Promise<void>
  redo: () => Promise<void>
}

export interface ChangesHandlers {
  say: (text: string) => void
  fail: (message: string, context: string) => void
}

export function useChanges({ say, fail }: ChangesHandlers): Changes {
  const [version, setVersion] = useState(0)
  const [state, setState] = useState<HistoryState>({ actionId: null, canUndo: false, canRedo: false })
  const running = useRef(false)

  const readState = useCallback(async () => {
    try {
      setState(await invoke('history:state', {}))
    } catch (error) {
      fail(oneLine(error), 'Could not read the undo history')
    }
  }, [fail])

  useEffect(() => {
    void readState()
  }, [readState])

  const changed = useCallback(() => {
    setVersion((value) => value + 1)
    void readState()
  }, [readState])

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      if (running.current) return
      running.current = true
      try {
        const result = await invoke(direction === 'undo' ? 'history:undo' : 'history:redo', {})
        setState(result)
        if (result.actionId === null) {
          say(direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo')
          return
        }
        setVersion((value) => value + 1)
        const entry = (await invoke('history:list', {})).find((candidate) => candidate.id === result.actionId)
        say(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${entry?.description ?? 'the last change'}`)
      } catch (error) {
        fail(oneLine(error), direction === 'undo' ? 'Could not undo' : 'Could not redo')
      } finally {
        running.current = false
      }
    },
    [say, fail]
  )

  return {
    version,
    canUndo: state.canUndo,
    canRedo: state.canRedo,
    changed,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step])
  }
}
