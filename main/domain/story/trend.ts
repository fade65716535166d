// What a series did up to one period, as facts the wording rules read: the change on a year earlier,
// record highs and lows, "highest since", the run of rises or falls before. Pure; never words.

import { percentChange } from '../derived'
import { isComparableStatus, previousPeriod, type FigureBook, type SeriesBreak, type StoryFigure } from './book'

export type Direction = 'up' | 'down' | 'same'

export interface Trend {
  current: StoryFigure
  value: number
  /** The year-earlier figure, only where it can be compared (same series, no break, no marker). */
  previous?: StoryFigure
  direction?: Direction
  percent?: number
  /** Why there is no comparison with a year earlier. */
  blocked?: { reason: 'break'; text: string } | { reason: 'marker'; figure: StoryFigure } | { reason: 'missing' }
  /** The unbroken, comparable run of yearly figures ending at the current one, oldest first. */
  run: StoryFigure[]
  isRecordHigh: boolean
  isRecordLow: boolean
  /** The latest earlier figure at least as high (for a rise) or as low (for a fall), two or more years back. */
  highestSince?: StoryFigure
  lowestSince?: StoryFigure
  /** The changes before the latest one that went the same way, and whether an opposite change ends that run. */
  priorRun: { direction: Direction | null; length: number; isBounded: boolean }
}

const directionOf = (from: number, to: number): Direction => (to > from ? 'up' : to < from ? 'down' : 'same')

/** The comparable yearly run ending at `period`, walking back until a gap, a marker or a series break. */
function comparableRun(book: FigureBook, area: string, measure: string, period: string): { run: StoryFigure[]; stop?: Trend['blocked'] } {
  const current = book.get(area, measure, period)!
  const run = [current]
  let stop: Trend['blocked']
  for (;;) {
    const later = run[0]
    const earlierPeriod = previousPeriod(later.period)
    const earlier = book.get(area, measure, earlierPeriod)
    const brk: SeriesBreak | undefined = book.breakBetween(area, measure, earlierPeriod, later.period)
    if (!earlier) {
      stop = { reason: 'missing' }
      break
    }
    if (brk) {
      stop = { reason: 'break', text: brk.text }
      break
    }
    if (earlier.value === null || !isComparableStatus(earlier.status)) {
      stop = { reason: 'marker', figure: earlier }
      break
    }
    run.unshift(earlier)
  }
  return { run, stop }
}

export function trendOf(book: FigureBook, area: string, measure: string, period: string): Trend | undefined {
  const current = book.get(area, measure, period)
  if (!current || current.value === null || !isComparableStatus(current.status)) return undefined
  const value = current.value
  const { run, stop } = comparableRun(book, area, measure, period)
  const trend: Trend = {
    current,
    value,
    run,
    isRecordHigh: false,
    isRecordLow: false,
    priorRun: { direction: null, length: 0, isBounded: false }
  }
  if (run.length < 2) return { ...trend, blocked: stop }
  const previous = run[run.length - 2]
  const earlier = run.slice(0, -1).map((figure) => figure.value!)
  trend.previous = previous
  trend.direction = directionOf(previous.value!, value)
  trend.percent = percentChange(value, previous.value)
  trend.isRecordHigh = earlier.every((before) => value > before)
  trend.isRecordLow = earlier.every((before) => value < before)
  const before = run.slice(0, -2).reverse()
  if (trend.direction === 'up') trend.highestSince = before.find((figure) => figure.value! >= value)
  if (trend.direction === 'down') trend.lowestSince = before.find((figure) => figure.value! <= value)
  const changes = run.slice(1).map((figure, index) => directionOf(run[index].value!, figure.value!))
  changes.pop()
  let length = 0
  const runDirection = changes[changes.length - 1] ?? null
  while (length < changes.length && changes[changes.length - 1 - length] === runDirection) length++
  trend.priorRun = { direction: runDirection, length, isBounded: length < changes.length }
  return trend
}
