// Finds the leads in an edition across the 42 areas and England and Wales: records, streaks, turns,
// large moves, the rate ranking and the gap to the national rate, restatements, and the breaks and
// markers that stop a comparison. Pure: reads the figures handed in, never the store.

import { AppError } from '../../contract/errors'
import {
  figureKey,
  type Lead,
  type LeadFigure,
  type LeadKind,
  type LeadsResult,
  type RestatementCheck,
  type SourceCell
} from '../../contract/types'
import { regionOf } from '../../contract/areas'
import { findMeasureById, shortLabel } from '../../contract/measures'
import { periodEndYear } from '../../contract/periods'
import { change, percentChange } from '../derived'
import { formatFigure } from '../format'
import {
  ENGLAND_AND_WALES,
  indexFigures,
  isComparableStatus,
  previousPeriod,
  type FigureBook,
  type StoryData,
  type StoryFigure
} from './book'
import {
  joinSentences,
  largestSentence,
  rankMoveSentence,
  rankSentence,
  gapSentence,
  missingSentence,
  restatementSentence
} from './lead-sentences'
import { HEADLINE_CLAUSE_RULES, STREAK_RULES } from './rules'
import { headline, notPublished, streakSeries, compose, type StorySentence } from './sentences'
import { sentenceJson } from './views'
import { formatPercent, periodName, type StoryStyle } from './style'
import { trendOf, type Trend } from './trend'

/** A figure a later edition printed differently from an earlier one, with both cells. */
export interface RestatedFigure {
  area: string
  areaName: string
  measure: string
  period: string
  old: { value: number | null; source: SourceCell }
  new: { value: number | null; source: SourceCell }
  fromReleaseId: number
  toReleaseId: number
  /** The 31 March of the edition that restated it. */
  toEdition: string | null
  isConfirmed: boolean
}

export interface LeadsData extends StoryData {
  restatements: readonly RestatedFigure[]
}

export interface LeadsOptions {
  /** Only leads about these areas (slugs); every area and England and Wales where absent. */
  areas?: readonly string[]
}

/** The counts leads are found in: registered sex offenders first, then the other categories. */
export const LEAD_COUNT_MEASURES = ['rso', 'violent', 'other_dangerous'] as const
export const LEAD_MEASURES = [...LEAD_COUNT_MEASURES, 'rso_rate'] as const

/**
 * How much a finding on each measure counts: registered sex offenders are the story most desks run;
 * the other categories are smaller numbers that swing more, so the same move says less.
 */
const MEASURE_WEIGHT: Readonly<Record<string, number>> = { rso: 1, rso_rate: 1, violent: 0.8, other_dangerous: 0.7 }

/**
 * A move is a lead on its own from a tenth and ten people: smaller ones only when they are also a
 * record, a streak, a turn or the largest of the 42 (two to four other dangerous offenders is "up 100
 * per cent" and no story).
 */
const NOTABLE_PERCENT = 10
const NOTABLE_CHANGE = 10
/** An area this far from the England and Wales rate (a quarter above or below) is worth a line. */
const FAR_FROM_NATIONAL = 0.25
/** A move up or down the rate ranking of this many places or more. */
const NOTABLE_RANK_MOVE = 5
/** A restatement of more than a tenth is implausible until a reporter confirms it. */
export const IMPLAUSIBLE_RESTATEMENT = 0.1
/** All 42 areas must have a rate to rank them: a partial ranking would mislead. */
const AREAS_TO_RANK = 42

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))

/** The score's own scale: 0 to 100, whole numbers. */
function scoreOf(base: number, measure: string, area: string): number {
  const national = area === ENGLAND_AND_WALES ? 10 : 0
  return Math.round(clamp(base * (MEASURE_WEIGHT[measure] ?? 0.6) + national, 0, 100))
}

/** A lead's figures: those the sentences write, with where, then those they rest on without writing. */
function figuresOf(sentence: StorySentence): LeadFigure[] {
  const { figures: written, basis: restsOn } = sentenceJson(sentence)
  const keyOf = (figure: Omit<LeadFigure, 'value'>) =>
    `${figure.area}|${figure.measure}|${figure.period}|${figure.derived ?? ''}|${figure.source.release}|${figure.source.cell}`
  const seen = new Set(written.map(keyOf))
  const basis: LeadFigure[] = []
  for (const figure of restsOn) {
    if (seen.has(keyOf(figure))) continue
    seen.add(keyOf(figure))
    basis.push(figure)
  }
  return [...written, ...basis]
}

interface Draft {
  kind: LeadKind
  base: number
  area: string
  measure: string
  period: string
  why: string
  sentences: StorySentence[]
}

/** A draft on one series: its kind and points, why it is news, and what it says. */
function draftOf(
  at: Pick<Draft, 'area' | 'measure' | 'period'>,
  kind: LeadKind,
  base: number,
  why: string,
  sentences: StorySentence[]
): Draft {
  return { kind, base, ...at, why, sentences }
}

function toLead(book: FigureBook, draft: Draft): Lead {
  const sentence = joinSentences(draft.sentences)
  return {
    id: `${draft.kind}|${draft.area}|${draft.measure}|${draft.period}`,
    kind: draft.kind,
    score: scoreOf(draft.base, draft.measure, draft.area),
    area: draft.area,
    areaName: book.areaName(draft.area),
    region: regionOf(draft.area)?.name ?? null,
    measure: draft.measure,
    period: draft.period,
    text: sentence.text,
    why: draft.why,
    figures: figuresOf(sentence),
    sourceLine: ''
  }
}

/** The largest rise and fall among the 42 areas on one measure, in number and in per cent, each comparable with a year earlier. */
interface Largest {
  riseNumber?: string
  risePercent?: string
  fallNumber?: string
  fallPercent?: string
  /** Every area's comparable pair of figures: what "the largest of the 42 areas" rests on. */
  compared: StoryFigure[]
}

function largestMoves(trends: ReadonlyMap<string, Trend>): Largest {
  const largest: Largest = { compared: [] }
  let best = { riseNumber: 0, risePercent: 0, fallNumber: 0, fallPercent: 0 }
  const ties = { riseNumber: false, risePercent: false, fallNumber: false, fallPercent: false }
  for (const [area, trend] of trends) {
    if (!trend.previous) continue
    largest.compared.push(trend.previous, trend.current)
    const number = change(trend.value, trend.previous.value) ?? 0
    const percent = trend.percent ?? 0
    const candidates = [
      ['riseNumber', number],
      ['risePercent', percent],
      ['fallNumber', -number],
      ['fallPercent', -percent]
    ] as const
    for (const [key, size] of candidates) {
      if (size <= 0) continue
      if (size > best[key]) {
        best = { ...best, [key]: size }
        largest[key] = area
        ties[key] = false
      } else if (size === best[key]) ties[key] = true
    }
  }
  // A shared first place is not "the largest", and nor is a first place among fewer than the 42.
  for (const key of Object.keys(ties) as (keyof typeof ties)[])
    if (ties[key] || largest.compared.length < AREAS_TO_RANK * 2) delete largest[key]
  return largest
}

/** The lead a series earns for the edition, if any: the strongest of record, streak, turn and move, said together. */
function seriesLead(
  book: FigureBook,
  area: string,
  measure: string,
  period: string,
  style: StoryStyle,
  largest: Largest
): Draft | undefined {
  const lead = (kind: LeadKind, base: number, why: string, sentences: StorySentence[]) =>
    draftOf({ area, measure, period }, kind, base, why, sentences)
  const trend = trendOf(book, area, measure, period)
  if (!trend) {
    const figure = book.get(area, measure, period)
    if (figure) return lead('marker', 20, 'no figure to compare: the table marks it', [notPublished(book, figure, style)])
    const earlier = book.get(area, measure, previousPeriod(period))
    if (measure === 'rso' && earlier && earlier.value !== null)
      return lead('missing', 15, 'no figure for this year in the tables held', [missingSentence(book, area, measure, period, style)])
    return undefined
  }
  if (!trend.previous) {
    if (trend.blocked?.reason === 'break')
      return lead('series-break', 20, 'a series break stops the comparison', headline(book, trend, style, measure !== 'rso'))
    if (trend.blocked?.reason === 'marker')
      return lead('marker', 20, 'last year’s figure is marked, so no comparison', headline(book, trend, style, measure !== 'rso'))
    return undefined
  }
  const clause = HEADLINE_CLAUSE_RULES.find((rule) => rule.when(trend))
  const isTurn = clause?.id.startsWith('first-') ?? false
  const streak = isTurn ? undefined : STREAK_RULES.find((rule) => rule.when(trend))
  const size = Math.abs(trend.percent ?? 0)
  const isBigMove = size >= NOTABLE_PERCENT && Math.abs(change(trend.value, trend.previous.value) ?? 0) >= NOTABLE_CHANGE
  const direction = trend.direction
  const isLargestNumber = direction === 'up' ? largest.riseNumber === area : direction === 'down' ? largest.fallNumber === area : false
  const isLargestPercent = direction === 'up' ? largest.risePercent === area : direction === 'down' ? largest.fallPercent === area : false
  const isRecord = clause?.id === 'record-high' || clause?.id === 'record-low'
  const isNotable =
    isRecord || streak !== undefined || isTurn || isLargestNumber || isLargestPercent || isBigMove || area === ENGLAND_AND_WALES
  if (!isNotable || direction === undefined || direction === 'same') return undefined

  const sentences = headline(book, trend, style, measure !== 'rso')
  if (streak) sentences.push(compose(`streak:${streak.id}`, [streak.say(trend, style)], streakSeries(trend)))
  if (isLargestNumber || isLargestPercent)
    sentences.push(largestSentence(direction === 'up' ? 'rise' : 'fall', isLargestNumber, isLargestPercent, largest.compared))

  const years = periodEndYear(period) - periodEndYear(trend.run[0].period)
  const streakLength = trend.priorRun.length + 1
  // Points, in the order a news editor weighs them (docs/user-guide.md, "How leads are ranked").
  let base = Math.min(30, size * 1.5)
  const why: string[] = []
  if (isRecord) {
    base += 45 + Math.min(15, years)
    why.push(`the ${clause!.id === 'record-high' ? 'highest' : 'lowest'} in ${years + 1} years of figures`)
  } else if (isTurn) {
    base += 30 + Math.min(10, trend.priorRun.length * 2)
    why.push(`the first ${direction === 'up' ? 'rise' : 'fall'} after ${trend.priorRun.length} ${direction === 'up' ? 'falls' : 'rises'}`)
  } else if (clause) {
    base += 15
    why.push(
      clause.id === 'highest-since'
        ? `the highest since ${periodName(trend.highestSince!.period, style)}`
        : `the lowest since ${periodName(trend.lowestSince!.period, style)}`
    )
  }
  if (streak) {
    base += 20 + Math.min(15, (streakLength - 3) * 5)
    why.push(`${direction === 'up' ? 'up' : 'down'} ${streakLength} years in a row`)
  }
  if (isLargestNumber || isLargestPercent) {
    base += 20
    why.push(`the largest ${direction === 'up' ? 'rise' : 'fall'} of the 42 areas`)
  }
  if (why.length === 0) why.push(`${direction === 'up' ? 'up' : 'down'} ${formatPercent(size, style)}`)
  const kind: LeadKind = isRecord
    ? clause!.id === 'record-high'
      ? 'record-high'
      : 'record-low'
    : streak
      ? 'streak'
      : isTurn
        ? 'turn'
        : direction === 'down'
          ? 'fall'
          : 'rise'
  return lead(kind, base, why.join('; '), sentences)
}

/** Leads on the rate: the highest and lowest of the 42, big moves up or down the ranking, and areas far from the national rate. */
function rateLeads(book: FigureBook, area: string, period: string, style: StoryStyle): Draft[] {
  if (book.areaKind(area) !== 'area') return []
  const figure = book.get(area, 'rso_rate', period)
  const value = book.number(area, 'rso_rate', period)
  if (!figure || value === undefined) return []
  const drafts: Draft[] = []
  const add = (kind: LeadKind, base: number, why: string, sentence: StorySentence) =>
    drafts.push(draftOf({ area, measure: 'rso_rate', period }, kind, base, why, [sentence]))
  const highest = book.rank(area, 'rso_rate', period, 'highest')
  const lowest = book.rank(area, 'rso_rate', period, 'lowest')
  const across = book.across('rso_rate', period)
  if (highest && lowest && highest.of >= AREAS_TO_RANK) {
    if (highest.rank === 1 || lowest.rank === 1) {
      const order = highest.rank === 1 ? 'highest' : 'lowest'
      add(
        order === 'highest' ? 'rank-top' : 'rank-bottom',
        60,
        `the ${highest.isTied ? 'joint ' : ''}${order} rate of the 42 areas`,
        rankSentence(book, figure, order, highest.isTied, across, style)
      )
    }
    const before = previousPeriod(period)
    const earlier = book.rank(area, 'rso_rate', before, 'highest')
    const isBroken = book.breakBetween(area, 'rso_rate', before, period) !== undefined
    if (earlier && earlier.of >= AREAS_TO_RANK && !isBroken) {
      const places = earlier.rank - highest.rank
      if (Math.abs(places) >= NOTABLE_RANK_MOVE) {
        add(
          'rank-move',
          35 + Math.min(25, Math.abs(places) * 2),
          `${places > 0 ? 'up' : 'down'} ${Math.abs(places)} places in the rate ranking`,
          rankMoveSentence(
            book,
            figure,
            book.get(area, 'rso_rate', before)!,
            highest.rank,
            earlier.rank,
            [...across, ...book.across('rso_rate', before)],
            style
          )
        )
      }
    }
  }
  const national = book.get(ENGLAND_AND_WALES, 'rso_rate', period)
  const nationalValue = book.number(ENGLAND_AND_WALES, 'rso_rate', period)
  if (national && nationalValue) {
    const gap = value / nationalValue - 1
    if (Math.abs(gap) >= FAR_FROM_NATIONAL) {
      add(
        'gap',
        25 + Math.min(25, Math.abs(gap) * 40),
        `${Math.round(Math.abs(gap) * 100)} per cent ${gap > 0 ? 'above' : 'below'} the England and Wales rate`,
        gapSentence(book, figure, national, gap > 0 ? 'above' : 'below', style)
      )
    }
  }
  return drafts
}

/** How far a restatement moved the figure, in per cent of the old one; undefined where either is not a number. */
export function restatementPercent(restated: RestatedFigure): number | undefined {
  return percentChange(restated.new.value, restated.old.value)
}

export function isImplausible(restated: RestatedFigure): boolean {
  const percent = restatementPercent(restated)
  return percent !== undefined && Math.abs(percent) > IMPLAUSIBLE_RESTATEMENT * 100
}

/** The restatements to check: more than a tenth, with whether a reporter has confirmed each. */
export function restatementsToCheck(data: LeadsData, options: LeadsOptions = {}): RestatementCheck[] {
  const areas = options.areas ? new Set(options.areas) : undefined
  return data.restatements
    .filter((restated) => isImplausible(restated) && (!areas || areas.has(restated.area)))
    .map((restated) => {
      const percent = restatementPercent(restated)!
      const { old, new: now } = restated
      return {
        area: restated.area,
        areaName: restated.areaName,
        measure: restated.measure,
        period: restated.period,
        old: { value: old.value!, source: old.source },
        new: { value: now.value!, source: now.source },
        percent: Math.round(percent * 10) / 10,
        fromReleaseId: restated.fromReleaseId,
        toReleaseId: restated.toReleaseId,
        isConfirmed: restated.isConfirmed,
        text: `${restated.areaName}, ${shortLabel(findMeasureById(restated.measure)?.label ?? restated.measure)}, ${restated.period}: ${fmt(old.value!)} in ${old.source.release} (${old.source.sheet} ${old.source.cell}), ${fmt(now.value!)} in ${now.source.release} (${now.source.sheet} ${now.source.cell}), ${percent > 0 ? 'up' : 'down'} ${fmt(Math.round(Math.abs(percent)))} per cent${restated.isConfirmed ? ': confirmed' : ': check it before using it'}`
      }
    })
}

const fmt = (value: number) => formatFigure(value, 1)

/** Restatements worth a line: a figure the edition restated, plausible or confirmed, still the current figure. */
function restatementLeads(book: FigureBook, data: LeadsData, period: string, style: StoryStyle, areas: ReadonlySet<string>): Draft[] {
  const drafts: Draft[] = []
  for (const restated of data.restatements) {
    if (restated.toEdition !== period || !areas.has(restated.area) || !(LEAD_MEASURES as readonly string[]).includes(restated.measure))
      continue
    if (isImplausible(restated) && !restated.isConfirmed) continue
    const current = book.get(restated.area, restated.measure, restated.period)
    const percent = restatementPercent(restated)
    if (
      !current ||
      current.value === null ||
      !isComparableStatus(current.status) ||
      current.value !== restated.new.value ||
      percent === undefined ||
      percent === 0
    )
      continue
    drafts.push(
      draftOf(
        { area: restated.area, measure: restated.measure, period: restated.period },
        'restatement',
        25 + Math.min(25, Math.abs(percent) * 2),
        `the ${restated.period} figure revised ${percent > 0 ? 'up' : 'down'} ${fmt(Math.round(Math.abs(percent) * 10) / 10)} per cent${restated.isConfirmed ? ' (confirmed)' : ''}`,
        [
          restatementSentence(
            book,
            current,
            percent > 0 ? 'up' : 'down',
            { value: restated.old.value!, source: restated.old.source },
            style
          )
        ]
      )
    )
  }
  return drafts
}

/** The newest edition with registered sex offender figures, the one leads are found for by default. */
export function latestEdition(data: StoryData): string | undefined {
  let latest: string | undefined
  for (const figure of data.figures) if (figure.measure === 'rso' && (!latest || figure.period > latest)) latest = figure.period
  return latest
}

/** Every edition with registered sex offender figures, oldest first. */
export function editionsOf(data: StoryData): string[] {
  return [...new Set(data.figures.filter((figure) => figure.measure === 'rso').map((figure) => figure.period))].sort()
}

/** Every lead for the edition, highest score first (ties: England and Wales, then areas in MoJ order). */
export function findLeads(data: LeadsData, period: string, style: StoryStyle, options: LeadsOptions = {}): Lead[] {
  const book = indexFigures(data)
  const all = [
    ...new Set(
      data.figures.filter((figure) => figure.areaKind === 'area' || figure.area === ENGLAND_AND_WALES).map((figure) => figure.area)
    )
  ]
  const wanted = new Set(options.areas ?? all)
  const drafts: Draft[] = []
  for (const measure of LEAD_COUNT_MEASURES) {
    const trends = new Map<string, Trend>()
    for (const area of all) {
      if (book.areaKind(area) !== 'area') continue
      const trend = trendOf(book, area, measure, period)
      if (trend) trends.set(area, trend)
    }
    const largest = largestMoves(trends)
    for (const area of all) {
      if (!wanted.has(area)) continue
      const draft = seriesLead(book, area, measure, period, style, largest)
      if (draft) drafts.push(draft)
    }
  }
  for (const area of all) if (wanted.has(area)) drafts.push(...rateLeads(book, area, period, style))
  drafts.push(...restatementLeads(book, data, period, style, wanted))

  const checking = new Set(
    data.restatements
      .filter((restated) => isImplausible(restated) && !restated.isConfirmed)
      .map((restated) => figureKey(restated.area, restated.measure, restated.period))
  )
  const order = new Map(all.map((area, index) => [area, area === ENGLAND_AND_WALES ? -1 : index]))
  return drafts
    .map((draft) => {
      const lead = toLead(book, draft)
      const doubtful = lead.figures.find((figure) => checking.has(figureKey(figure.area, figure.measure, figure.period)))
      if (!doubtful) return lead
      // A lead resting on a restatement still to be checked stays listed, lower, with the reason.
      return {
        ...lead,
        score: Math.round(lead.score / 2),
        caution: `Rests on the ${doubtful.period} figure for ${book.areaName(doubtful.area)}, restated by more than a tenth: check it first`
      }
    })
    .sort((a, b) => b.score - a.score || (order.get(a.area) ?? 0) - (order.get(b.area) ?? 0) || a.id.localeCompare(b.id))
}

/**
 * The leads for an edition (the newest where none is named) and the restatements to check, as the
 * CLI and the window show them; `sourceLine` names the editions a lead's figures come from.
 */
export function leadsResult(
  data: LeadsData,
  style: StoryStyle,
  request: { period?: string; areas?: readonly string[] } = {},
  sourceLine: (releases: string[]) => string = () => ''
): LeadsResult {
  const periods = editionsOf(data)
  const period = request.period ?? periods.at(-1) ?? null
  const options = request.areas && request.areas.length > 0 ? { areas: request.areas } : {}
  if (period === null) return { period, periods, style, leads: [], restatementsToCheck: [] }
  if (!periods.includes(period))
    throw new AppError('not_found', `No registered sex offender figures for ${period}: the editions held are ${periods.join(', ')}`)
  // Most leads rest on the same one or two editions: each set of editions is named once.
  const lines = new Map<string, string>()
  const lineFor = (releases: string[]) => {
    const unique = [...new Set(releases)].sort()
    const key = unique.join('\u0000')
    if (!lines.has(key)) lines.set(key, sourceLine(unique))
    return lines.get(key)!
  }
  const leads = findLeads(data, period, style, options).map((lead) => ({
    ...lead,
    sourceLine: lineFor(lead.figures.map((figure) => figure.source.release))
  }))
  return { period, periods, style, leads, restatementsToCheck: restatementsToCheck(data, options) }
}
