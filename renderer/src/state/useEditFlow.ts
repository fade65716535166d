// A correction on its way to the store: the typed figure waits for its reason, then goes to
// 'edits:apply'; a refusal stays in the dialog. Renders nothing; never changes the grid's data itself.

import { useCallback, useRef, useState } from 'react'
import type { EditRecord } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'
import { formatCell } from '../grid/format'
import type { CellRef } from './useView'

export interface PendingEdit {
  cell: CellRef & { period: string }
  /** The figure as the grid shows it now. */
  before: string
  /** What the reporter typed, sent as typed. */
  typed: string
}

export interface EditFlow {
  pending: PendingEdit | null
  saving: boolean
  error: string | null
  propose: (edit: PendingEdit) => void
  save: (reason: string) => Promise<void>
  cancel: () => void
}

export interface EditFlowHandlers {
  /** The store took the edit: show it in the grid now. */
  stored: (edit: PendingEdit, record: EditRecord) => void
  changed: () => void
  say: (text: string) => void
  /** Puts the keyboard back on the cell once the dialog closes. */
  refocus: (cell: CellRef) => void
}

export function useEditFlow({ stored, changed, say, refocus }: EditFlowHandlers): EditFlow {
  const [pending, setPending] = useState<PendingEdit | null>(null)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const pendingRef = useRef<PendingEdit | null>(null)

  const propose = useCallback((edit: PendingEdit) => {
    pendingRef.current = edit
    setPending(edit)
    setError(null)
  }, [])

  const close = useCallback(() => {
    pendingRef.current = null
    setPending(null)
    setError(null)
    setSaving(false)
  }, [])

  const save = useCallback(
    async (reason: string) => {
      const edit = pendingRef.current
      if (!edit || saving) return
      setSaving(true)
      setError(null)
      try {
        const { cell } = edit
        const record = await invoke('edits:apply', {
          area: cell.area,
          measure: cell.measure,
          period: cell.period,
          value: edit.typed,
          reason
        })
        close()
        stored(edit, record)
        changed()
        refocus(cell)
        const after = record.after === null ? record.after_raw : formatCell({ value: record.after, status: 'value', raw: record.after_raw })
        say(`Saved edit: ${cell.areaName} ${cell.period} ${edit.before} → ${after} (${record.reason})`)
      } catch (failure) {
        setSaving(false)
        setError(oneLine(failure))
      }
    },
    [saving, close, stored, changed, refocus, say]
  )

  const cancel = useCallback(() => {
    const edit = pendingRef.current
    close()
    if (edit) {
      refocus(edit.cell)
      say(`Edit cancelled: ${edit.cell.areaName} ${edit.cell.period} is unchanged`)
    }
  }, [close, refocus, say])

  return { pending, saving, error, propose, save, cancel }
}
