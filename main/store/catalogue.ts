// Keeps the area and measure catalogue in the database in step with main/domain: inserts
// what is new on every open, never deletes (observations point at these rows).

import { AREAS, aliasKey, slugify } from '../domain/areas'
import { MEASURES, type MeasureDefinition } from '../domain/measures'
import type { Db } from './database'

export function seedCatalogue(db: Db): void {
  const upsertArea = db.prepare(`INSERT INTO area (slug, name, kind, is_welsh, sort_order) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (slug) DO UPDATE SET name = excluded.name, kind = excluded.kind, is_welsh = excluded.is_welsh, sort_order = excluded.sort_order`)
  const areaId = db.prepare('SELECT id FROM area WHERE slug = ?').pluck()
  const insertAreaAlias = db.prepare('INSERT OR IGNORE INTO area_alias (alias_key, alias, area_id) VALUES (?, ?, ?)')
  const insertMeasureAlias = db.prepare('INSERT OR IGNORE INTO measure_alias (alias_key, alias, measure_id) VALUES (?, ?, ?)')

  db.transaction(() => {
    AREAS.forEach((definition, index) => {
      const slug = slugify(definition.name)
      upsertArea.run(slug, definition.name, definition.kind, definition.isWelsh ? 1 : 0, index)
      const id = areaId.get(slug) as number
      for (const spelling of [definition.name, ...definition.aliases]) insertAreaAlias.run(aliasKey(spelling), spelling, id)
    })
    MEASURES.forEach((definition, index) => {
      upsertMeasure(db, definition, index)
      for (const spelling of [definition.label, ...definition.aliases]) insertMeasureAlias.run(aliasKey(spelling), spelling, definition.id)
    })
  })()
}

export function upsertMeasure(db: Db, definition: MeasureDefinition, sortOrder: number, isCustom = false): void {
  db.prepare(`INSERT INTO measure (id, label, unit, kind, category, level, is_custom, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET label = excluded.label, unit = excluded.unit, kind = excluded.kind,
      category = excluded.category, level = excluded.level, sort_order = excluded.sort_order
    WHERE measure.is_custom = 0`).run(
    definition.id,
    definition.label,
    definition.unit,
    definition.kind,
    definition.category,
    definition.level,
    isCustom ? 1 : 0,
    sortOrder
  )
}
