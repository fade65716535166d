// The pivot's AG Grid columns, rebuilt only when what they are made from changes: the subject, the
// periods, the derived figures and the notes on periods. Never fetches; never touches the grid.

import { useEffect, useMemo, useRef } from 'react'
import type { DerivedKind, Pivot } from '../../../../main/contract/types'
import type { CellLookups } from '../../grid/figure'
import { buildPivotColumns, type PivotColumn } from '../../grid/pivotColumns'

export function usePivotColumns(pivot: Pivot, derived: readonly DerivedKind[], lookups: CellLookups): PivotColumn[] {
  const lookupsRef = useRef(lookups)
  useEffect(() => {
    lookupsRef.current = lookups
  })

  // Never rebuilt for an edit (lookups are read through the ref): the columns are made from these keys
  // alone, so a new array or map with the same content is no change.
  const periodsKey = pivot.periods.join(',')
  const derivedKey = derived.join(',')
  const periodNotesKey = JSON.stringify(pivot.periods.map((period) => [period, lookups.periodNotes.get(period) ?? []]))
  return useMemo(
    () =>
      buildPivotColumns({
        by: pivot.by,
        subjectId: pivot.subject.id,
        periods: periodsKey === '' ? [] : periodsKey.split(','),
        derived: derivedKey === '' ? [] : (derivedKey.split(',') as DerivedKind[]),
        periodNotes: new Map(JSON.parse(periodNotesKey) as [string, string[]][]),
        lookups: lookupsRef
      }),
    [pivot.by, pivot.subject.id, periodsKey, derivedKey, periodNotesKey]
  )
}
