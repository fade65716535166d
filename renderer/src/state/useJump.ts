// Jumps from a note or a history entry to what it is about: picks the view and its measure or area,
// then asks the grid to focus the row and period (once the pivot is loaded). Renders nothing.

import { useCallback } from 'react'
import type { Annotation, HistoryEntry } from '../../../main/contract/types'
import type { Desk } from './useDesk'
import type { ViewChoice } from './useView'

export interface Jump {
  toNote: (note: Annotation) => void
  toEntry: (entry: HistoryEntry) => void
}

export function useJump(desk: Pick<Desk, 'view' | 'showView' | 'showRelease'>, view: ViewChoice): Jump {
  const { view: shown, showView, showRelease } = desk
  const { area: shownArea, focused, selectMeasure, selectArea, requestFocus } = view

  /** A figure: in the area's own pivot when that is open, else in its measure's. */
  const toFigure = useCallback(
    (area: string, measure: string, period: string | null) => {
      if (shown === 'area' && shownArea === area) {
        requestFocus(measure, period, area)
        return
      }
      showView('measure')
      selectMeasure(measure)
      requestFocus(area, period, measure)
    },
    [shown, shownArea, showView, selectMeasure, requestFocus]
  )

  const toArea = useCallback(
    (area: string) => {
      if (shown === 'area') {
        selectArea(area)
        requestFocus(null, null, area)
        return
      }
      showView('measure')
      requestFocus(area, null)
    },
    [shown, showView, selectArea, requestFocus]
  )

  const toNote = useCallback(
    (note: Annotation) => {
      const { target } = note
      switch (target.kind) {
        case 'cell':
          return toFigure(target.area, target.measure, target.period)
        case 'area':
          return toArea(target.area)
        case 'period':
          if (shown === 'table') showView('measure')
          if (target.measure) selectMeasure(target.measure)
          return requestFocus(focused?.rowKey ?? null, target.period, target.measure ?? null)
        case 'measure':
          showView('measure')
          selectMeasure(target.measure)
          return requestFocus(null, null, target.measure)
        case 'release':
          // A removed release's notes are kept, with nothing left to show.
          return target.releaseId === null ? undefined : showRelease(target.releaseId)
      }
    },
    [toFigure, toArea, shown, showView, selectMeasure, requestFocus, focused, showRelease]
  )

  const toEntry = useCallback(
    (entry: HistoryEntry) => {
      if (entry.area && entry.measure) toFigure(entry.area, entry.measure, entry.period)
      else if (entry.area) toArea(entry.area)
    },
    [toFigure, toArea]
  )

  return { toNote, toEntry }
}
