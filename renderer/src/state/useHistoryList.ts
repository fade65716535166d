// The History list ('history:list', filtered) and one cell's edits ('edits:list'), re-read after each
// change; reverting one change on its own, keeping or dropping a restated correction. Renders nothing;
// never undoes (that is useChanges).

import { useEffect, useState } from 'react'
import type { EditRecord, FigureRef, HistoryEntry } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'
import { useFigureList } from './useFigureList'

export interface Reverting {
  changed: () => void
  say: (text: string) => void
  fail: (message: string, context: string) => void
}

/** Reverts an edit on its own (later and earlier edits of the cell stay as they are). */
export async function revertEdit(editId: number, { changed, say, fail }: Reverting): Promise<void> {
  try {
    const edit = await invoke('edits:revert', { editId })
    changed()
    say(`Reverted: ${edit.area_name} ${edit.measure} ${edit.period} is ${edit.before_raw ?? '(blank)'} again`)
  } catch (error) {
    fail(oneLine(error), 'Could not revert the edit')
  }
}

/** Keeps a correction that a newer edition restated: it now stands against that edition. */
export async function keepEdit(editId: number, { changed, say, fail }: Reverting): Promise<void> {
  try {
    const edit = await invoke('edits:keep', { editId })
    changed()
    say(`Kept your correction: ${edit.area_name} ${edit.measure} ${edit.period} stays ${edit.after_raw}`)
  } catch (error) {
    fail(oneLine(error), 'Could not keep the correction')
  }
}

/** Drops a correction that a newer edition restated, for that edition's figure. */
export async function takeNewerFigure(editId: number, newFigure: string, { changed, say, fail }: Reverting): Promise<void> {
  try {
    const edit = await invoke('edits:revert', { editId })
    changed()
    say(`Dropped your correction: ${edit.area_name} ${edit.measure} ${edit.period} is ${newFigure}, as the newer edition says`)
  } catch (error) {
    fail(oneLine(error), 'Could not use the newer figure')
  }
}

/** Reverts one history entry: an edit is reverted, a note added is deleted. */
export async function revertEntry(entry: HistoryEntry, handlers: Reverting): Promise<void> {
  if (entry.kind === 'edit' && entry.editId !== null) return revertEdit(entry.editId, handlers)
  if (entry.kind === 'annotate' && entry.annotationId !== null) {
    try {
      await invoke('annotations:delete', { id: entry.annotationId })
      handlers.changed()
      handlers.say(`Deleted: ${entry.description}`)
    } catch (error) {
      handlers.fail(oneLine(error), 'Could not delete the note')
    }
  }
}

export function useHistoryList(
  open: boolean,
  filter: { area: string; measure: string },
  version: number,
  fail: Reverting['fail']
): HistoryEntry[] | null {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null)
  useEffect(() => {
    if (!open) return
    let current = true
    invoke('history:list', { area: filter.area || undefined, measure: filter.measure || undefined })
      .then((list) => current && setEntries(list))
      .catch((error: unknown) => current && fail(oneLine(error), 'Could not read the history'))
    return () => {
      current = false
    }
  }, [open, filter.area, filter.measure, version, fail])
  return entries
}

const readEdits = (cell: FigureRef) => invoke('edits:list', cell)

/** The focused cell's edits, each revertable on its own (see useFigureList). */
export function useCellEdits(cell: FigureRef | null, version: number): EditRecord[] | null {
  return useFigureList(cell, version, readEdits)
}
