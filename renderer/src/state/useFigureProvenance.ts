// The provenance panel's data for the focused figure: what every edition printed for it, and
// "Copy figure with source" (the citation from the core's provenance module, to the clipboard).

import { useEffect, useState } from 'react'
import type { FigureEdition, FigureRef } from '../../../main/contract/types'
import { invoke } from '../api/client'

export function useFigureEditions(figure: FigureRef | null, version: number): FigureEdition[] | null {
  const [editions, setEditions] = useState<FigureEdition[] | null>(null)
  const area = figure?.area
  const measure = figure?.measure
  const period = figure?.period
  useEffect(() => {
    if (!area || !measure || !period) {
      setEditions(null)
      return
    }
    let current = true
    setEditions(null)
    invoke('figures:editions', { area, measure, period })
      .then((list) => current && setEditions(list))
      .catch(() => current && setEditions([]))
    return () => {
      current = false
    }
  }, [area, measure, period, version])
  return editions
}

/** Puts "1,867 (Ministry of Justice, MAPPA annual report 2021/22, sheet …, cell B18)" on the clipboard; resolves with it. */
export async function copyCitation(figure: FigureRef): Promise<string> {
  const { citation } = await invoke('figures:cite', figure)
  await navigator.clipboard.writeText(citation)
  return citation
}
