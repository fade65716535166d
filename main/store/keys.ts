// Resolves the names the contract uses (area slugs, measure ids) to the store's row ids, with
// one clear error for a name it does not know, and lists the names the store knows. Read-only.

import { AppError } from '../contract/errors'
import type { AreaRef } from './catalogue'
import type { Db } from './database'

export function areaIdOf(db: Db, slug: string): number {
  const id = db.prepare('SELECT id FROM area WHERE slug = ?').pluck().get(slug) as number | undefined
  if (id === undefined)
    throw new AppError('not_found', `Unknown area "${slug}": use a slug such as essex, county-durham or england-and-wales`)
  return id
}

/** Throws the one "Unknown area" line where the slug names no area in the store. */
export function assertArea(db: Db, slug: string): void {
  areaIdOf(db, slug)
}

/** Every area by its slug: its name and kind. */
export function areaRefs(db: Db): Map<string, AreaRef> {
  const rows = db.prepare('SELECT slug, name, kind FROM area').all() as AreaRef[]
  return new Map(rows.map((row) => [row.slug, row]))
}

/** Every area's name by its slug. */
export function areaNames(db: Db): Map<string, string> {
  return new Map([...areaRefs(db)].map(([slug, area]) => [slug, area.name]))
}

/** Every measure's label by its id, custom measures among them. */
export function measureLabels(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT id, label FROM measure').all() as { id: string; label: string }[]
  return new Map(rows.map((row) => [row.id, row.label]))
}

/** Every period some imported figure is for ("2021/22"). */
export function storedPeriods(db: Db): Set<string> {
  return new Set(db.prepare('SELECT DISTINCT period FROM observation WHERE period IS NOT NULL').pluck().all() as string[])
}

export function assertMeasure(db: Db, measure: string): void {
  if (!db.prepare('SELECT 1 FROM measure WHERE id = ?').get(measure)) {
    throw new AppError('not_found', `Unknown measure "${measure}": use an id such as rso, violent, other_dangerous, total or rso_rate`)
  }
}

export function assertRelease(db: Db, releaseId: number): void {
  if (!db.prepare('SELECT 1 FROM release WHERE id = ?').get(releaseId))
    throw new AppError('not_found', `Release ${releaseId} is not in the store`)
}

export const now = () => new Date().toISOString()
