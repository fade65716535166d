// Removing a release: asks the core what it would touch ('releases:impact') for the confirmation,
// then removes it ('releases:remove'); the sample goes in one action. Renders nothing.

import { useCallback, useState } from 'react'
import type { ReleaseImpact, StoredRelease } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'
import { removedLine } from '../grid/precedence'

export interface RemovalAsk {
  release: StoredRelease
  /** Null while the core counts. */
  impact: ReleaseImpact | null
  removing: boolean
  error: string | null
}

export interface ReleaseRemoval {
  asking: RemovalAsk | null
  /** The sample goes straight away (it can be opened again); any other release asks first. */
  ask: (release: StoredRelease) => void
  confirm: () => Promise<void>
  cancel: () => void
}

interface RemovalHandlers {
  /** After a removal: re-read the store and reload the views. */
  removed: () => Promise<void>
  say: (text: string) => void
  fail: (message: string, context: string) => void
}

export function useReleaseRemoval({ removed, say, fail }: RemovalHandlers): ReleaseRemoval {
  const [asking, setAsking] = useState<RemovalAsk | null>(null)

  const remove = useCallback(
    async (release: StoredRelease): Promise<boolean> => {
      try {
        const impact = await invoke('releases:remove', { releaseId: release.id })
        await removed()
        say(removedLine(impact))
        return true
      } catch (error) {
        fail(oneLine(error), `Could not remove ${release.fileName}`)
        return false
      }
    },
    [removed, say, fail]
  )

  const ask = useCallback(
    (release: StoredRelease) => {
      if (release.isSample) {
        void remove(release)
        return
      }
      setAsking({ release, impact: null, removing: false, error: null })
      invoke('releases:impact', { releaseId: release.id })
        .then((impact) => setAsking((current) => (current?.release.id === release.id ? { ...current, impact } : current)))
        .catch((error: unknown) =>
          setAsking((current) => (current?.release.id === release.id ? { ...current, error: oneLine(error) } : current))
        )
    },
    [remove]
  )

  const confirm = useCallback(async () => {
    if (!asking || asking.removing) return
    setAsking({ ...asking, removing: true })
    const done = await remove(asking.release)
    setAsking(done ? null : { ...asking, removing: false })
  }, [asking, remove])

  return { asking, ask, confirm, cancel: useCallback(() => setAsking(null), []) }
}
