// The lists a mapping can choose from: the areas in MoJ order and the measures (catalogue, then
// custom). Loaded once and re-read after an import may have added a custom measure; renders nothing.

import { useCallback, useEffect, useState } from 'react'
import type { AreaInfo, MeasureInfo } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'

export interface Catalogue {
  areas: AreaInfo[]
  measures: MeasureInfo[]
  reload: () => Promise<void>
}

export function useCatalogue(onError: (message: string, context: string) => void): Catalogue {
  const [areas, setAreas] = useState<AreaInfo[]>([])
  const [measures, setMeasures] = useState<MeasureInfo[]>([])

  const reload = useCallback(async () => {
    try {
      const [nextAreas, nextMeasures] = await Promise.all([invoke('areas:list', {}), invoke('measures:list', {})])
      setAreas(nextAreas)
      setMeasures(nextMeasures)
    } catch (error) {
      onError(oneLine(error), 'Could not read the areas and measures')
    }
  }, [onError])

  useEffect(() => {
    void reload()
  }, [reload])

  return { areas, measures, reload }
}
