// Checks that a count and its published rate per 100,000 still describe one population: a
// count of 987 at a rate of 77 implies 1.28 million people aged 10+ where the area's other
// figures imply 1.06 million. Pure: takes figures, returns warnings; reads no store.

import { figureKey, type FigureWarning } from '../contract/types'
import { impliedPopulation, RATE_PAIRS } from './derived'
import { formatFigure } from './format'

/**
 * The MoJ publishes rates as whole numbers, so a rate r stands for anything in [r − 0.5, r + 0.5).
 * Between years the population aged 10+ of an area moves by well under 1.5% a year (ONS
 * mid-year estimates, 2011–2023); 2% more covers re-based estimates after a census.
 */
const RATE_ROUNDING = 0.5
const SAME_YEAR_TOLERANCE = 0.005
const BASE_TOLERANCE = 0.02
const TOLERANCE_PER_YEAR = 0.015

export interface PairFigure {
  area: string
  areaName: string
  measure: string
  period: string
  /** The current figure (an edit on top where there is one). */
  value: number | null
  /** The figure as imported. */
  importedValue: number | null
}

interface Interval {
  low: number
  high: number
  period: string
}

function populationOf(count: number | null, rate: number | null, period: string): Interval | undefined {
  if (count === null || rate === null || !(count > 0) || !(rate > RATE_ROUNDING)) return undefined
  return { low: impliedPopulation(count, rate + RATE_ROUNDING)!, high: impliedPopulation(count, rate - RATE_ROUNDING)!, period }
}

const yearOf = (period: string) => Number(period.slice(0, 4))

function agrees(a: Interval, b: Interval, tolerance: number): boolean {
  return a.low <= b.high * (1 + tolerance) && a.high >= b.low * (1 - tolerance)
}

const roundPopulation = (value: number) => formatFigure(Math.round(value / 1000) * 1000)

/**
 * Warnings keyed `area|measure|period`, on both the count and the rate of a pair that disagree:
 * with the same year's imported figures (where either was edited), or with most of the
 * populations the area's other years and other pairs imply.
 */
export function rateCountWarnings(figures: readonly PairFigure[]): Map<string, FigureWarning[]> {
  const byKey = new Map(figures.map((figure) => [figureKey(figure.area, figure.measure, figure.period), figure]))
  const warnings = new Map<string, FigureWarning[]>()
  const areas = new Map<string, string>()
  for (const figure of figures) areas.set(figure.area, figure.areaName)

  for (const [area] of areas) {
    const current: { pair: (typeof RATE_PAIRS)[number]; count: PairFigure; rate: PairFigure; interval: Interval }[] = []
    for (const pair of RATE_PAIRS) {
      const periods = new Set(
        figures.filter((figure) => figure.area === area && figure.measure === pair.count).map((figure) => figure.period)
      )
      for (const period of periods) {
        const count = byKey.get(figureKey(area, pair.count, period))
        const rate = byKey.get(figureKey(area, pair.rate, period))
        const interval = count && rate ? populationOf(count.value, rate.value, period) : undefined
        if (count && rate && interval) current.push({ pair, count, rate, interval })
      }
    }
    for (const entry of current) {
      const { count, rate, interval, pair } = entry
      const isEdited = count.value !== count.importedValue || rate.value !== rate.importedValue
      const imported = isEdited ? populationOf(count.importedValue, rate.importedValue, count.period) : undefined
      const others = current.filter((other) => other !== entry)
      const disagreeing = others.filter(
        (other) =>
          !agrees(
            interval,
            other.interval,
            BASE_TOLERANCE + TOLERANCE_PER_YEAR * Math.abs(yearOf(other.interval.period) - yearOf(interval.period))
          )
      )
      const isOffImported = imported !== undefined && !agrees(interval, imported, SAME_YEAR_TOLERANCE)
      const isOffOthers = others.length > 0 && disagreeing.length * 2 > others.length
      if (!isOffImported && !isOffOthers) continue
      const reference = isOffImported ? imported! : median(others.map((other) => other.interval))
      const message =
        `${formatFigure(count.value!)} ${pair.label} at a rate of ${formatFigure(rate.value!)} per 100,000 imply about ` +
        `${roundPopulation((interval.low + interval.high) / 2)} people aged 10 and over, but ` +
        (isOffImported ? `the published ${count.period} figures imply about ` : `the area's other figures imply about `) +
        `${roundPopulation((reference.low + reference.high) / 2)}: the count and the rate disagree`
      const warning: FigureWarning = { code: 'rate_count_disagree', message }
      for (const figure of [count, rate]) {
        const key = figureKey(figure.area, figure.measure, figure.period)
        warnings.set(key, [...(warnings.get(key) ?? []), warning])
      }
    }
  }
  return warnings
}

function median(intervals: Interval[]): Interval {
  const sorted = [...intervals].sort((a, b) => a.low + a.high - (b.low + b.high))
  return sorted[Math.floor(sorted.length / 2)]
}
