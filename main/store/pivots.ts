// The two working views of the grid, computed from the current figures: one measure with the
// areas down the side and periods across, or one area with every measure by period; each cell
// marked (edited, annotated, revised) and with the derived figures asked for. Read-only.

import type { AreaKind, DerivedCell, DerivedKind, FigureWarning, Pivot, PivotRow } from '../contract/types'
import { areaPopulation, change, oneInN, percentChange, rankAmong, RATE_PAIRS, share, wholeRate, type Place } from '../domain/derived'
import { mappaTotal } from '../domain/total'
import { MAPPA_CATEGORIES, type MeasureUnit } from '../contract/measures'
import { periodKeyForStartYear } from '../contract/periods'
import { figureKey } from '../contract/types'
import { currentRows, toCell, warningsFor, type CurrentRow } from './current'
import type { Db } from './database'
import { areaIdOf, assertMeasure } from './keys'
import { getSetting } from './settings'

/** Measures the derived figures need besides the one shown: the counts and rates that give a population, the total and its categories. */
const SUPPORT = [...new Set(['total', ...MAPPA_CATEGORIES, ...RATE_PAIRS.flatMap((pair) => [pair.count, pair.rate])])]

function markedKeys(db: Db, sql: string): Set<string> {
  return new Set(
    (db.prepare(sql).all() as { area: string; measure: string; period: string }[]).map((row) =>
      figureKey(row.area, row.measure, row.period)
    )
  )
}

const previousPeriod = (period: string) => periodKeyForStartYear(Number(period.slice(0, 4)) - 1)

interface Lookup {
  value(area: string, measure: string, period: string): number | null | undefined
  imported(area: string, measure: string, period: string): number | null | undefined
  row(area: string, measure: string, period: string): CurrentRow | undefined
  kind(area: string): AreaKind
}

function buildLookup(rows: CurrentRow[]): Lookup {
  const byKey = new Map<string, CurrentRow>()
  const kinds = new Map<string, AreaKind>()
  for (const row of rows) {
    byKey.set(figureKey(row.area, row.measure, row.period), row)
    kinds.set(row.area, row.area_kind)
  }
  return {
    value: (area, measure, period) => byKey.get(figureKey(area, measure, period))?.value,
    imported: (area, measure, period) => byKey.get(figureKey(area, measure, period))?.imported_value,
    row: (area, measure, period) => byKey.get(figureKey(area, measure, period)),
    kind: (area) => kinds.get(area) ?? 'other'
  }
}

const whole = (value: number | undefined) => (value === undefined ? undefined : Math.round(value))

/** Derived figures for one area, measure and period; ranks are filled in separately. */
function derive(lookup: Lookup, area: string, measure: string, period: string, kinds: ReadonlySet<DerivedKind>): DerivedCell {
  const shown = lookup.row(area, measure, period)
  const value = shown?.value
  const derived: DerivedCell = {}
  const put = (kind: DerivedKind, result: number | undefined) => {
    if (kinds.has(kind) && result !== undefined) derived[kind] = result
  }
  const previous = lookup.value(area, measure, previousPeriod(period))
  put('change', change(value, previous))
  put('percentChange', percentChange(value, previous))
  const isRate = shown?.unit === 'rate'
  // A share of the 31 March total only for counts at 31 March: a flow over the year is no part of a snapshot.
  if (!isRate && measure !== 'total' && shown?.measure_kind === 'snapshot') {
    const total = mappaTotal((part) => {
      const row = lookup.row(area, part, period)
      return row && { value: row.value ?? undefined }
    })
    put('share', share(value, total?.value))
  }
  const rate = isRate
    ? (value ?? undefined)
    : wholeRate(
        value,
        areaPopulation((count, at) => lookup.imported(area, count, at), period)
      )
  if (!isRate) put('rate', rate)
  if (measure === 'rso' || measure === 'rso_rate' || measure === 'total' || measure === 'total_rate') put('oneInN', whole(oneInN(rate)))
  return derived
}

function addRanks(rows: PivotRow[], kinds: ReadonlySet<DerivedKind>, placeFor: (row: PivotRow, period: string) => Place | undefined): void {
  if (!kinds.has('rank')) return
  for (const row of rows) {
    for (const period of Object.keys(row.cells)) {
      const place = placeFor(row, period)
      if (place !== undefined) row.derived[period] = { ...row.derived[period], rank: place.rank, rankOf: place.of, rankTied: place.isTied }
    }
  }
}

/** Places among the 42 areas only: totals and the National Security Division are never ranked. */
function placesOf(lookup: Lookup, areas: string[], measure: string, period: string): Map<string, Place> {
  return rankAmong(new Map(areas.filter((area) => lookup.kind(area) === 'area').map((area) => [area, lookup.value(area, measure, period)])))
}

function marks(db: Db) {
  return {
    annotated: markedKeys(
      db,
      `SELECT a.slug AS area, n.measure_id AS measure, n.period FROM annotation n JOIN area a ON a.id = n.area_id
      WHERE n.deleted_at IS NULL AND n.target_kind = 'cell'`
    ),
    revised: markedKeys(db, 'SELECT a.slug AS area, r.measure_id AS measure, r.period FROM revision r JOIN area a ON a.id = r.area_id')
  }
}

function cellOf(row: CurrentRow, marked: ReturnType<typeof marks>, warnings: Map<string, FigureWarning[]>) {
  const key = figureKey(row.area, row.measure, row.period)
  return toCell(row, { isAnnotated: marked.annotated.has(key), isRevised: marked.revised.has(key) }, warnings.get(key))
}

export function measurePivot(db: Db, measure: string, kinds: ReadonlySet<DerivedKind> = new Set()): Pivot {
  assertMeasure(db, measure)
  const rows = currentRows(db, { measures: [...new Set([measure, ...SUPPORT])] })
  const lookup = buildLookup(rows)
  const shown = rows.filter((row) => row.measure === measure)
  const marked = marks(db)
  const warnings = warningsFor(db, shown)
  const annotatedAreas = new Set(
    db
      .prepare("SELECT a.slug FROM annotation n JOIN area a ON a.id = n.area_id WHERE n.deleted_at IS NULL AND n.target_kind = 'area'")
      .pluck()
      .all() as string[]
  )
  const home = getSetting(db, 'homeArea')
  const byArea = new Map<string, PivotRow>()
  for (const row of shown) {
    let pivotRow = byArea.get(row.area)
    if (!pivotRow) {
      pivotRow = {
        key: row.area,
        label: row.area_name,
        areaKind: row.area_kind,
        isHome: row.area === home,
        isAnnotated: annotatedAreas.has(row.area),
        cells: {},
        derived: {}
      }
      byArea.set(row.area, pivotRow)
    }
    pivotRow.cells[row.period] = cellOf(row, marked, warnings)
    pivotRow.derived[row.period] = derive(lookup, row.area, measure, row.period, kinds)
  }
  const pivotRows = [...byArea.values()]
  const areas = pivotRows.map((row) => row.key)
  const placeCache = new Map<string, Map<string, Place>>()
  addRanks(pivotRows, kinds, (row, period) => {
    if (!placeCache.has(period)) placeCache.set(period, placesOf(lookup, areas, measure, period))
    return placeCache.get(period)!.get(row.key)
  })
  const info = db.prepare('SELECT id, label, unit FROM measure WHERE id = ?').get(measure) as {
    id: string
    label: string
    unit: MeasureUnit
  }
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
    .prepare(
      "SELECT DISTINCT period FROM annotation WHERE deleted_at IS NULL AND target_kind = 'period' AND (measure_id IS NULL OR measure_id = ?) ORDER BY period"
    )
    .pluck()
    .all(measure) as string[]
}

export function areaPivot(db: Db, area: string, kinds: ReadonlySet<DerivedKind> = new Set()): Pivot {
  areaIdOf(db, area)
  const rows = currentRows(db)
  const lookup = buildLookup(rows)
  const shown = rows.filter((row) => row.area === area)
  const marked = marks(db)
  const warnings = warningsFor(db, shown)
  const annotatedMeasures = new Set(
    db.prepare("SELECT measure_id FROM annotation WHERE deleted_at IS NULL AND target_kind = 'measure'").pluck().all() as string[]
  )
  const byMeasure = new Map<string, PivotRow>()
  for (const row of shown) {
    let pivotRow = byMeasure.get(row.measure)
    if (!pivotRow) {
      pivotRow = {
        key: row.measure,
        label: row.measure_label,
        areaKind: null,
        isHome: false,
        isAnnotated: annotatedMeasures.has(row.measure),
        cells: {},
        derived: {}
      }
      byMeasure.set(row.measure, pivotRow)
    }
    pivotRow.cells[row.period] = cellOf(row, marked, warnings)
    pivotRow.derived[row.period] = derive(lookup, area, row.measure, row.period, kinds)
  }
  const allAreas = [...new Set(rows.map((row) => row.area))]
  const pivotRows = [...byMeasure.values()]
  addRanks(pivotRows, kinds, (row, period) => placesOf(lookup, allAreas, row.key, period).get(area))
  const info = db.prepare('SELECT slug AS id, name AS label, kind FROM area WHERE slug = ?').get(area) as {
    id: string
    label: string
    kind: AreaKind
  }
  return {
    by: 'area',
    subject: info,
    periods: [...new Set(shown.map((row) => row.period))].sort(),
    annotatedPeriods: annotatedPeriodsOf(db, null),
    rows: pivotRows
  }
}
