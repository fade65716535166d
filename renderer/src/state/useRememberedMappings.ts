// The spellings the reporter asked to remember in import previews ('aliases:list'), and forgetting
// one ('aliases:forget'). Built-in spellings are the core's and never listed. Renders nothing.

import { useCallback, useEffect, useState } from 'react'
import type { RememberedMapping } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'

export interface RememberedMappings {
  /** Null while loading. */
  mappings: RememberedMapping[] | null
  forget: (mapping: RememberedMapping) => Promise<void>
}

export function useRememberedMappings(
  open: boolean,
  handlers: { say: (text: string) => void; fail: (message: string, context: string) => void }
): RememberedMappings {
  const { say, fail } = handlers
  const [mappings, setMappings] = useState<RememberedMapping[] | null>(null)

  const load = useCallback(async () => {
    try {
      setMappings(await invoke('aliases:list', {}))
    } catch (error) {
      setMappings([])
      fail(oneLine(error), 'Could not list the remembered mappings')
    }
  }, [fail])

  useEffect(() => {
    if (!open) return
    setMappings(null)
    void load()
  }, [open, load])

  const forget = useCallback(
    async (mapping: RememberedMapping) => {
      try {
        const { forgotten } = await invoke('aliases:forget', { kind: mapping.kind, key: mapping.key })
        say(
          forgotten
            ? `Forgot “${mapping.label}” → ${mapping.targetLabel}: the next file asks again`
            : `“${mapping.label}” was not remembered`
        )
        await load()
      } catch (error) {
        fail(oneLine(error), `Could not forget “${mapping.label}”`)
      }
    },
    [load, say, fail]
  )

  return { mappings, forget }
}
