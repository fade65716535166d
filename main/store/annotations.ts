// Reporters' notes on a cell, an area, a period, a measure or a whole release. Each change is
// recorded in the history for undo; deleting only marks a note deleted. Later, notes become
// footnotes in exports.

import type { Annotation, AnnotationTarget } from '../contract/types'
import { AppError } from '../contract/errors'
import { writeTransaction, type Db } from './database'
import { recordAction } from './history'
import { areaIdOf, assertMeasure, assertRelease, now } from './keys'

/** A note is a sentence or a paragraph, not a document. */
export const MAX_NOTE_LENGTH = 2000

interface AnnotationRow {
  id: number
  target_kind: AnnotationTarget['kind']
  area: string | null
  area_name: string | null
  measure: string | null
  period: string | null
  release_id: number | null
  release_label: string | null
  edition_label: string | null
  text: string
  created_at: string
  updated_at: string | null
}

function checkText(text: string): string {
  const trimmed = text.trim()
  if (trimmed === '') throw new AppError('bad_input', 'Write the note before saving it')
  if (trimmed.length > MAX_NOTE_LENGTH) throw new AppError('bad_input', `Keep a note under ${MAX_NOTE_LENGTH} characters`)
  return trimmed
}

function targetOf(row: AnnotationRow): { target: AnnotationTarget; label: string } {
  switch (row.target_kind) {
    case 'cell':
      return {
        target: { kind: 'cell', area: row.area!, measure: row.measure!, period: row.period! },
        label: `${row.area_name} · ${row.measure} · ${row.period}`
      }
    case 'area':
      return { target: { kind: 'area', area: row.area! }, label: row.area_name! }
    case 'period':
      return {
        target: row.measure ? { kind: 'period', period: row.period!, measure: row.measure } : { kind: 'period', period: row.period! },
        label: row.measure ? `${row.period} · ${row.measure}` : row.period!
      }
    case 'measure':
      return { target: { kind: 'measure', measure: row.measure! }, label: row.measure! }
    case 'release':
      // A removed release's notes are kept, under the name it had.
      return {
        target: { kind: 'release', releaseId: row.release_id },
        label: row.edition_label ?? (row.release_label ? `${row.release_label} (removed)` : 'a removed release')
      }
  }
}

const SELECT = `SELECT n.id, n.target_kind, a.slug AS area, a.name AS area_name, n.measure_id AS measure, n.period, n.release_id,
  r.edition_label, n.release_label, n.text, n.created_at, n.updated_at
  FROM annotation n LEFT JOIN area a ON a.id = n.area_id LEFT JOIN release r ON r.id = n.release_id`

function toAnnotation(row: AnnotationRow): Annotation {
  const { target, label } = targetOf(row)
  return { id: row.id, target, targetLabel: label, text: row.text, createdAt: row.created_at, updatedAt: row.updated_at }
}

export function getAnnotation(db: Db, id: number, includeDeleted = false): Annotation {
  const row = db.prepare(`${SELECT} WHERE n.id = ?${includeDeleted ? '' : ' AND n.deleted_at IS NULL'}`).get(id) as
    AnnotationRow | undefined
  if (!row) throw new AppError('not_found', `Note ${id} is not in the store (was it deleted?)`)
  return toAnnotation(row)
}

export function listAnnotations(db: Db): Annotation[] {
  return (db.prepare(`${SELECT} WHERE n.deleted_at IS NULL ORDER BY n.id DESC`).all() as AnnotationRow[]).map(toAnnotation)
}

export function createAnnotation(db: Db, target: AnnotationTarget, text: string): Annotation {
  const body = checkText(text)
  return writeTransaction(db, () => {
    const columns = {
      area_id: null as number | null,
      measure_id: null as string | null,
      period: null as string | null,
      release_id: null as number | null
    }
    if (target.kind === 'cell' || target.kind === 'area') columns.area_id = areaIdOf(db, target.area)
    if (target.kind === 'cell' || target.kind === 'measure' || (target.kind === 'period' && target.measure)) {
      const measure = target.kind === 'period' ? target.measure! : target.measure
      assertMeasure(db, measure)
      columns.measure_id = measure
    }
    if (target.kind === 'cell' || target.kind === 'period') columns.period = target.period
    if (target.kind === 'release') {
      if (target.releaseId === null) throw new AppError('bad_input', 'Name the release the note is on')
      assertRelease(db, target.releaseId)
      columns.release_id = target.releaseId
    }
    const id = Number(
      db
        .prepare(
          'INSERT INTO annotation (target_kind, area_id, measure_id, period, release_id, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
        )
        .run(target.kind, columns.area_id, columns.measure_id, columns.period, columns.release_id, body, now()).lastInsertRowid
    )
    recordAction(db, { kind: 'annotate', annotationId: id, afterText: body })
    return getAnnotation(db, id)
  })
}

export function updateAnnotation(db: Db, id: number, text: string): Annotation {
  const body = checkText(text)
  return writeTransaction(db, () => {
    const before = getAnnotation(db, id)
    if (before.text === body) return before
    db.prepare('UPDATE annotation SET text = ?, updated_at = ? WHERE id = ?').run(body, now(), id)
    recordAction(db, { kind: 'reword', annotationId: id, beforeText: before.text, afterText: body })
    return getAnnotation(db, id)
  })
}

export function deleteAnnotation(db: Db, id: number): { deleted: boolean } {
  return writeTransaction(db, () => {
    getAnnotation(db, id)
    db.prepare('UPDATE annotation SET deleted_at = ? WHERE id = ?').run(now(), id)
    recordAction(db, { kind: 'unannotate', annotationId: id })
    return { deleted: true }
  })
}
