// Keeps the area and measure catalogue in the database in step with main/contract: an open whose
// stored fingerprint differs seeds again, writing what is new or changed; never deletes (observations point at these rows).

import { createHash } from 'node:crypto'
import { AREAS, aliasKey, slugify, type AreaKind } from '../contract/areas'
import { MEASURES, type MeasureDefinition } from '../contract/measures'
import type { AreaInfo, MeasureInfo, RememberedMapping } from '../contract/types'
import { getSetting, setSetting } from './settings'
import { writeTransaction, type Db } from './transaction'

export interface AreaRef {
  slug: string
  name: string
  kind: AreaKind
}

/**
 * What the store knows that analysis needs, as data that crosses into a worker thread. Maps,
 * because they are looked up by labels from files: a row called "constructor" is a real row.
 */
export interface CatalogueSnapshot {
  /** aliasKey(spelling) → area, built-in spellings and the reporter's remembered mappings. */
  areas: Map<string, AreaRef>
  /** aliasKey(header) → measure id, for headers the reporter mapped before. */
  rememberedColumns: Map<string, string>
  /** Every measure in the store: id → label. */
  measures: Map<string, { label: string; isCustom: boolean }>
}

/** Where the fingerprint of the catalogue last seeded is kept (the setting table). */
const FINGERPRINT_KEY = 'catalogueFingerprint'

/**
 * The built-in areas and measures, with every spelling, as one SHA-256: a version whose
 * definitions differ has another, so its first open seeds again. Seeding puts every row right
 * (built-in spellings win over remembered ones), so an equal fingerprint means nothing to write.
 */
export function catalogueFingerprint(): string {
  const definitions = [
    AREAS.map((area) => [area.name, area.kind, area.isWelsh === true, area.aliases]),
    MEASURES.map((measure) => [measure.id, measure.label, measure.unit, measure.kind, measure.category, measure.level, measure.aliases])
  ]
  return createHash('sha256').update(JSON.stringify(definitions)).digest('hex')
}

/** Whether the store was last seeded from these definitions. */
export function isCatalogueSeeded(db: Db): boolean {
  return getSetting(db, FINGERPRINT_KEY) === catalogueFingerprint()
}

export function seedCatalogue(db: Db): void {
  if (isCatalogueSeeded(db)) return
  const upsertArea = db.prepare(`INSERT INTO area (slug, name, kind, is_welsh, sort_order) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (slug) DO UPDATE SET name = excluded.name, kind = excluded.kind, is_welsh = excluded.is_welsh, sort_order = excluded.sort_order`)
  const areaId = db.prepare('SELECT id FROM area WHERE slug = ?').pluck()
  // Built-in spellings always win: a remembered choice that once re-pointed one is put right here.
  const insertAreaAlias = db.prepare(`INSERT INTO area_alias (alias_key, alias, area_id) VALUES (?, ?, ?)
    ON CONFLICT (alias_key) DO UPDATE SET area_id = excluded.area_id, is_user = 0 WHERE area_alias.is_user = 1 OR area_alias.area_id <> excluded.area_id`)
  const insertMeasureAlias = db.prepare(`INSERT INTO measure_alias (alias_key, alias, measure_id) VALUES (?, ?, ?)
    ON CONFLICT (alias_key) DO UPDATE SET measure_id = excluded.measure_id, is_user = 0 WHERE measure_alias.is_user = 1 OR measure_alias.measure_id <> excluded.measure_id`)

  writeTransaction(db, () => {
    setSetting(db, FINGERPRINT_KEY, catalogueFingerprint())
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
  })
}

export function upsertMeasure(db: Db, definition: MeasureDefinition, sortOrder: number, isCustom = false): void {
  db.prepare(
    `INSERT INTO measure (id, label, unit, kind, category, level, is_custom, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET label = excluded.label, unit = excluded.unit, kind = excluded.kind,
      category = excluded.category, level = excluded.level, sort_order = excluded.sort_order
    WHERE measure.is_custom = 0`
  ).run(
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

/** The catalogue as plain data for analysis (which may run in a worker thread). */
export function catalogueSnapshot(db: Db): CatalogueSnapshot {
  const areas: CatalogueSnapshot['areas'] = new Map()
  const aliasRows = db
    .prepare('SELECT x.alias_key AS key, a.slug, a.name, a.kind FROM area_alias x JOIN area a ON a.id = x.area_id')
    .all() as { key: string; slug: string; name: string; kind: AreaKind }[]
  for (const row of aliasRows) areas.set(row.key, { slug: row.slug, name: row.name, kind: row.kind })
  const rememberedColumns: CatalogueSnapshot['rememberedColumns'] = new Map()
  for (const row of db.prepare('SELECT alias_key AS key, measure_id AS id FROM measure_alias WHERE is_user = 1').all() as {
    key: string
    id: string
  }[]) {
    rememberedColumns.set(row.key, row.id)
  }
  const measures: CatalogueSnapshot['measures'] = new Map()
  for (const row of db.prepare('SELECT id, label, is_custom AS isCustom FROM measure').all() as {
    id: string
    label: string
    isCustom: number
  }[]) {
    measures.set(row.id, { label: row.label, isCustom: row.isCustom === 1 })
  }
  return { areas, rememberedColumns, measures }
}

/**
 * Remembers a reporter's mapping of a row label to an area, for every later file. A built-in
 * spelling is never re-pointed: mapping "Total" to Wales in one file leaves England and Wales alone.
 */
export function rememberAreaAlias(db: Db, label: string, slug: string): void {
  db.prepare(
    `INSERT INTO area_alias (alias_key, alias, area_id, is_user) VALUES (?, ?, (SELECT id FROM area WHERE slug = ?), 1)
    ON CONFLICT (alias_key) DO UPDATE SET area_id = excluded.area_id, alias = excluded.alias WHERE area_alias.is_user = 1`
  ).run(aliasKey(label), label, slug)
}

/** Remembers a reporter's mapping of a column header to a measure; built-in headers stay as they are. */
export function rememberMeasureAlias(db: Db, header: string, measureId: string): void {
  db.prepare(
    `INSERT INTO measure_alias (alias_key, alias, measure_id, is_user) VALUES (?, ?, ?, 1)
    ON CONFLICT (alias_key) DO UPDATE SET measure_id = excluded.measure_id, alias = excluded.alias WHERE measure_alias.is_user = 1`
  ).run(aliasKey(header), header, measureId)
}

/** The mappings the reporter asked to keep, areas first. */
export function listRememberedMappings(db: Db): RememberedMapping[] {
  const areas = db
    .prepare(
      `SELECT 'area' AS kind, x.alias_key AS key, x.alias AS label, a.slug AS target, a.name AS targetLabel
      FROM area_alias x JOIN area a ON a.id = x.area_id WHERE x.is_user = 1 ORDER BY x.alias`
    )
    .all() as RememberedMapping[]
  const measures = db
    .prepare(
      `SELECT 'measure' AS kind, x.alias_key AS key, x.alias AS label, m.id AS target, m.label AS targetLabel
      FROM measure_alias x JOIN measure m ON m.id = x.measure_id WHERE x.is_user = 1 ORDER BY x.alias`
    )
    .all() as RememberedMapping[]
  return [...areas, ...measures]
}

/** Forgets one remembered mapping; built-in spellings cannot be forgotten. */
export function forgetMapping(db: Db, kind: 'area' | 'measure', key: string): boolean {
  const table = kind === 'area' ? 'area_alias' : 'measure_alias'
  return db.prepare(`DELETE FROM ${table} WHERE alias_key = ? AND is_user = 1`).run(key).changes > 0
}

/** The areas in their table order, each with how many current figures it has. */
export function listAreas(db: Db): AreaInfo[] {
  const rows = db
    .prepare(
      `SELECT a.slug, a.name, a.kind, a.is_welsh AS isWelsh, (SELECT count(*) FROM current_figure cf WHERE cf.area_id = a.id) AS figures
      FROM area a ORDER BY a.sort_order`
    )
    .all() as (Omit<AreaInfo, 'isWelsh'> & { isWelsh: number })[]
  return rows.map((area) => ({ ...area, isWelsh: area.isWelsh === 1 }))
}

/** The measures, built-in first in catalogue order, each with how many current figures it has. */
export function listMeasures(db: Db): MeasureInfo[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.label, m.unit, m.is_custom AS isCustom, (SELECT count(*) FROM current_figure cf WHERE cf.measure_id = m.id) AS figures
      FROM measure m ORDER BY m.is_custom, m.sort_order`
    )
    .all() as (Omit<MeasureInfo, 'isCustom'> & { isCustom: number })[]
  return rows.map((measure) => ({ ...measure, isCustom: measure.isCustom === 1 }))
}

/** A measure's definition as the store holds it (a custom one's too), without its aliases; undefined where there is none. */
export function storedMeasure(db: Db, id: string): MeasureDefinition | undefined {
  const row = db.prepare('SELECT id, label, unit, kind, category, level FROM measure WHERE id = ?').get(id) as
    Omit<MeasureDefinition, 'aliases'> | undefined
  return row && { ...row, aliases: [] }
}
