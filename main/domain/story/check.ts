// "Check my copy": every number in a draft matched to the figure it claims to be, for the chosen
// area and edition, and marked verified, rounding, mismatch or unmatched, with the right figure and
// its cell. A rate that disagrees with its count is flagged. Pure: reads a FigureBook.

import { areaPopulation, change, oneInN, percentChange, ratePer100k, share } from '../derived'
import { AREA_SPELLINGS, ENGLAND_AND_WALES, indexFigures, previousPeriod, type FigureBook, type StoryData, type StorySource } from './book'
import { extractMentions, type Mention } from './extract'
import { formatCount, formatOrdinal, formatRate, roundPercent, DEFAULT_STYLE } from './style'

import type { Verdict } from '../../contract/types'

export type { Verdict }

export interface CheckedFigure {
  /** As written in the copy. */
  text: string
  /** The number as written: 1,684 → 1684; "81 per cent" → 81. */
  value: number
  verdict: Verdict
  /** The data's figure (derived figures to one decimal place), null where there is none. */
  expected: number | null
  /** The cell the expected figure comes from. */
  source: StorySource | null
  start: number
  end: number
  kind: Mention['kind']
  area: string | null
  measure: string | null
  period: string | null
  /** One line for the reporter: what the number was read as, or what is wrong. */
  note: string
}

const NATIONAL_WORDS = /\b(?:nationally|national(?:\s+(?:rate|average|figure|total))?|across\s+england\s+and\s+wales|in\s+england\s+and\s+wales|england\s+and\s+wales)\b/gi

/** Finds the areas a stretch of copy names, with where; "nationally" and "England and Wales" name the total. */
export function areasNamed(words: string): { slug: string; index: number }[] {
  const found: { slug: string; index: number }[] = []
  const key = words.toLowerCase()
  for (const match of key.matchAll(NATIONAL_WORDS)) found.push({ slug: ENGLAND_AND_WALES, index: match.index })
  const taken: [number, number][] = found.map((area) => [area.index, area.index + 20])
  for (const { key: spelling, slug } of AREA_SPELLINGS) {
    if (slug === ENGLAND_AND_WALES || slug === 'wales') continue
    const pattern = new RegExp(`\\b${spelling.replace(/ /g, '[\\s&-]+(?:and\\s+)?')}\\b`, 'gi')
    for (const match of key.matchAll(pattern)) {
      if (taken.some(([from, to]) => match.index >= from && match.index < to)) continue
      taken.push([match.index, match.index + match[0].length])
      found.push({ slug, index: match.index })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

interface Expectation {
  /** Shown to the reporter (derived figures to one decimal place). */
  expected: number
  /** Compared with the copy. */
  exact: number
  source: StorySource
  /** The tolerance within which a different number is "rounding" rather than wrong. */
  isRounding: (written: number) => boolean
  describe: string
}

const fmt = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 })
const oneDecimal = (value: number) => Math.round(value * 10) / 10

/** A count written as 1,900 or "almost 1,900" for 1,867: the right figure, rounded. */
function isRoundedCount(written: number, expected: number, isApproximate: boolean): boolean {
  if (written === expected) return true
  let precision = 1
  while (written % (precision * 10) === 0 && precision < 1_000_000) precision *= 10
  // Rounded to two significant figures at least: 1,900 for 1,867 is rounding, 2,000 is not.
  if (precision >= 10 && precision <= expected / 10 && Math.abs(written - expected) <= precision / 2) return true
  return isApproximate && Math.abs(written - expected) <= Math.max(1, expected * 0.05)
}

/** 10 or 11 per cent for 10.87 is the right figure rounded; "about 10 per cent" too; 12 per cent is not. */
function isRoundedPercent(written: number, exact: number, isApproximate: boolean): boolean {
  const gap = Math.abs(written - exact)
  return gap < 1 || (isApproximate && written % 5 === 0 && gap <= 5)
}

function resolvePeriod(mention: Mention, sentencePeriod: string): string {
  if (mention.periodCue.kind === 'explicit') return mention.periodCue.period
  if (mention.periodCue.kind === 'previous') return previousPeriod(sentencePeriod)
  return sentencePeriod
}

function expectationFor(book: FigureBook, mention: Mention, area: string, measure: string, period: string): Expectation | string {
  const name = book.areaName(area)
  const figure = book.get(area, mention.kind === 'percent' && mention.isShare ? 'rso' : measure, period)
  const lacking = `no ${measure} figure for ${name} ${period} in the store`
  switch (mention.kind) {
    case 'count': {
      if (measure === 'total') {
        const total = book.total(area, period)
        if (!total) return lacking
        return { expected: total.value, exact: total.value, source: total.figures[0].source, isRounding: (w) => isRoundedCount(w, total.value, mention.isApproximate), describe: `${name} MAPPA total ${period}${total.isSum ? ' (the categories added up)' : ''}` }
      }
      const value = book.number(area, measure, period)
      if (!figure || value === undefined) return lacking
      return { expected: value, exact: value, source: figure.source, isRounding: (w) => isRoundedCount(w, value, mention.isApproximate), describe: `${name} ${measure} ${period}` }
    }
    case 'rate': {
      const value = book.number(area, 'rso_rate', period)
      if (!figure || value === undefined) return `no rate for ${name} ${period} in the store`
      return { expected: value, exact: value, source: figure.source, isRounding: (w) => Math.abs(w - value) < 1, describe: `${name} rate per 100,000 ${period}` }
    }
    case 'oneInN': {
      const rate = book.number(area, 'rso_rate', period)
      const exact = oneInN(rate)
      if (!figure || rate === undefined || exact === undefined) return `no rate for ${name} ${period} to work "one in N" from`
      // The published rate is rounded to a whole number, so "one in N" is only known within that half-point.
      const low = 100_000 / (rate + 0.5)
      const high = rate > 0.5 ? 100_000 / (rate - 0.5) : Infinity
      return { expected: Math.round(exact), exact: Math.round(exact), source: figure.source, isRounding: (w) => w >= Math.floor(low) && w <= Math.ceil(high), describe: `one in ${fmt(Math.round(exact))} from the rate of ${fmt(rate)} (${name} ${period})` }
    }
    case 'percent': {
      if (mention.isShare) {
        const total = book.total(area, period)
        const part = share(book.number(area, 'rso', period), total?.value)
        if (!figure || part === undefined) return `no share to work out for ${name} ${period}`
        return { expected: oneDecimal(part), exact: part, source: figure.source, isRounding: (w) => isRoundedPercent(w, part, mention.isApproximate), describe: `registered sexual offenders' share of the MAPPA total, ${name} ${period}` }
      }
      const current = book.number(area, measure, period)
      const change = percentChange(current, book.number(area, measure, previousPeriod(period)))
      if (!figure || change === undefined) return `no ${measure} change on a year earlier for ${name} ${period}`
      if (mention.direction && (change > 0 ? 'up' : 'down') !== mention.direction && roundPercent(change) !== 0) return { expected: oneDecimal(change), exact: change, source: figure.source, isRounding: () => false, describe: `it went ${change > 0 ? 'up' : 'down'}, not ${mention.direction}` }
      const size = Math.abs(change)
      return { expected: oneDecimal(size), exact: size, source: figure.source, isRounding: (w) => isRoundedPercent(w, size, mention.isApproximate), describe: `${name} ${measure} change on a year earlier, ${period}` }
    }
    case 'change': {
      const current = book.number(area, measure, period)
      const difference = change(current, book.number(area, measure, previousPeriod(period)))
      if (!figure || difference === undefined) return `no ${measure} change on a year earlier for ${name} ${period}`
      return { expected: Math.abs(difference), exact: Math.abs(difference), source: figure.source, isRounding: (w) => isRoundedCount(w, Math.abs(difference), mention.isApproximate), describe: `${name} ${measure} change on a year earlier, ${period}` }
    }
    case 'rank': {
      const ranked = book.rank(area, measure, period, mention.order ?? 'highest')
      if (!figure || !ranked) return `no ${measure} figures for ${period} to rank ${name} among`
      if (ranked.of < 42) return `only ${ranked.of} of the 42 areas have a ${measure} figure for ${period}: no rank to check`
      return { expected: ranked.rank, exact: ranked.rank, source: figure.source, isRounding: () => false, describe: `${name}'s rank on ${measure === 'rso_rate' ? 'the rate' : measure}, ${period} (${mention.order ?? 'highest'} first, ties shared)` }
    }
    default:
      return lacking
  }
}

function writtenAs(kind: Mention['kind'], value: number): string {
  if (kind === 'rank') return formatOrdinal(value, { ...DEFAULT_STYLE, smallNumbers: 'figures' })
  if (kind === 'rate') return formatRate(value)
  if (kind === 'percent') return `${fmt(value)} per cent`
  return formatCount(value, { ...DEFAULT_STYLE, smallNumbers: 'figures' })
}

/** Checks every number in `copy` against the figures for `area` at the edition `period`. */
export function checkCopy(copy: string, data: StoryData, area: string, period: string): CheckedFigure[] {
  const book = indexFigures(data)
  const mentions = extractMentions(copy, areasNamed)
  const results: CheckedFigure[] = []
  let sentencePeriod = period
  let lastSentence = -1
  let lastCountMeasure: string | undefined
  for (const mention of mentions) {
    if (mention.sentence !== lastSentence) {
      lastSentence = mention.sentence
      sentencePeriod = sentencePeriodOf(copy, mentions, mention.sentence, sentencePeriod, period)
    }
    const base = () => ({ text: mention.text, value: mention.value, start: mention.start, end: mention.end, kind: mention.kind })
    if (mention.kind === 'period' || mention.kind === 'other') {
      results.push({ ...base(), verdict: 'unmatched', expected: null, source: null, area: null, measure: null, period: mention.kind === 'period' && mention.periodCue.kind === 'explicit' ? mention.periodCue.period : null, note: mention.kind === 'period' ? `a year: ${mention.reason}` : `not a MAPPA figure: ${mention.reason}` })
      continue
    }
    // No measure named: the figure before it in the sentence ("…, up from 103"), else the last count's measure.
    const before = results.length > 0 && mentions[results.length - 1].sentence === mention.sentence ? results[results.length - 1] : undefined
    const carried = before && (before.kind === 'count' || before.kind === 'rate') ? before.measure : undefined
    const measure = mention.measure ?? carried ?? lastCountMeasure ?? 'rso'
    if (mention.kind === 'count' && measure === 'rso_rate') mention.kind = 'rate'
    if (mention.kind === 'count') lastCountMeasure = measure
    const figureArea = mention.area ?? area
    const figurePeriod = mention.periodCue.kind === 'edition' ? period : resolvePeriod(mention, sentencePeriod)
    const expectation = expectationFor(book, mention, figureArea, measure, figurePeriod)
    const located = { area: figureArea, measure, period: figurePeriod }
    if (typeof expectation === 'string') {
      results.push({ ...base(), ...located, verdict: 'unmatched', expected: null, source: null, note: expectation })
      continue
    }
    const { expected, exact, source, describe } = expectation
    const isExact = mention.kind === 'percent' ? mention.value === roundPercent(exact) || mention.value === oneDecimal(exact) : mention.value === exact
    const verdict: Verdict = isExact && !describe.startsWith('it went') ? 'verified' : expectation.isRounding(mention.value) ? 'rounding' : 'mismatch'
    const cell = `${source.release}, ${source.sheet} ${source.cell}`
    const note =
      verdict === 'verified'
        ? `${describe}: ${cell}`
        : verdict === 'rounding'
          ? `rounded: the table says ${writtenAs(mention.kind, expected)} (${describe}; ${cell})`
          : `the table says ${writtenAs(mention.kind, expected)} (${describe}; ${cell})`
    results.push({ ...base(), ...located, verdict, expected, source, note })
  }
  flagRatesThatDisagreeWithCounts(book, mentions, results)
  return results
}

/** Sentences that refer back ("That is…", "It was…") keep the period before; the rest start from the edition. */
const REFERS_BACK = /^\s*(?:that|this|it|these|those|which|the\s+(?:figure|rate|number|total)|the\s+same)\b/i

/**
 * A sentence's own period: the first year it names that is not tied to one figure ("1,496 in 2019"),
 * "this year" for the edition, else the period before for a sentence that refers back, else the edition.
 */
function sentencePeriodOf(copy: string, mentions: Mention[], sentence: number, before: string, edition: string): string {
  const inSentence = mentions.filter((mention) => mention.sentence === sentence)
  const tied = new Set(inSentence.flatMap((mention) => (mention.kind !== 'period' && mention.periodCue.kind === 'explicit' && mention.periodCue.isAttached ? [mention.periodCue.period] : [])))
  const named = inSentence.find((mention) => mention.kind === 'period' && mention.periodCue.kind === 'explicit' && !tied.has(mention.periodCue.period))
  if (named && named.periodCue.kind === 'explicit') return named.periodCue.period
  if (inSentence.some((mention) => mention.periodCue.kind === 'edition')) return edition
  const first = inSentence[0]
  const start = copy.lastIndexOf('.', first.start) + 1
  return REFERS_BACK.test(copy.slice(start, first.start)) ? before : edition
}

/**
 * A count and a rate for the same area and year must agree through the area's population aged 10
 * and over (implied by any year with both published). 987 at a rate of 77 for Hertfordshire does not.
 */
function flagRatesThatDisagreeWithCounts(book: FigureBook, mentions: Mention[], results: CheckedFigure[]): void {
  results.forEach((rate, index) => {
    if (rate.kind !== 'rate' || !rate.area || !rate.period) return
    const countIndex = results.findIndex((count, other) => count.kind === 'count' && count.measure === 'rso' && count.area === rate.area && count.period === rate.period && mentions[other].sentence === mentions[index].sentence)
    if (countIndex < 0) return
    const count = results[countIndex]
    const periods = book.series(rate.area, 'rso_rate').map((figure) => figure.period)
    const population = areaPopulation((measure, period) => book.number(rate.area!, measure, period), rate.period, periods)
    const rateFromCount = ratePer100k(count.value, population)
    if (population === undefined || rateFromCount === undefined) return
    if (Math.abs(rateFromCount - rate.value) < 1) return
    const name = book.areaName(rate.area)
    const line = `${fmt(count.value)} at a rate of ${fmt(rate.value)} do not agree: at ${name}'s population aged 10 and over (about ${fmt(Math.round(population / 1000) * 1000)}), ${fmt(count.value)} is a rate of about ${fmt(Math.round(rateFromCount))}, and a rate of ${fmt(rate.value)} is about ${fmt(Math.round((rate.value * population) / 100_000))} people`
    for (const target of [count, rate]) target.note = `${target.note}; ${line}`
  })
}
