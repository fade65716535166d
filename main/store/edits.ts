// Corrections to figures: each edit records the figure before, the figure after and a reason,
// on top of the imported value, which is never overwritten. Reverting an edit, or undoing it,
// only marks it inactive. Writes go through one transaction with their history action.

import type { CellStatus, EditRecord } from '../contract/types'
import { readCell } from '../contract/markers'
import { AppError } from '../contract/errors'
import { writeTransaction, type Db } from './database'
import { recordAction } from './history'
import { areaIdOf, assertMeasure, now } from './keys'

/** Long enough for a press office's explanation, short enough to stay a reason. */
export const MAX_REASON_LENGTH = 500

export interface EditRequest {
  area: string
  measure: string
  period: string
  /** As typed: "1,870", " 1870 ", "[c]", "-". */
  value: string
  reason: string
  author?: string
}

/** Reads a typed figure tolerantly; refuses anything that is not a number or a marker. */
export function parseTypedFigure(typed: string): { value: number | null; status: CellStatus; raw: string } {
  const raw = typed.trim()
  if (raw === '') throw new AppError('bad_input', 'Type a figure, such as 1,867, or a marker such as [c]')
  const reading = readCell(raw)
  if (reading.status === 'text') throw new AppError('bad_input', `"${raw}" is not a figure: type a number such as 1,867, or a marker such as [c] or -`)
  if (reading.value !== null && reading.value < 0) throw new AppError('bad_input', `"${raw}" is negative: MAPPA counts and rates cannot be`)
  return { value: reading.value, status: reading.status, raw }
}

interface CurrentRow {
  value: number | null
  status: CellStatus
  raw: string
}

export function applyEdit(db: Db, request: EditRequest): EditRecord {
  const reason = request.reason.trim()
  if (reason === '') throw new AppError('bad_input', 'Say why the figure changes: a reason is required for every edit')
  if (reason.length > MAX_REASON_LENGTH) throw new AppError('bad_input', `Keep the reason under ${MAX_REASON_LENGTH} characters`)
  const typed = parseTypedFigure(request.value)
  const areaId = areaIdOf(db, request.area)
  assertMeasure(db, request.measure)
  return writeTransaction(db, () => {
    const current = db
      .prepare('SELECT value, status, raw FROM current_figure WHERE area_id = ? AND measure_id = ? AND period = ?')
      .get(areaId, request.measure, request.period) as CurrentRow | undefined
    if (!current) throw new AppError('not_found', `There is no imported figure for ${request.area} ${request.measure} ${request.period} to correct`)
    if (current.value === typed.value && current.status === typed.status) {
      throw new AppError('bad_input', `No change: the figure is already ${current.raw}`)
    }
    const id = Number(
      db
        .prepare(`INSERT INTO edit (area_id, measure_id, period, before_value, before_raw, after_value, after_raw, after_status, reason, author, at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(areaId, request.measure, request.period, current.value, current.raw, typed.value, typed.raw, typed.status, reason, request.author ?? null, now()).lastInsertRowid
    )
    recordAction(db, { kind: 'edit', editId: id })
    return getEdit(db, id)
  })
}

/** Reverts one edit on its own, leaving later and earlier edits of the cell as they are. */
export function revertEdit(db: Db, editId: number): EditRecord {
  return writeTransaction(db, () => {
    const edit = getEdit(db, editId)
    if (!edit.isActive) throw new AppError('bad_input', 'That edit is already reverted')
    db.prepare('UPDATE edit SET undone_at = ? WHERE id = ?').run(now(), editId)
    recordAction(db, { kind: 'revert', editId })
    return getEdit(db, editId)
  })
}

const EDIT_COLUMNS = `e.id, a.slug AS area, a.name AS area_name, e.measure_id AS measure, e.period,
  e.before_value AS before, e.before_raw, e.after_value AS after, e.after_raw, e.reason, e.author, e.at, e.undone_at`

export function getEdit(db: Db, editId: number): EditRecord {
  const row = db.prepare(`SELECT ${EDIT_COLUMNS} FROM edit e JOIN area a ON a.id = e.area_id WHERE e.id = ?`).get(editId) as Omit<EditRecord, 'isActive'> | undefined
  if (!row) throw new AppError('not_found', `Edit ${editId} is not in the store`)
  return { ...row, isActive: row.undone_at === null }
}

/** The edits of one cell (or of everything), newest first: who changed what, when and why. */
export function listEdits(db: Db, filter: { area?: string; measure?: string; period?: string } = {}): EditRecord[] {
  const rows = db
    .prepare(
      `SELECT ${EDIT_COLUMNS} FROM edit e JOIN area a ON a.id = e.area_id
      WHERE (@area IS NULL OR a.slug = @area) AND (@measure IS NULL OR e.measure_id = @measure) AND (@period IS NULL OR e.period = @period)
      ORDER BY e.id DESC`
    )
    .all({ area: filter.area ?? null, measure: filter.measure ?? null, period: filter.period ?? null }) as Omit<EditRecord, 'isActive'>[]
  return rows.map((row) => ({ ...row, isActive: row.undone_at === null }))
}
