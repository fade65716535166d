// Resolves the names the contract uses (area slugs, measure ids) to the store's row ids, with
// one clear error for a name it does not know. Read-only.

import { AppError } from '../contract/errors'
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

/** Every area's name by its slug. */
export function areaNames(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT slug, name FROM area').all() as { slug: string; name: string }[]
  return new Map(rows.map((row) => [row.slug, row.name]))
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
