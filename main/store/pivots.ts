// The two working views of the grid, computed from the current figures: one measure with the
// areas down the side and periods across, or one area with every measure by period; each cell
// marked (edited, annotated, revised) and with the derived figures asked for. Read-only.

import type { AreaKind, CellStatus, DerivedCell, DerivedKind, FigureCell, Pivot, PivotRow } from '../contract/types'
import { change, impliedPopulation, oneInN, percentChange, rankDescending, ratePer100k, share } from '../domain/derived'
import { periodKeyForStartYear } from '../domain/periods'
import type { Db } from './database'
import { areaIdOf, assertMeasure } from './keys'
import { getSetting } from './settings'

interface CurrentRow {
  area: string
  area_name: string
  area_kind: AreaKind
  measure: string
  measure_label: string
  unit: 'count' | 'rate'
  period: string
  value: number | null
  status: CellStatus
  raw: string
  imported_value: number | null
  imported_status: CellStatus
  imported_raw: string
  edit_id: number | null
  edit_reason: string | null
  footnotes: string | null
  file_name: string
  sheet: string
  cell: string
  edition_label: string
  release_id: number
}

/** Measures the derived figures need besides the one shown: the rate's count, the rate, the total. */
const SUPPORT = ['rso', 'rso_rate', 'total']

function currentRows(db: Db, measures: string[] | null): CurrentRow[] {
  const filter = measures ? `WHERE cf.measure_id IN (${measures.map(() => '?').join(', ')})` : ''
  return db
    .prepare(
      `SELECT a.slug AS area, a.name AS area_name, a.kind AS area_kind, cf.measure_id AS measure, m.label AS measure_label, m.unit,
        cf.period, cf.value, cf.status, cf.raw, cf.imported_value, cf.imported_status, cf.imported_raw, cf.edit_id, cf.edit_reason,
        cf.footnotes, cf.file_name, cf.sheet, cf.cell, cf.edition_label, cf.release_id
      FROM current_figure cf JOIN area a ON a.id = cf.area_id JOIN measure m ON m.id = cf.measure_id ${filter}
      ORDER BY a.sort_order, m.sort_order, cf.period`
    )
    .all(...(measures ?? [])) as CurrentRow[]
}

const keyOf = (area: string, measure: string, period: string) => `${area}|${measure}|${period}`

function markedKeys(db: Db, sql: string): Set<string> {
  return new Set((db.prepare(sql).all() as { area: string; measure: string; period: string }[]).map((row) => keyOf(row.area, row.measure, row.period)))
}

function toCell(row: CurrentRow, isAnnotated: boolean, isRevised: boolean): FigureCell {
  const isEdited = row.edit_id !== null
  return {
    value: row.value,
    status: row.status,
    raw: row.raw,
    isEdited,
    original: isEdited ? { value: row.imported_value, raw: row.imported_raw, status: row.imported_status } : null,
    editId: row.edit_id,
    reason: row.edit_reason,
    isAnnotated,
    isRevised,
    footnotes: row.footnotes ? row.footnotes.split(' ') : [],
    source: { file: row.file_name, sheet: row.sheet, cell: row.cell, release: row.edition_label, release_id: row.release_id }
  }
}

const previousPeriod = (period: string) => periodKeyForStartYear(Number(period.slice(0, 4)) - 1)

interface Lookup {
  value(area: string, measure: string, period: string): number | null | undefined
  unit(measure: string): 'count' | 'rate'
  kind(area: string): AreaKind
}

function buildLookup(rows: CurrentRow[]): Lookup {
  const values = new Map<string, number | null>()
  const units = new Map<string, 'count' | 'rate'>()
  const kinds = new Map<string, AreaKind>()
  for (const row of rows) {
    values.set(keyOf(row.area, row.measure, row.period), row.value)
    units.set(row.measure, row.unit)
    kinds.set(row.area, row.area_kind)
  }
  return {
    value: (area, measure, period) => values.get(keyOf(area, measure, period)),
    unit: (measure) => units.get(measure) ?? 'count',
    kind: (area) => kinds.get(area) ?? 'other'
  }
}

/** Derived figures for one area, measure and period; ranks are filled in separately. */
function derive(lookup: Lookup, area: string, measure: string, period: string, kinds: ReadonlySet<DerivedKind>): DerivedCell {
  const value = lookup.value(area, measure, period)
  const derived: DerivedCell = {}
  const put = (kind: DerivedKind, result: number | undefined) => {
    if (kinds.has(kind) && result !== undefined) derived[kind] = result
  }
  const previous = lookup.value(area, measure, previousPeriod(period))
  put('change', change(value, previous))
  put('percentChange', percentChange(value, previous))
  const isRate = lookup.unit(measure) === 'rate'
  if (!isRate && measure !== 'total') put('share', share(value, lookup.value(area, 'total', period)))
  const rate = isRate ? value : ratePer100k(value, impliedPopulation(lookup.value(area, 'rso', period), lookup.value(area, 'rso_rate', period)))
  if (!isRate) put('rate', rate ?? undefined)
  if (measure === 'rso' || measure === 'rso_rate') put('oneInN', oneInN(rate))
  return derived
}

function addRanks(rows: PivotRow[], kinds: ReadonlySet<DerivedKind>, rankFor: (row: PivotRow, period: string) => number | undefined): void {
  if (!kinds.has('rank')) return
  for (const row of rows) {
    for (const period of Object.keys(row.cells)) {
      const rank = rankFor(row, period)
      if (rank !== undefined) row.derived[period] = { ...row.derived[period], rank }
    }
  }
}

function ranksOf(lookup: Lookup, areas: string[], measure: string, period: string): Map<string, number> {
  return rankDescending(new Map(areas.filter((area) => lookup.kind(area) === 'area').map((area) => [area, lookup.value(area, measure, period)])))
}

function marks(db: Db) {
  return {
    annotated: markedKeys(db, `SELECT a.slug AS area, n.measure_id AS measure, n.period FROM annotation n JOIN area a ON a.id = n.area_id
      WHERE n.deleted_at IS NULL AND n.target_kind = 'cell'`),
    revised: markedKeys(db, 'SELECT a.slug AS area, r.measure_id AS measure, r.period FROM revision r JOIN area a ON a.id = r.area_id')
  }
}

export function measurePivot(db: Db, measure: string, kinds: ReadonlySet<DerivedKind> = new Set()): Pivot {
  assertMeasure(db, measure)
  const rows = currentRows(db, [...new Set([measure, ...SUPPORT])])
  const lookup = buildLookup(rows)
  const shown = rows.filter((row) => row.measure === measure)
  const { annotated, revised } = marks(db)
  const annotatedAreas = new Set(db.prepare("SELECT a.slug FROM annotation n JOIN area a ON a.id = n.area_id WHERE n.deleted_at IS NULL AND n.target_kind = 'area'").pluck().all() as string[])
  const home = getSetting(db, 'homeArea')
  const byArea = new Map<string, PivotRow>()
  for (const row of shown) {
    let pivotRow = byArea.get(row.area)
    if (!pivotRow) {
      pivotRow = { key: row.area, label: row.area_name, areaKind: row.area_kind, isHome: row.area === home, isAnnotated: annotatedAreas.has(row.area), cells: {}, derived: {} }
      byArea.set(row.area, pivotRow)
    }
    const key = keyOf(row.area, measure, row.period)
    pivotRow.cells[row.period] = toCell(row, annotated.has(key), revised.has(key))
    pivotRow.derived[row.period] = derive(lookup, row.area, measure, row.period, kinds)
  }
  const pivotRows = [...byArea.values()]
  const areas = pivotRows.map((row) => row.key)
  const rankCache = new Map<string, Map<string, number>>()
  addRanks(pivotRows, kinds, (row, period) => {
    if (!rankCache.has(period)) rankCache.set(period, ranksOf(lookup, areas, measure, period))
    return rankCache.get(period)!.get(row.key)
  })
  const info = db.prepare('SELECT id, label, unit FROM measure WHERE id = ?').get(measure) as { id: string; label: string; unit: 'count' | 'rate' }
  return {
    by: 'measure',
    subject: info,
    periods: [...new Set(shown.map((row) => row.period))].sort(),
    annotatedPeriods: annotatedPeriodsOf(db, measure),
    rows: pivotRows
  }
}

function annotatedPeriodsOf(db: Db, measure: string | null): string[] {
  return db
    .prepare("SELECT DISTINCT period FROM annotation WHERE deleted_at IS NULL AND target_kind = 'period' AND (measure_id IS NULL OR measure_id = ?) ORDER BY period")
    .pluck()
    .all(measure) as string[]
}

export function areaPivot(db: Db, area: string, kinds: ReadonlySet<DerivedKind> = new Set()): Pivot {
  areaIdOf(db, area)
  const rows = currentRows(db, null)
  const lookup = buildLookup(rows)
  const shown = rows.filter((row) => row.area === area)
  const { annotated, revised } = marks(db)
  const annotatedMeasures = new Set(db.prepare("SELECT measure_id FROM annotation WHERE deleted_at IS NULL AND target_kind = 'measure'").pluck().all() as string[])
  const byMeasure = new Map<string, PivotRow>()
  for (const row of shown) {
    let pivotRow = byMeasure.get(row.measure)
    if (!pivotRow) {
      pivotRow = { key: row.measure, label: row.measure_label, areaKind: null, isHome: false, isAnnotated: annotatedMeasures.has(row.measure), cells: {}, derived: {} }
      byMeasure.set(row.measure, pivotRow)
    }
    const key = keyOf(area, row.measure, row.period)
    pivotRow.cells[row.period] = toCell(row, annotated.has(key), revised.has(key))
    pivotRow.derived[row.period] = derive(lookup, area, row.measure, row.period, kinds)
  }
  const allAreas = [...new Set(rows.map((row) => row.area))]
  const pivotRows = [...byMeasure.values()]
  addRanks(pivotRows, kinds, (row, period) => ranksOf(lookup, allAreas, row.key, period).get(area))
  const info = db.prepare('SELECT slug AS id, name AS label, kind FROM area WHERE slug = ?').get(area) as { id: string; label: string; kind: AreaKind }
  return { by: 'area', subject: info, periods: [...new Set(shown.map((row) => row.period))].sort(), annotatedPeriods: annotatedPeriodsOf(db, null), rows: pivotRows }
}
