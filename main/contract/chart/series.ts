// Turns current figures into what a chart plots: categories, series, the reference, and every
// gap a marker leaves. Pure: takes figures already read; a marker is a gap, never a zero.

import { figureKey, type CellStatus, type Figure } from '../types'
import { AREAS, slugify } from '../areas'
import { findMeasureById, MAPPA_CATEGORIES, shortLabel, type MeasureUnit } from '../measures'
import { periodKeyForStartYear } from '../periods'
import type { ChartSpec, ChartType } from './spec'

/** What each marker status means, said for a reader of the finished chart or table. */
export const MARKER_MEANINGS: Partial<Record<CellStatus, string>> = {
  nil: 'nil',
  not_available: 'not available',
  not_applicable: 'not applicable',
  suppressed: 'suppressed to protect identities',
  estimate: 'estimate',
  provisional: 'provisional',
  revised: 'revised',
  low_reliability: 'low reliability'
}

export type SeriesRole = 'highlight' | 'reference' | 'context' | 'series'

export interface ChartSeries {
  key: string
  label: string
  role: SeriesRole
  /** One per category; null where a marker or a missing figure leaves a gap. */
  values: (number | null)[]
}

export interface ChartGap {
  series: string
  category: string
  /** "[c]", "[x]", or "no figure" where the store has nothing. */
  token: string
  meaning: string
}

export interface ChartData {
  type: ChartType
  /** Periods for line, column and stacked; area names for bar. */
  categories: string[]
  /** Period keys or area slugs, parallel to categories. */
  categoryKeys: string[]
  series: ChartSeries[]
  /** The bar chart's reference line. */
  referenceLine: { label: string; value: number } | null
  gaps: ChartGap[]
  unit: MeasureUnit
  measureLabel: string
  /** Index of the highlighted category (bar charts and maps). */
  highlightIndex: number | null
  /** A map of per cent change since the first period rather than the figures of the last. */
  isChange: boolean
}

const AREA_NAMES = new Map(AREAS.map((area) => [slugify(area.name), area.name]))
export const ENGLAND_AND_WALES = 'england-and-wales'
const AREA_COUNT = AREAS.filter((area) => area.kind === 'area').length

export function areaName(slug: string, figures: readonly Figure[] = []): string {
  return figures.find((figure) => figure.area === slug)?.area_name ?? AREA_NAMES.get(slug) ?? slug
}

export function measureLabel(id: string): string {
  return findMeasureById(id)?.label ?? id
}

/** Every financial year from `from` to `to`, in order. */
export function periodRange(from: string, to: string): string[] {
  const periods: string[] = []
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) periods.push(periodKeyForStartYear(year))
  return periods
}

/** The areas a spec shows: "all" is the 42 areas, never England and Wales or Wales. */
export function areasOf(spec: ChartSpec): string[] {
  if (spec.areas === 'all') return AREAS.filter((area) => area.kind === 'area').map((area) => slugify(area.name))
  return spec.areas
}

/** The measures a spec plots; a stacked column without its own list stacks the MAPPA categories, which make the MAPPA total. */
export function measuresOf(spec: ChartSpec): string[] {
  return spec.type === 'stacked' ? (spec.measures ?? [...MAPPA_CATEGORIES]) : [spec.measure]
}

export type FigureIndex = Map<string, Figure>

export function indexFigures(figures: readonly Figure[]): FigureIndex {
  return new Map(figures.map((figure) => [figureKey(figure.area, figure.measure, figure.period), figure]))
}

/** A figure's plotted value and, where it has none, the gap it leaves. */
export function plotted(
  index: FigureIndex,
  area: string,
  measure: string,
  period: string
): { value: number | null; token: string | null; meaning: string } {
  const figure = index.get(figureKey(area, measure, period))
  if (!figure) return { value: null, token: 'no figure', meaning: 'not in the tables imported' }
  if (figure.value === null)
    return { value: null, token: figure.raw.trim() || 'blank', meaning: MARKER_MEANINGS[figure.status] ?? 'not a figure' }
  return { value: figure.value, token: null, meaning: '' }
}

function unitOf(measure: string): MeasureUnit {
  return findMeasureById(measure)?.unit ?? 'count'
}

/** England and Wales as a comparison: its rate for rates; for counts, the average per area. */
export function referenceOf(index: FigureIndex, measure: string, period: string): { label: string; value: number } | null {
  const value = index.get(figureKey(ENGLAND_AND_WALES, measure, period))?.value
  if (value === null || value === undefined) return null
  if (unitOf(measure) === 'rate') return { label: 'England and Wales', value }
  return { label: 'England and Wales average per area', value: Math.round(value / AREA_COUNT) }
}

/** What every chart's data starts from: the gaps noted as they are met. */
export function baseDataOf(spec: ChartSpec, gaps: ChartGap[]): Omit<ChartData, 'categories' | 'categoryKeys' | 'series'> {
  const measure = measuresOf(spec)[0]
  return {
    type: spec.type,
    unit: unitOf(measure),
    measureLabel: shortMeasureLabel(measure),
    referenceLine: null,
    highlightIndex: null,
    isChange: false,
    gaps
  }
}

export function chartDataOf(spec: ChartSpec, figures: readonly Figure[]): ChartData {
  const index = indexFigures(figures)
  const periods = periodRange(spec.periods.from, spec.periods.to)
  const measures = measuresOf(spec)
  const measure = measures[0]
  const gaps: ChartGap[] = []
  const note = (series: string, category: string, found: { token: string | null; meaning: string }) => {
    if (found.token !== null) gaps.push({ series, category, token: found.token, meaning: found.meaning })
  }
  const base = baseDataOf(spec, gaps)

  if (spec.type === 'bar') {
    const period = spec.periods.to
    const rows = areasOf(spec).map((area) => {
      const found = plotted(index, area, measure, period)
      note(areaName(area, figures), period, found)
      return { area, name: areaName(area, figures), value: found.value }
    })
    rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.name.localeCompare(b.name))
    const highlightIndex = spec.highlight ? rows.findIndex((row) => row.area === spec.highlight) : -1
    return {
      ...base,
      categories: rows.map((row) => row.name),
      categoryKeys: rows.map((row) => row.area),
      series: [{ key: measure, label: measureLabel(measure), role: 'series', values: rows.map((row) => row.value) }],
      referenceLine: spec.reference === ENGLAND_AND_WALES ? referenceOf(index, measure, period) : null,
      highlightIndex: highlightIndex >= 0 ? highlightIndex : null
    }
  }

  if (spec.type === 'stacked') {
    const area = spec.highlight ?? areasOf(spec)[0]
    // A category the tables of these years have no column for (Category 4 before it was published) is no gap: it is left out.
    const held = measures.filter((id) => periods.some((period) => index.has(figureKey(area, id, period))))
    const stacked = spec.measures || held.length === 0 ? measures : held
    return {
      ...base,
      categories: periods,
      categoryKeys: periods,
      series: stacked.map((id) => ({
        key: id,
        label: shortMeasureLabel(id),
        role: 'series' as const,
        values: periods.map((period) => {
          const found = plotted(index, area, id, period)
          note(
            `${areaName(area, figures)} ${shortMeasureLabel(id).charAt(0).toLowerCase()}${shortMeasureLabel(id).slice(1)}`,
            period,
            found
          )
          return found.value
        })
      }))
    }
  }

  const areas = spec.type === 'column' ? [spec.highlight ?? areasOf(spec)[0]] : areasOf(spec)
  const isMany = areas.length > 8
  const series: ChartSeries[] = areas.map((area) => ({
    key: area,
    label: areaName(area, figures),
    role: area === spec.highlight ? 'highlight' : isMany ? 'context' : 'series',
    values: periods.map((period) => {
      const found = plotted(index, area, measure, period)
      // With all 42 areas drawn, a grey line's gap needs no note; the highlighted one's does.
      if (!isMany || area === spec.highlight) note(areaName(area, figures), period, found)
      return found.value
    })
  }))
  if (spec.type === 'line' && spec.reference && !areas.includes(spec.reference)) {
    const reference = spec.reference
    const label =
      reference === ENGLAND_AND_WALES
        ? (referenceOf(index, measure, spec.periods.to)?.label ??
          (unitOf(measure) === 'rate' ? 'England and Wales' : 'England and Wales average per area'))
        : areaName(reference, figures)
    // The reference's gaps are said too: England and Wales is often known only in some years.
    const values = periods.map((period) => {
      const found = plotted(index, reference, measure, period)
      note(label, period, found)
      return reference === ENGLAND_AND_WALES ? (referenceOf(index, measure, period)?.value ?? null) : found.value
    })
    series.push({ key: spec.reference, label, role: 'reference', values })
  }
  // Drawn last means drawn on top: the highlighted area goes last.
  series.sort((a, b) => Number(a.role === 'highlight') - Number(b.role === 'highlight'))
  return { ...base, categories: periods, categoryKeys: periods, series }
}

/** "Registered sexual offenders (Category 1) at 31 March" → "Registered sexual offenders". */
export function shortMeasureLabel(id: string): string {
  return shortLabel(measureLabel(id))
}

/** "1,867"; rates as published, up to two decimals. */
export function formatValue(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 })
}
