// The action log behind undo and redo: every edit, revert and annotation change is recorded,
// undone and redone here, in the database, so the history survives a restart. Owns the
// `action` table; the effects themselves are plain column updates on `edit` and `annotation`.

import { shortLabel } from '../contract/measures'
import type { HistoryEntry, HistoryKind } from '../contract/types'
import { writeTransaction, type Db } from './database'
import { now } from './keys'

interface ActionRow {
  id: number
  kind: HistoryKind
  edit_id: number | null
  annotation_id: number | null
  before_text: string | null
  after_text: string | null
  at: string
  undone_at: string | null
}

/** Records a new action; a new action ends what could be redone, as in every editor. */
export function recordAction(
  db: Db,
  action: { kind: HistoryKind; editId?: number; annotationId?: number; beforeText?: string; afterText?: string }
): number {
  db.prepare('UPDATE action SET is_discarded = 1 WHERE undone_at IS NOT NULL AND is_discarded = 0').run()
  return Number(
    db
      .prepare('INSERT INTO action (kind, edit_id, annotation_id, before_text, after_text, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(action.kind, action.editId ?? null, action.annotationId ?? null, action.beforeText ?? null, action.afterText ?? null, now())
      .lastInsertRowid
  )
}

/** Puts the world as the action left it (redo) or as it was before it (undo). */
function applyAction(db: Db, action: ActionRow, direction: 'undo' | 'redo'): void {
  const at = now()
  const isUndo = direction === 'undo'
  // Undoing an edit or a note takes it away (stamped with the time), and so does redoing its removal;
  // the other two bring it back (null).
  const takenAway = (isRemoval: boolean) => (isUndo !== isRemoval ? at : null)
  switch (action.kind) {
    case 'edit':
    case 'revert':
      db.prepare('UPDATE edit SET undone_at = ? WHERE id = ?').run(takenAway(action.kind === 'revert'), action.edit_id)
      break
    case 'annotate':
    case 'unannotate':
      db.prepare('UPDATE annotation SET deleted_at = ? WHERE id = ?').run(takenAway(action.kind === 'unannotate'), action.annotation_id)
      break
    case 'reword':
      db.prepare('UPDATE annotation SET text = ?, updated_at = ? WHERE id = ?').run(
        isUndo ? action.before_text : action.after_text,
        at,
        action.annotation_id
      )
      break
  }
}

/** Undoes the latest action still in effect; null when there is nothing to undo. */
export function undo(db: Db): number | null {
  return writeTransaction(db, () => {
    const action = db.prepare('SELECT * FROM action WHERE undone_at IS NULL AND is_discarded = 0 ORDER BY id DESC LIMIT 1').get() as
      ActionRow | undefined
    if (!action) return null
    applyAction(db, action, 'undo')
    db.prepare('UPDATE action SET undone_at = ? WHERE id = ?').run(now(), action.id)
    return action.id
  })
}

/** Redoes the action undone most recently; null when there is nothing to redo. */
export function redo(db: Db): number | null {
  return writeTransaction(db, () => {
    const action = db
      .prepare('SELECT * FROM action WHERE undone_at IS NOT NULL AND is_discarded = 0 ORDER BY undone_at DESC, id ASC LIMIT 1')
      .get() as ActionRow | undefined
    if (!action) return null
    applyAction(db, action, 'redo')
    db.prepare('UPDATE action SET undone_at = NULL WHERE id = ?').run(action.id)
    return action.id
  })
}

export function canUndoRedo(db: Db): { canUndo: boolean; canRedo: boolean } {
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number) > 0
  return {
    canUndo: count('SELECT count(*) FROM action WHERE undone_at IS NULL AND is_discarded = 0'),
    canRedo: count('SELECT count(*) FROM action WHERE undone_at IS NOT NULL AND is_discarded = 0')
  }
}

interface EntryRow extends ActionRow {
  is_discarded: number
  area: string | null
  area_name: string | null
  measure_label: string | null
  measure: string | null
  period: string | null
  before_raw: string | null
  after_raw: string | null
  before_value: number | null
  after_value: number | null
  reason: string | null
  edit_undone_at: string | null
  text: string | null
  target_kind: string | null
  annotation_deleted_at: string | null
}

/** A figure as a reporter writes it: 1,867 rather than the file's 1867; markers as they are. */
function figure(value: number | null, raw: string | null): string {
  if (value !== null) return value.toLocaleString('en-GB', { maximumFractionDigits: 2 })
  return raw ?? '(empty)'
}

function describe(row: EntryRow): string {
  // "Essex, Registered sexual offenders, 2021/22", as a reporter names the figure.
  const measure = row.measure_label ? shortLabel(row.measure_label) : row.measure
  const where = [row.area_name, measure, row.period].filter(Boolean).join(', ')
  const before = figure(row.before_value, row.before_raw)
  const after = figure(row.after_value, row.after_raw)
  const target = where || (row.target_kind === 'release' ? 'the release' : 'the table')
  switch (row.kind) {
    case 'edit':
      return `${where}: ${before} → ${after} (${row.reason})`
    case 'revert':
      // What is current after a revert is the figure below the edit, which a newer edition may have restated: name the edit only.
      return `${where}: correction to ${after} reverted (it had replaced ${before})`
    case 'annotate':
      return `Note on ${target}: ${row.after_text ?? row.text}`
    case 'reword':
      return `Note on ${target} reworded: ${row.after_text}`
    case 'unannotate':
      return `Note on ${target} deleted: ${row.text}`
  }
}

/** Every edit and annotation change, newest first, optionally for one area and measure. */
export function listHistory(db: Db, filter: { area?: string; measure?: string } = {}): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT ac.*, coalesce(ea.slug, aa.slug) AS area, coalesce(ea.name, aa.name) AS area_name,
        coalesce(e.measure_id, n.measure_id) AS measure, m.label AS measure_label, coalesce(e.period, n.period) AS period,
        e.before_raw, e.after_raw, e.before_value, e.after_value, e.reason, e.undone_at AS edit_undone_at,
        n.text, n.target_kind, n.deleted_at AS annotation_deleted_at
      FROM action ac
      LEFT JOIN edit e ON e.id = ac.edit_id
      LEFT JOIN area ea ON ea.id = e.area_id
      LEFT JOIN annotation n ON n.id = ac.annotation_id
      LEFT JOIN area aa ON aa.id = n.area_id
      LEFT JOIN measure m ON m.id = coalesce(e.measure_id, n.measure_id)
      WHERE ac.is_discarded = 0
        AND (@area IS NULL OR coalesce(ea.slug, aa.slug) = @area)
        AND (@measure IS NULL OR coalesce(e.measure_id, n.measure_id) = @measure)
      ORDER BY ac.id DESC`
    )
    .all({ area: filter.area ?? null, measure: filter.measure ?? null }) as EntryRow[]
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    at: row.at,
    isUndone: row.undone_at !== null,
    description: describe(row),
    area: row.area,
    measure: row.measure,
    period: row.period,
    editId: row.edit_id,
    annotationId: row.annotation_id,
    canRevert:
      row.undone_at === null &&
      ((row.kind === 'edit' && row.edit_undone_at === null) || (row.kind === 'annotate' && row.annotation_deleted_at === null))
  }))
}
