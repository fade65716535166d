// A list the store holds on one figure (its edits, what every edition printed), read for the focused
// figure and read again after every change. Renders nothing; which channel answers is the caller's.

import { useEffect, useState } from 'react'
import { figureKey, type FigureRef } from '../../../main/contract/types'

/**
 * What `read` resolves with for `figure`, read again whenever `version` goes up: null while no figure
 * is focused or a newly focused one is read (a figure read again keeps its list on show), [] when the
 * read fails. `read` is defined once, outside any component, so that it does not start a read itself.
 */
export function useFigureList<T>(figure: FigureRef | null, version: number, read: (figure: FigureRef) => Promise<T[]>): T[] | null {
  const [shown, setShown] = useState<{ key: string; list: T[] } | null>(null)
  const area = figure?.area
  const measure = figure?.measure
  const period = figure?.period
  useEffect(() => {
    if (!area || !measure || !period) return
    const key = figureKey(area, measure, period)
    let current = true
    read({ area, measure, period })
      .then((list) => current && setShown({ key, list }))
      .catch(() => current && setShown({ key, list: [] }))
    return () => {
      current = false
    }
  }, [area, measure, period, version, read])
  if (!area || !measure || !period) return null
  return shown?.key === figureKey(area, measure, period) ? shown.list : null
}
