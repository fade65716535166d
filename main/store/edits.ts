// Corrections to figures: each edit records the figure before, the figure after and a reason,
// on top of the imported value, which is never overwritten. Reverting an edit, or undoing it,
// only marks it inactive. Writes go through one transaction with their history action.

import type { CellStatus, EditRecord, FigureRef } from '../contract/types'
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
  if (reading.status === 'text')
    throw new AppError('bad_input', `"${raw}" is not a figure: type a number such as 1,867, or a marker such as [c] or -`)
  if (reading.value !== null && reading.value < 0) throw new AppError('bad_input', `"${raw}" is negative: MAPPA counts and rates cannot be`)
  return { value: reading.value, status: reading.status, raw }
}

interface CurrentRow {
  value: number | null
  status: CellStatus
  raw: string
  observation_id: number
  edit_id: number | null
  basis_value: number | null
  basis_status: CellStatus | null
  basis_raw: string | null
  basis_edition: string | null
  imported_value: number | null
  imported_status: CellStatus
  imported_raw: string
  edition_label: string
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
      .prepare(
        `SELECT value, status, raw, observation_id, edit_id, basis_value, basis_status, basis_raw, basis_edition,
        imported_value, imported_status, imported_raw, edition_label
        FROM current_figure WHERE area_id = ? AND measure_id = ? AND period = ?`
      )
      .get(areaId, request.measure, request.period) as CurrentRow | undefined
    if (!current)
      throw new AppError('not_found', `There is no imported figure for ${request.area} ${request.measure} ${request.period} to correct`)
    if (current.value === typed.value && current.status === typed.status) {
      throw new AppError('bad_input', `No change: the figure is already ${current.raw}`)
    }
    // The edit belongs to the imported figure it corrects: a second edit of a cell keeps the first one's basis.
    const basis =
      current.edit_id !== null && current.basis_status !== null
        ? { value: current.basis_value, status: current.basis_status, raw: current.basis_raw, edition: current.basis_edition }
        : { value: current.imported_value, status: current.imported_status, raw: current.imported_raw, edition: current.edition_label }
    const id = Number(
      db
        .prepare(
          `INSERT INTO edit (area_id, measure_id, period, before_value, before_raw, after_value, after_raw, after_status, reason, author, at,
            observation_id, basis_value, basis_status, basis_raw, basis_edition)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(
          areaId,
          request.measure,
          request.period,
          current.value,
          current.raw,
          typed.value,
          typed.raw,
          typed.status,
          reason,
          request.author ?? null,
          now(),
          current.edit_id !== null
            ? (db.prepare('SELECT observation_id FROM edit WHERE id = ?').pluck().get(current.edit_id) as number | null)
            : current.observation_id,
          basis.value,
          basis.status,
          basis.raw,
          basis.edition
        ).lastInsertRowid
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

/**
 * Keeps a correction after a newer edition restated the figure it was made against: the edit now
 * stands against the newer edition's figure, and is no longer flagged.
 */
export function keepEdit(db: Db, editId: number): EditRecord {
  return writeTransaction(db, () => {
    const edit = getEdit(db, editId)
    if (!edit.isActive) throw new AppError('bad_input', 'That edit is reverted: there is nothing to keep')
    const current = db
      .prepare(
        `SELECT cf.observation_id, cf.imported_value, cf.imported_status, cf.imported_raw, cf.edition_label, cf.edit_id, cf.is_stale_edit
        FROM current_figure cf JOIN edit e ON e.area_id = cf.area_id AND e.measure_id = cf.measure_id AND e.period = cf.period WHERE e.id = ?`
      )
      .get(editId) as
      | {
          observation_id: number
          imported_value: number | null
          imported_status: CellStatus
          imported_raw: string
          edition_label: string
          edit_id: number
          is_stale_edit: number
        }
      | undefined
    if (!current || current.edit_id !== editId) throw new AppError('bad_input', 'That edit is not the one in effect for its figure')
    if (current.is_stale_edit !== 1) throw new AppError('bad_input', 'That correction already stands against the current edition')
    db.prepare('UPDATE edit SET observation_id = ?, basis_value = ?, basis_status = ?, basis_raw = ?, basis_edition = ? WHERE id = ?').run(
      current.observation_id,
      current.imported_value,
      current.imported_status,
      current.imported_raw,
      current.edition_label,
      editId
    )
    return getEdit(db, editId)
  })
}

const EDIT_COLUMNS = `e.id, a.slug AS area, a.name AS area_name, e.measure_id AS measure, e.period,
  e.before_value AS before, e.before_raw, e.after_value AS after, e.after_raw, e.reason, e.author, e.at, e.undone_at`

export function getEdit(db: Db, editId: number): EditRecord {
  const row = db.prepare(`SELECT ${EDIT_COLUMNS} FROM edit e JOIN area a ON a.id = e.area_id WHERE e.id = ?`).get(editId) as
    Omit<EditRecord, 'isActive'> | undefined
  if (!row) throw new AppError('not_found', `Edit ${editId} is not in the store`)
  return { ...row, isActive: row.undone_at === null }
}

/** The correction in effect on one figure (the newest not undone), if there is one. */
export function activeEdit(db: Db, ref: FigureRef): EditRecord | undefined {
  return listEdits(db, ref).find((edit) => edit.isActive)
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
