// Loads the pivot a view asks for and reloads it after each change, keeping unchanged rows as the same
// objects and showing a stored edit at once. Renders nothing; never sends edits itself.

import { useCallback, useEffect, useRef, useState } from 'react'
import type { DerivedKind, EditRecord, Pivot, Revision } from '../../../main/contract/types'
import { readCell } from '../../../main/contract/markers'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'
import { DERIVED_KINDS } from '../../../main/contract/derived-columns'
import { keepRows, NO_ROWS, toViewRows, type ViewRow, type ViewRows } from '../grid/pivotRows'

export type PivotRequest = { by: 'measure'; measure: string } | { by: 'area'; area: string }

export interface PivotState {
  pivot: Pivot | null
  rows: ViewRows
  state: 'idle' | 'loading' | 'ready' | 'failed'
  /** Restatements by later editions of the figures shown, for the "revised" tooltips. */
  revisions: Revision[]
  /** The derived figures the pivot was loaded with (the toggles may be ahead of it). */
  derived: DerivedKind[]
}

export interface PivotLoad extends PivotState {
  /** Shows a stored edit in its row at once; the reload that follows brings the derived figures. */
  showEdit: (rowKey: string, edit: EditRecord) => void
}

function withEdit(rows: ViewRows, rowKey: string, edit: EditRecord): ViewRows {
  const patch = (row: ViewRow): ViewRow => {
    const cell = row.cells[edit.period]
    if (row.key !== rowKey || !cell) return row
    const original = cell.original ?? { value: cell.value, raw: cell.raw, status: cell.status }
    const status = edit.after === null ? readCell(edit.after_raw).status : 'value'
    return {
      ...row,
      cells: {
        ...row.cells,
        [edit.period]: {
          ...cell,
          value: edit.after,
          raw: edit.after_raw,
          status,
          isEdited: true,
          original,
          editId: edit.id,
          reason: edit.reason
        }
      }
    }
  }
  return { top: rows.top.map(patch), body: rows.body.map(patch), bottom: rows.bottom.map(patch) }
}

const requestKey = (request: PivotRequest | null) =>
  request ? `${request.by}:${request.by === 'measure' ? request.measure : request.area}` : ''

export function usePivot(
  request: PivotRequest | null,
  derived: readonly DerivedKind[],
  /** Changes whenever the figures may have changed (imports, edits, undo, the home area). */
  reloadKey: string,
  onError: (message: string, context: string) => void
): PivotLoad {
  const [load, setLoad] = useState<PivotState>({ pivot: null, rows: NO_ROWS, state: 'idle', revisions: [], derived: [] })
  const rowsRef = useRef<ViewRows>(NO_ROWS)
  const key = requestKey(request)
  const derivedKey = derived.join(',')

  // `request` is read through its key: a new object for the same subject is not a new request.
  const requestRef = useRef(request)
  requestRef.current = request
  useEffect(() => {
    const request = requestRef.current
    if (!request) {
      setLoad({ pivot: null, rows: NO_ROWS, state: 'idle', revisions: [], derived: [] })
      return
    }
    let current = true
    const kinds = DERIVED_KINDS.filter((kind) => derivedKey.split(',').includes(kind))
    setLoad((previous) => (previous.pivot && requestKey(subjectOf(previous.pivot)) === key ? previous : { ...previous, state: 'loading' }))
    const asked =
      request.by === 'measure'
        ? invoke('pivot:measure', { measure: request.measure, derived: kinds })
        : invoke('pivot:area', { area: request.area, derived: kinds })
    asked
      .then(async (pivot) => {
        if (!current) return
        const rows = keepRows(rowsRef.current, toViewRows(pivot, rowsRef.current))
        rowsRef.current = rows
        setLoad((previous) => ({
          pivot,
          rows,
          state: 'ready',
          derived: kinds,
          revisions: requestKey(subjectOf(previous.pivot)) === key ? previous.revisions : []
        }))
        if (!pivot.rows.some((row) => Object.values(row.cells).some((cell) => cell.isRevised))) return
        const revisions = await invoke('revisions:list', request.by === 'measure' ? { measure: request.measure } : { area: request.area })
        if (current) setLoad((previous) => (previous.pivot === pivot ? { ...previous, revisions } : previous))
      })
      .catch((error: unknown) => {
        if (!current) return
        setLoad((previous) => ({ ...previous, state: 'failed' }))
        onError(oneLine(error), 'Could not open the figures')
      })
    return () => {
      current = false
    }
  }, [key, derivedKey, reloadKey, onError])

  const showEdit = useCallback((rowKey: string, edit: EditRecord) => {
    const rows = keepRows(rowsRef.current, withEdit(rowsRef.current, rowKey, edit))
    rowsRef.current = rows
    setLoad((previous) => ({ ...previous, rows }))
  }, [])

  return { ...load, showEdit }
}

function subjectOf(pivot: Pivot | null): PivotRequest | null {
  if (!pivot) return null
  return pivot.by === 'measure' ? { by: 'measure', measure: pivot.subject.id } : { by: 'area', area: pivot.subject.id }
}
