// "Check my copy": every figure in a draft read as (measure, area, year), looked up across the
// store's editions, derived where the copy derives it (changes, shares, one in N, ranks), and given a
// verdict with its explanation. The story's area and edition are inferred (the reading in which most
// figures hold) unless given. Pure: a function of the text, the figures and the hints, so it can run in a worker.

import { AREAS, slugify } from '../../contract/areas'
import { findMeasureById, levelMeasureId, MAPPA_CATEGORIES } from '../../contract/measures'
import { periodKeyForStartYear } from '../../contract/periods'
import type { SourceCell, Verdict } from '../../contract/types'
import { areaPopulation, ratePer100k } from '../derived'
import { ENGLAND_AND_WALES, indexFigures, type FigureBook, type StoryData, type StoryFigure } from './book'
import { extractMentions, type Mention, type TimeRef } from './extract'
import { findPlaces } from './places'

export { areasNamed } from './places'
export type { Verdict }

export interface CheckedFigure {
  /** As written in the copy. */
  text: string
  /** The number as written: 1,684 → 1684; "81 per cent" → 81. */
  value: number
  verdict: Verdict
  /** The figure the copy should say (derived figures to one decimal place), null where there is none. */
  expected: number | null
  /** The cell the expected figure comes from (for a derived figure, the latest of its cells). */
  source: SourceCell | null
  start: number
  end: number
  kind: Mention['kind']
  area: string | null
  measure: string | null
  period: string | null
  /** The edition the figure was read against: its label. */
  edition: string | null
  /** For the reporter: what the figure was read as, the store's value and cell, the arithmetic, or why not. */
  note: string
}

export interface CopyCheck {
  /** The story's own area: given, or the area the copy names most. */
  area: string | null
  /** Every area a figure was checked against, the story's own first. */
  areas: string[]
  isAreaInferred: boolean
  /** The edition the copy was read against: the year "this year" means, and the report's label. */
  edition: { period: string; label: string | null } | null
  isEditionInferred: boolean
  figures: CheckedFigure[]
}

export interface CheckHints {
  area?: string
  period?: string
}

const MEASURE_NAMES: Record<string, string> = {
  rso: 'registered sex offenders',
  violent: 'violent offenders',
  other_dangerous: 'other dangerous offenders',
  terrorism: 'terrorism offenders',
  total: 'MAPPA offenders in total',
  rso_rate: 'rate of registered sex offenders per 100,000 people aged 10 and over'
}
/** How many figures the edition is inferred from: more than any story holds, few enough to read each year's quickly. */
const INFERENCE_SAMPLE = 300
const COUNT_MEASURES = ['total', ...MAPPA_CATEGORIES] as const

// One formatter per precision: toLocaleString builds a new one on every call.
const FORMATS = [0, 1, 2].map((decimals) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals }))
const fmt = (value: number, decimals = 1) => FORMATS[decimals].format(value)
const shift = (period: string, back: number) => (back === 0 ? period : periodKeyForStartYear(Number(period.slice(0, 4)) - back))
const periodOf = (time: TimeRef, edition: string) => shift(time.period ?? edition, time.back)
const cellOf = (source: SourceCell) => `${source.file}, ${source.sheet} ${source.cell}`

/** The largest round step a written number is a multiple of: 4,100 → 100; 1,850 → 50; 1,867 → 1. */
function roundingStep(written: number): number {
  let step = 1
  for (const candidate of [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 50000, 100000])
    if (candidate <= written && written % candidate === 0) step = candidate
  return step
}

type Closeness = 'exact' | 'honest' | 'rounded' | 'no'

/**
 * A written count against the table's: exact; an honest rounding the words own up to ("more than
 * 4,100" for 4,132, "nearly 3,500" for 3,480); a plain round number within half its step ("1,900"
 * for 1,867); or not.
 */
function compareCount(written: number, expected: number, rounding: Mention['rounding'], tolerance = 0): Closeness {
  if (Math.abs(written - expected) <= tolerance) return 'exact'
  const step = roundingStep(written)
  if (rounding === 'over') return expected > written && expected - written < Math.max(step, written * 0.1) ? 'honest' : 'no'
  if (rounding === 'under') return expected < written && written - expected <= Math.max(step, written * 0.1) ? 'honest' : 'no'
  if (rounding === 'about') return Math.abs(written - expected) <= Math.max(step / 2, written * 0.05) ? 'honest' : 'no'
  // Rounded to the nearest step, or cut down to it ("66,000" for 66,741): the figure, not another.
  if (step >= 10 && step <= expected / 5 && (Math.abs(written - expected) <= step / 2 || (written < expected && expected - written < step)))
    return 'rounded'
  return 'no'
}

/** A printed percentage against the exact one, at the precision printed: 11 for 10.87 is right, 10 is rounding down, 12 is wrong. */
function comparePercent(written: number, decimals: number, exact: number, rounding: Mention['rounding']): Closeness {
  const factor = 10 ** decimals
  if (Math.round(exact * factor) / factor === written) return 'exact'
  if (rounding === 'over') return exact > written && exact - written < Math.max(1, roundingStep(written)) ? 'honest' : 'no'
  if (rounding === 'under') return exact < written && written - exact <= Math.max(1, written * 0.05) ? 'honest' : 'no'
  if (rounding === 'about') return Math.abs(exact - written) <= Math.max(1, roundingStep(written) / 2) ? 'honest' : 'no'
  if (decimals === 0 && Math.floor(exact) === written) return 'rounded'
  return 'no'
}

interface Reading {
  verdict: Verdict
  expected: number | null
  source: SourceCell | null
  measure: string | null
  area: string | null
  period: string | null
  note: string
}

interface Context {
  book: FigureBook
  edition: string
  editionLabel: (period: string) => string | null
  area: string | null
  /** Figures by value, every edition's, for "this is the figure for another area". */
  byValue: Map<number, StoryFigure[]>
}

/** Checks every number in `copy`: the story's area and edition from the hints, else inferred from the copy. */
export function checkStory(copy: string, data: StoryData, hints: CheckHints = {}): CopyCheck {
  const book = indexFigures(data)
  const mentions = extractMentions(copy)
  const byValue = new Map<number, StoryFigure[]>()
  for (const figure of [...data.figures, ...(data.history ?? [])]) {
    if (figure.value === null) continue
    const same = byValue.get(figure.value)
    if (same) same.push(figure)
    else byValue.set(figure.value, [figure])
  }
  const labels = new Map((data.releases ?? []).map((release) => [release.period, release.label]))
  const editionLabel = (period: string) => labels.get(period) ?? null
  const area = hints.area ?? inferArea(copy, mentions, byValue)
  const context = (edition: string): Context => ({ book, edition, editionLabel, area: area ?? null, byValue })
  let edition = hints.period
  if (!edition) {
    const candidates = editionCandidates(data, area)
    let best = -1
    // The first few hundred figures settle the edition; a long draft is not read once per year.
    const sample = mentions.filter((mention) => mention.kind !== 'period' && mention.kind !== 'other').slice(0, INFERENCE_SAMPLE)
    for (const candidate of candidates) {
      // Most figures holding first; then most figures the store has at all (a lone wrong figure is
      // read against the newest edition that has it, not one that has nothing to say).
      const results = checkAll(sample, context(candidate))
      const holding = results.filter(
        (result) => result.verdict === 'verified' || result.verdict === 'rounding' || result.verdict === 'revised'
      ).length
      const found = results.filter((result) => result.expected !== null).length
      const score = holding * (INFERENCE_SAMPLE + 1) + found
      if (score > best) [best, edition] = [score, candidate]
    }
  }
  if (!edition)
    return {
      area: area ?? null,
      areas: area ? [area] : [],
      isAreaInferred: !hints.area,
      edition: null,
      isEditionInferred: true,
      figures: mentions.map((mention) => notChecked(mention, 'the store has no figures to check against'))
    }
  const figures = checkAll(mentions, context(edition))
  const areas = [
    ...new Set([
      ...(area ? [area] : []),
      ...figures.flatMap((figure) => (figure.area && figure.verdict !== 'not-checked' ? [figure.area] : []))
    ])
  ]
  return {
    area: area ?? null,
    areas,
    isAreaInferred: !hints.area,
    edition: { period: edition, label: editionLabel(edition) },
    isEditionInferred: !hints.period,
    figures
  }
}

/** Checks every number in `copy` against the figures for `area` at the edition `period`. */
export function checkCopy(copy: string, data: StoryData, area: string, period: string): CheckedFigure[] {
  return checkStory(copy, data, { area, period }).figures
}

/** The MAPPA areas, which a story is about; not the Wales row, which the copy may name beside them. */
const MAPPA_AREAS = new Set(AREAS.filter((area) => area.kind === 'area').map((area) => slugify(area.name)))

/** The area the copy names most (first named on a tie); else the area most of its figures belong to. */
function inferArea(copy: string, mentions: Mention[], byValue: Map<number, StoryFigure[]>): string | undefined {
  const named = new Map<string, number>()
  for (const place of findPlaces(copy))
    if (place.kind === 'area' && MAPPA_AREAS.has(place.slug)) named.set(place.slug, (named.get(place.slug) ?? 0) + 1)
  if (named.size > 0) return [...named].sort((a, b) => b[1] - a[1])[0][0]
  const tally = new Map<string, number>()
  for (const mention of mentions) {
    if (mention.kind !== 'count' && mention.kind !== 'rate') continue
    const areas = new Set((byValue.get(mention.value) ?? []).filter((figure) => figure.areaKind === 'area').map((figure) => figure.area))
    for (const slug of areas) tally.set(slug, (tally.get(slug) ?? 0) + 1)
  }
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/** The years a story could be written about: every year the story's area (or England and Wales) has figures for, newest first. */
function editionCandidates(data: StoryData, area: string | undefined): string[] {
  const periods = new Set<string>()
  for (const figure of data.figures)
    if (figure.area === (area ?? ENGLAND_AND_WALES) || (!area && figure.areaKind === 'area')) periods.add(figure.period)
  for (const release of data.releases ?? []) periods.add(release.period)
  return [...periods].sort().reverse()
}

function notChecked(mention: Mention, reason: string): CheckedFigure {
  const period = mention.kind === 'period' ? (mention.time.period ?? null) : null
  return {
    text: mention.text,
    value: mention.value,
    verdict: 'not-checked',
    expected: null,
    source: null,
    start: mention.start,
    end: mention.end,
    kind: mention.kind,
    area: null,
    measure: null,
    period,
    edition: null,
    note: reason
  }
}

function checkAll(mentions: Mention[], context: Context): CheckedFigure[] {
  const rows = alignRows(mentions, context)
  const results = mentions.map((mention) => {
    const reading = rows.get(mention) ?? read(mention, context)
    if (typeof reading === 'string') return notChecked(mention, reading)
    return {
      text: mention.text,
      value: mention.value,
      start: mention.start,
      end: mention.end,
      kind: mention.kind,
      edition: context.editionLabel(context.edition) ?? context.edition,
      ...reading
    }
  })
  flagRatesThatDisagreeWithCounts(context.book, mentions, results)
  return results
}

/** Where a figure is: its own area, England and Wales, the story's area; or why it cannot be checked. */
function areaOf(mention: Mention, context: Context): string {
  if (mention.place?.kind === 'region') return `region:${mention.place.slug}`
  return mention.place?.slug ?? context.area ?? ''
}

/**
 * Reads one mention: a not-checked reason (string), or a verdict with its explanation. Words
 * pointing back ("the county", "the force area") are read as the area just named; where the figure
 * is wrong there but right for the story's own area, they meant the story's area.
 */
function read(mention: Mention, context: Context): Reading | string {
  const reading = readAt(mention, context)
  const home = context.area
  const isWrong = typeof reading !== 'string' && (reading.verdict === 'mismatch' || reading.verdict === 'unmatched')
  if (!mention.isBackReference || !isWrong || !home || reading.area === home) return reading
  const there = readAt({ ...mention, place: undefined }, context)
  if (typeof there === 'string' || (there.verdict !== 'verified' && there.verdict !== 'rounding')) return reading
  return {
    ...there,
    note: `${there.note.replace(/\.$/, '')} (the words pointing back read as the story's area, ${context.book.areaName(home)}).`
  }
}

function readAt(mention: Mention, context: Context): Reading | string {
  if (mention.kind === 'period') return mention.reason ?? 'a year'
  if (mention.kind === 'other' && mention.measure) return readTableCount(mention, context, mention.measure)
  if (mention.kind === 'other') return `not a MAPPA figure: ${mention.reason ?? 'nothing says what it counts'}`
  if (mention.reason) return `not checked: ${mention.reason}`
  const measure = mention.measure
  if (!measure) return 'not checked: nothing in the copy says what it counts'
  const area = areaOf(mention, context)
  const period = periodOf(mention.time, context.edition)
  const located = { measure, area: area.startsWith('region:') ? null : area || null, period }
  if (area.startsWith('region:'))
    return unmatched(
      located,
      `${area.slice(7)} is a region, not a MAPPA area: the tables have no figure for it, and the checker does not guess which areas are meant`
    )
  if (!area) return unmatched(located, "the copy does not say which area: choose the story's area")
  const name = context.book.areaName(area)
  const readAs = `Read as ${MEASURE_NAMES[measure] ?? measure}, ${name}, ${period}`
  switch (mention.kind) {
    case 'count':
    case 'rate':
      return readFigure(mention, context, measure, area, period, readAs)
    case 'oneInN':
      return readOneInN(mention, context, area, period)
    case 'percent':
    case 'change':
    case 'ratio': {
      const isChange = !mention.isAgainstNational && !mention.shareOf && !mention.ratio?.against
      const read = (each: string) => readDerived(mention, context, each, area, period)
      return isChange ? readCountOrRate(mention, measure, read) : read(measure)
    }
    case 'rank':
      return readCountOrRate(mention, measure, (each) => readRank(mention, context, each, area, period))
  }
}

/** The count and the rate of registered sex offenders: "the figure" after either may mean the other. */
const COUNT_AND_RATE: Readonly<Record<string, string>> = { rso: 'rso_rate', rso_rate: 'rso' }

/**
 * A change or a rank whose subject only the figures before it give ("That is 114 per 100,000 … The
 * figure has risen by 25 per cent"; "The county ranks 15th of the 42 areas"; "1,409 offenders – a rate
 * of 57 – up by one on 2021"): read against what they counted, and where that is wrong but the
 * area's count (or rate) holds exactly, that is what the copy means, and the note says so.
 */
function readCountOrRate(mention: Mention, measure: string, read: (measure: string) => Reading): Reading {
  const reading = read(measure)
  const other = COUNT_AND_RATE[measure]
  if (reading.verdict !== 'mismatch' || (mention.measureFrom !== 'carried' && mention.measureFrom !== 'sentence') || !other) return reading
  const alternative = read(other)
  // A guess must fit exactly: a change of one in a rate that did not move is the rounding's slack, not the copy's meaning.
  if (alternative.verdict !== 'verified' || (mention.kind === 'change' && alternative.expected !== mention.value)) return reading
  return { ...alternative, note: `${alternative.note.replace(/\.$/, '')} (the copy does not say whether the count or the rate).` }
}

/** A catalogue label as the middle of a sentence writes it: "registered sexual offenders …", "Sexual Harm Prevention Orders imposed". */
const labelOf = (measure: string) => {
  const label = findMeasureById(measure)?.label ?? measure
  return /^[A-Z][a-z]+ [a-z(]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label
}

/**
 * The figures a count of another kind may be, each a list of measures added up: its own measure; for
 * offenders at levels, the category's (at 31 March, then during the year, as the tables of the year
 * give them), then all offenders'.
 */
function tableCountReadings(mention: Mention, measure: string): string[][] {
  if (!mention.levels) return [[measure]]
  const { levels, category } = mention.levels
  const categories = category === undefined || category === null ? [undefined] : [category, undefined]
  return categories.flatMap((each) => [false, true].map((isDuringYear) => levels.map((level) => levelMeasureId(level, each, isDuringYear))))
}

/**
 * Another count the tables hold (breaches, returns to custody, orders, serious further offences,
 * offenders at each level): verified where a figure the words may mean is the one printed; a mismatch
 * where the copy uses the table's own words; otherwise not checked, with the store's figure, since
 * the words that name these counts are looser than the tables' (a breach of licence is not one of
 * notification; "at level 2" may be at 31 March or during the year).
 */
function readTableCount(mention: Mention, context: Context, measure: string): Reading | string {
  const { book } = context
  const area = areaOf(mention, context)
  if (!area || area.startsWith('region:')) return `not checked: ${mention.reason ?? 'another count'}`
  const period = periodOf(mention.time, context.edition)
  const held = tableCountReadings(mention, measure).flatMap((measures) => {
    const figures = measures.map((each) => ({ figure: book.get(area, each, period), value: book.number(area, each, period) }))
    if (figures.some(({ value }) => value === undefined)) return []
    const value = figures.reduce((sum, each) => sum + each.value!, 0)
    const name = `${measures.map(labelOf).join(' plus ')}, ${book.areaName(area)}, ${period}`
    return [
      { measure: measures[0], value, source: figures[0].figure!.source, name, cells: figures.map(({ figure }) => cellOf(figure!.source)) }
    ]
  })
  const found = held.find((each) => each.value === mention.value)
  if (found)
    return {
      measure: found.measure,
      area,
      period,
      verdict: 'verified',
      expected: found.value,
      source: found.source,
      note: `Read as ${found.name}: the table says ${fmt(found.value, 0)} (${found.cells.join('; ')}).`
    }
  if (held.length > 0 && mention.isTableWording)
    return {
      measure: held[0].measure,
      area,
      period,
      verdict: 'mismatch',
      expected: held[0].value,
      source: held[0].source,
      note: `Read as ${held[0].name} (the copy uses the table's own words): the table says ${fmt(held[0].value, 0)} (${held[0].cells.join('; ')}).`
    }
  if (held.length > 0)
    return `not checked: Read as ${held[0].name}, where the table says ${fmt(held[0].value, 0)} (${held[0].cells.join('; ')}); the copy's words may mean another count`
  return `not a MAPPA figure the store holds: ${mention.reason ?? 'another count'}`
}

function figureOf(
  book: FigureBook,
  area: string,
  measure: string,
  period: string
): { value: number; source: SourceCell; isSum?: boolean } | undefined {
  if (measure === 'total') {
    const total = book.total(area, period)
    return total ? { value: total.value, source: total.figures[0].source, isSum: total.isSum } : undefined
  }
  const figure = book.get(area, measure, period)
  const value = book.number(area, measure, period)
  return figure && value !== undefined ? { value, source: figure.source } : undefined
}

function readFigure(mention: Mention, context: Context, measure: string, area: string, period: string, readAs: string): Reading {
  const { book } = context
  const located = { measure, area, period }
  const figure = figureOf(book, area, measure, period)
  const isRate = measure === 'rso_rate'
  const tolerance = isRate ? 0.5 : 0
  const writtenAs = (value: number) => (isRate ? `a rate of ${fmt(value)}` : fmt(value, 0))
  /** The reading against a figure the table holds: this one, or the one the mention is read as instead (`at`). */
  const against = (cell: { value: number; source: SourceCell }, verdict: Verdict, note: string, at = located): Reading => ({
    ...at,
    verdict,
    expected: cell.value,
    source: cell.source,
    note
  })
  if (figure) {
    const closeness = compareCount(mention.value, figure.value, mention.rounding, tolerance)
    const said = `the table says ${writtenAs(figure.value)}${figure.isSum ? ' (the categories added up)' : ''} (${cellOf(figure.source)})`
    if (closeness === 'exact') return against(figure, 'verified', `${readAs}: ${said}.`)
    if (closeness === 'honest') return against(figure, 'verified', `${readAs}: ${said}; "${mention.text}" rounds it honestly.`)
    if (closeness === 'rounded')
      return against(figure, 'rounding', `${readAs}: ${said}; ${fmt(mention.value)} is it rounded, without a word such as "about".`)
  }
  // "Last year" in a story written after March can be the year to March itself.
  if (mention.time.isLoose && mention.time.back > 0) {
    const later = shift(period, -1)
    const nearer = figureOf(book, area, measure, later)
    if (nearer && compareCount(mention.value, nearer.value, mention.rounding, tolerance) !== 'no') {
      return against(
        nearer,
        'verified',
        `Read as ${MEASURE_NAMES[measure] ?? measure}, ${book.areaName(area)}, ${later} ("last year" taken as the year to March ${Number(later.slice(0, 4)) + 1}): the table says ${writtenAs(nearer.value)} (${cellOf(nearer.source)}).`,
        { ...located, period: later }
      )
    }
  }
  // An older edition that printed this and was restated later.
  const older = book
    .earlier(area, measure, period)
    .find((earlier) => earlier.value !== null && compareCount(mention.value, earlier.value, mention.rounding, tolerance) !== 'no')
  if (older && figure) {
    return against(
      figure,
      'revised',
      `${readAs}: ${older.source.release} printed ${writtenAs(older.value!)} (${cellOf(older.source)}); ${figure.source.release} restated it as ${writtenAs(figure.value)} (${cellOf(figure.source)}).`
    )
  }
  // No place in the sentence: the story's own area or England and Wales may be what is meant
  // ("Nationally there were 66,741. That is a rate of 126 per 100,000.").
  // (Words pointing back, "the county", are read again as the story's area in read().)
  if ((mention.placeFrom === 'carried' || mention.placeFrom === 'assumed') && !mention.isBackReference) {
    for (const other of [context.area, ENGLAND_AND_WALES]) {
      if (!other || other === area) continue
      const there = figureOf(book, other, measure, period)
      if (there && compareCount(mention.value, there.value, mention.rounding, tolerance) === 'exact') {
        return against(
          there,
          'verified',
          `Read as ${MEASURE_NAMES[measure] ?? measure}, ${book.areaName(other)}, ${period} (the sentence names no place; it holds there): the table says ${writtenAs(there.value)} (${cellOf(there.source)}).`,
          { ...located, area: other }
        )
      }
    }
  }
  // A carried or vague subject: another count of the same area and year may be what is meant; a
  // bare number after a rate ("The number was up slightly from 1,860") may be the count, and one
  // after a count ("Bedfordshire: 1,831 (112)" under "the number … and the rate") the rate. Only exactly.
  if (mention.measureFrom === 'carried' || mention.measureFrom === 'sentence') {
    const alternatives = isRate
      ? [COUNT_AND_RATE[measure]]
      : [...COUNT_MEASURES, ...(COUNT_AND_RATE[measure] ? [COUNT_AND_RATE[measure]] : [])]
    for (const alternative of alternatives) {
      if (alternative === measure) continue
      const other = figureOf(book, area, alternative, period)
      if (other && other.value === mention.value)
        return against(
          other,
          'verified',
          `Read as ${MEASURE_NAMES[alternative]}, ${book.areaName(area)}, ${period} (the copy does not name ${alternative === 'rso_rate' ? 'the rate' : 'the count'}): the table says ${alternative === 'rso_rate' ? `a rate of ${fmt(other.value)}` : fmt(other.value, 0)} (${cellOf(other.source)}).`,
          { ...located, measure: alternative }
        )
    }
  }
  // A bare number after a rate that only the count comes near ("up from 1,850", the count 1,860, the rate 101) is a wrong count.
  if (isRate && (mention.measureFrom === 'carried' || mention.measureFrom === 'sentence')) {
    const count = figureOf(book, area, COUNT_AND_RATE[measure], period)
    const isNear = (value: number) => mention.value >= value / 2 && mention.value <= value * 2
    if (count && isNear(count.value) && !(figure && isNear(figure.value))) {
      const other = COUNT_AND_RATE[measure]
      return readFigure(
        { ...mention, kind: 'count', measureFrom: 'clause' },
        context,
        other,
        area,
        period,
        `Read as ${MEASURE_NAMES[other]}, ${book.areaName(area)}, ${period}`
      )
    }
  }
  const elsewhere = whatItMatches(mention, context, measure, area, period)
  if (!figure) {
    return unmatched(located, `${readAs}: the store has no such figure${elsewhere ? `; ${elsewhere}` : ''}.`)
  }
  // Far from the figure, with nothing but carried words to say what it counts: probably something else.
  const isWeak = mention.measureFrom === 'carried'
  if (isWeak && !elsewhere && (mention.value < figure.value / 2 || mention.value > figure.value * 2)) {
    return against(
      figure,
      'unmatched',
      `${readAs} from the words before it, but ${fmt(mention.value)} is far from the table's ${writtenAs(figure.value)} (${cellOf(figure.source)}): it probably counts something else.`
    )
  }
  return against(
    figure,
    'mismatch',
    `${readAs}: the table says ${writtenAs(figure.value)} (${cellOf(figure.source)})${elsewhere ? `; ${fmt(mention.value)} ${elsewhere}` : ''}.`
  )
}

/** What else in the store a wrong figure is: another area's, another year's, another count's. */
function whatItMatches(mention: Mention, context: Context, measure: string, area: string, period: string): string | undefined {
  const candidates = (context.byValue.get(mention.value) ?? []).filter(
    (figure) => !(figure.area === area && figure.measure === measure && figure.period === period)
  )
  if (candidates.length === 0) return undefined
  const score = (figure: StoryFigure) =>
    (figure.measure === measure ? 0 : 2) + (figure.area === area ? 0 : 1) + (figure.period === period ? 0 : 1)
  const best = [...candidates].sort((a, b) => score(a) - score(b))[0]
  if (score(best) > 2) return undefined
  const what = `${MEASURE_NAMES[best.measure] ?? best.measure}, ${best.areaName}, ${best.period}`
  const which =
    best.area !== area ? 'the figure for another area' : best.period !== period ? 'the figure for another year' : 'another count'
  return `is ${which} (${what}: ${cellOf(best.source)})`
}

function readOneInN(mention: Mention, context: Context, area: string, period: string): Reading {
  const located = { measure: 'rso_rate', area, period }
  const figure = figureOf(context.book, area, 'rso_rate', period)
  if (!figure || figure.value <= 0)
    return unmatched(located, `Read as one in N from the rate, ${context.book.areaName(area)}, ${period}: the store has no rate for it.`)
  const exact = 100_000 / figure.value
  const arithmetic = `100,000 ÷ ${fmt(figure.value)} = ${fmt(exact)} (${cellOf(figure.source)})`
  const within = Math.abs(mention.value - exact) <= exact * 0.01
  const honest = mention.rounding && compareCount(mention.value, Math.round(exact), mention.rounding) !== 'no'
  const readAs = `Read as one in N from the rate, ${context.book.areaName(area)}, ${period}`
  if (within || honest)
    return {
      ...located,
      verdict: 'verified',
      expected: Math.round(exact),
      source: figure.source,
      note: `${readAs}: ${arithmetic}; within 1 per cent.`
    }
  return {
    ...located,
    verdict: 'mismatch',
    expected: Math.round(exact),
    source: figure.source,
    note: `${readAs}: ${arithmetic}, not ${fmt(mention.value)}.`
  }
}

/** Changes, percentages and ratios, worked out again from the two figures the copy names. */
function readDerived(mention: Mention, context: Context, measure: string, area: string, period: string): Reading {
  const { book } = context
  const name = book.areaName(area)
  const located = { measure, area, period }
  const current = figureOf(book, area, measure, period)
  if (mention.kind === 'percent' && mention.shareOf === 'population') {
    const rate = figureOf(book, area, 'rso_rate', period)
    const readAs = `Read as the share of ${name}'s people aged 10 and over on the register, ${period}`
    if (!rate) return unmatched({ ...located, measure: 'rso_rate' }, `${readAs}: the store has no rate for it.`)
    const exact = rate.value / 1000
    return derivedVerdict(
      comparePercent(mention.value, mention.decimals, exact, mention.rounding),
      { ...located, measure: 'rso_rate' },
      Math.round(exact * 1000) / 1000,
      rate.source,
      `${readAs}: a rate of ${fmt(rate.value)} per 100,000 is ${fmt(exact, 2)} per cent (${cellOf(rate.source)})`
    )
  }
  if (mention.kind === 'change' && mention.isAgainstNational && area !== ENGLAND_AND_WALES) {
    // "21 below the rate of 129 across England and Wales": the gap in the figure's own units.
    const national = figureOf(book, ENGLAND_AND_WALES, measure, period)
    const readAs = `Read as the gap between ${name}'s ${MEASURE_NAMES[measure] ?? measure} and England and Wales's, ${period}`
    if (!current || !national) return unmatched(located, `${readAs}: the store does not hold both figures.`)
    const gap = current.value - national.value
    return derivedVerdict(
      compareCount(mention.value, Math.abs(gap), mention.rounding, measure === 'rso_rate' ? 1 : 0),
      located,
      Math.abs(gap),
      current.source,
      `${readAs}: ${fmt(current.value)} − ${fmt(national.value)} = ${fmt(gap)} (${cellOf(current.source)}; ${cellOf(national.source)})`
    )
  }
  if (mention.kind === 'percent' && mention.isAgainstNational && area !== ENGLAND_AND_WALES) {
    // An area's count is never compared with the nation's: "10 per cent lower than the national average" is of the rate.
    if (measure === 'rso') return readDerived({ ...mention }, context, 'rso_rate', area, period)
    const national = figureOf(book, ENGLAND_AND_WALES, measure, period)
    const readAs = `Read as ${name}'s ${MEASURE_NAMES[measure] ?? measure} against England and Wales's, ${period}`
    if (!current || !national || national.value === 0) return unmatched(located, `${readAs}: the store does not hold both figures.`)
    const gap = ((current.value - national.value) / national.value) * 100
    const way = gap > 0 ? 'up' : 'down'
    const wrongWay = mention.direction !== undefined && Math.abs(gap) >= 0.5 && way !== mention.direction
    return percentVerdict(
      mention,
      located,
      gap,
      current.source,
      `${readAs}: (${fmt(current.value)} − ${fmt(national.value)}) ÷ ${fmt(national.value)} = ${fmt(gap, 2)} per cent (${cellOf(current.source)}; ${cellOf(national.source)})${wrongWay ? `; it is ${gap > 0 ? 'higher' : 'lower'}, not ${gap > 0 ? 'lower' : 'higher'}` : ''}`,
      wrongWay
    )
  }
  if (mention.kind === 'percent' && mention.shareOf) {
    const ofNation = mention.shareOf === 'national' && area !== ENGLAND_AND_WALES
    const wholeArea = ofNation ? ENGLAND_AND_WALES : area
    const wholeMeasure = ofNation ? measure : 'total'
    const whole = figureOf(book, wholeArea, wholeMeasure, period)
    const readAs = `Read as ${MEASURE_NAMES[measure] ?? measure} as a share of ${ofNation ? `England and Wales's ${MEASURE_NAMES[measure] ?? measure}` : 'the MAPPA total'}, ${name}, ${period}`
    if (!current || !whole || whole.value === 0 || (measure === 'total' && wholeMeasure === 'total'))
      return unmatched(located, `${readAs}: the store does not hold both figures.`)
    const exact = (current.value / whole.value) * 100
    const arithmetic = `${fmt(current.value, 0)} ÷ ${fmt(whole.value, 0)} = ${fmt(exact, 2)} per cent (${cellOf(current.source)}; ${cellOf(whole.source)})`
    return percentVerdict(mention, located, exact, current.source, `${readAs}: ${arithmetic}`)
  }
  let since = periodOf(mention.since ?? { ...mention.time, back: mention.time.back + 1 }, context.edition)
  // "over the past five years" where the store starts a year later: the five years of figures, 2019 to 2023.
  let counting = ''
  if (mention.since?.isSpan && mention.since.back > 1 && !figureOf(book, area, measure, since)) {
    const shorter = periodOf({ ...mention.since, back: mention.since.back - 1 }, context.edition)
    if (figureOf(book, area, measure, shorter)) {
      counting = ` (the ${mention.since.back} years counted as the years of figures, ${shorter} to ${period})`
      since = shorter
    }
  }
  if (mention.ratio?.against === 'national') {
    const national = figureOf(book, ENGLAND_AND_WALES, measure, period)
    const readAs = `Read as ${name}'s ${MEASURE_NAMES[measure] ?? measure} against England and Wales's, ${period}`
    if (!current || !national || national.value === 0) return unmatched(located, `${readAs}: the store does not hold both figures.`)
    const ratio = current.value / national.value
    return derivedVerdict(
      ratio >= mention.ratio.low && ratio <= mention.ratio.high ? 'exact' : 'no',
      located,
      Math.round(ratio * 100) / 100,
      current.source,
      `${readAs}: ${fmt(current.value)} ÷ ${fmt(national.value)} = ${fmt(ratio, 2)} times`
    )
  }
  const before = figureOf(book, area, measure, since)
  const readAs = `Read as the change in ${MEASURE_NAMES[measure] ?? measure}, ${name}, ${since} to ${period}${counting}`
  if (!current || !before) return unmatched(located, `${readAs}: the store does not hold both years.`)
  const cells = `(${cellOf(before.source)}; ${cellOf(current.source)})`
  const difference = current.value - before.value
  const way = difference > 0 ? 'up' : difference < 0 ? 'down' : 'unchanged'
  const wrongWay = mention.direction && way !== 'unchanged' && way !== mention.direction
  if (mention.kind === 'change') {
    const arithmetic = `${fmt(current.value)} − ${fmt(before.value)} = ${fmt(difference)} ${cells}`
    // Published rates are whole numbers, so a change in one is too: half a point of slack, no more.
    const closeness = wrongWay
      ? 'no'
      : compareCount(mention.value, Math.abs(difference), mention.rounding, measure === 'rso_rate' ? 0.5 : 0)
    return derivedVerdict(
      closeness,
      located,
      Math.abs(difference),
      current.source,
      `${readAs}: ${arithmetic}${wrongWay ? `; it went ${way}, not ${mention.direction}` : ''}`
    )
  }
  if (before.value === 0) return unmatched(located, `${readAs}: no percentage change from nought.`)
  const percent = (difference / before.value) * 100
  if (mention.kind === 'ratio') {
    const ratio = current.value / before.value
    const arithmetic = `${fmt(current.value)} ÷ ${fmt(before.value)} = ${fmt(ratio, 2)} times ${cells}`
    return derivedVerdict(
      ratio >= mention.ratio!.low && ratio <= mention.ratio!.high ? 'exact' : 'no',
      located,
      Math.round(ratio * 100) / 100,
      current.source,
      `${readAs}: ${arithmetic}`
    )
  }
  const arithmetic = `(${fmt(current.value)} − ${fmt(before.value)}) ÷ ${fmt(before.value)} = ${fmt(percent, 2)} per cent ${cells}`
  return percentVerdict(
    mention,
    located,
    percent,
    current.source,
    `${readAs}: ${arithmetic}${wrongWay ? `; it went ${way}, not ${mention.direction}` : ''}`,
    Boolean(wrongWay)
  )
}

/** A reading that found no figure to check against, and says why. */
function unmatched(located: Pick<Reading, 'measure' | 'area' | 'period'>, note: string): Reading {
  return { ...located, verdict: 'unmatched', expected: null, source: null, note }
}

/** A percentage against the one worked out, to a tenth of a point; one the wrong way round is wrong. */
function percentVerdict(
  mention: Mention,
  located: { measure: string; area: string; period: string },
  percent: number,
  source: SourceCell,
  explanation: string,
  isWrongWay?: boolean
): Reading {
  const closeness = isWrongWay
    ? 'no'
    : mention.fraction
      ? compareFraction(mention.fraction, Math.abs(percent), mention.rounding)
      : comparePercent(mention.value, mention.decimals, Math.abs(percent), mention.rounding)
  const inWhole = mention.fraction ? `, ${fmt((Math.abs(percent) / 100) * mention.fraction.whole, 2)} in ${mention.fraction.whole}` : ''
  return derivedVerdict(closeness, located, Math.round(Math.abs(percent) * 10) / 10, source, `${explanation}${inWhole}`)
}

/**
 * "Four in five" holds from 3.5 to 4.5 in five; "more than four in five" above four (to five),
 * "nearly four in five" below four (from three).
 */
function compareFraction(fraction: { part: number; whole: number }, percent: number, rounding: Mention['rounding']): Closeness {
  const share = (percent / 100) * fraction.whole
  if (rounding === 'over') return share > fraction.part && share <= fraction.part + 1 ? 'honest' : 'no'
  if (rounding === 'under') return share < fraction.part && share >= fraction.part - 1 ? 'honest' : 'no'
  return Math.abs(share - fraction.part) <= 0.5 ? 'honest' : 'no'
}

function derivedVerdict(
  closeness: Closeness,
  located: { measure: string; area: string; period: string },
  expected: number,
  source: SourceCell,
  explanation: string
): Reading {
  const verdict: Verdict = closeness === 'exact' || closeness === 'honest' ? 'verified' : closeness === 'rounded' ? 'rounding' : 'mismatch'
  return { ...located, verdict, expected, source, note: `${explanation}${closeness === 'rounded' ? '; the copy rounds it down' : ''}.` }
}

function readRank(mention: Mention, context: Context, measure: string, area: string, period: string): Reading {
  const { book } = context
  const located = { measure, area, period }
  const order = mention.order ?? 'highest'
  const readAs = `Read as ${book.areaName(area)}'s rank on ${measure === 'rso_rate' ? 'the rate' : (MEASURE_NAMES[measure] ?? measure)}, ${period}, ${order} first${mention.isWithin ? `, within the first ${mention.value}` : ''}`
  const ranked = book.rank(area, measure, period, order)
  const figure = figureOf(book, area, measure, period)
  if (!ranked || !figure) return unmatched(located, `${readAs}: the store has no such figures to rank.`)
  if (ranked.of < 42) return unmatched(located, `${readAs}: only ${ranked.of} of the 42 areas have a figure, so no rank can be checked.`)
  const said = `${ranked.rank}${ranked.isTied ? ` (shared by ${ranked.sharing})` : ''} of ${ranked.of} (${cellOf(figure.source)})`
  // Areas that share a rank fill its places in some order: "33rd" for one of two areas tied at 32nd holds,
  // and so does "in the top five" for one of two tied at fifth.
  const isWithinTie = mention.isWithin
    ? ranked.rank <= mention.value
    : mention.value >= ranked.rank && mention.value < ranked.rank + ranked.sharing
  return {
    ...located,
    verdict: isWithinTie ? 'verified' : 'mismatch',
    expected: ranked.rank,
    source: figure.source,
    note: `${readAs}: the table puts it ${said}.`
  }
}

/**
 * Rows of a pasted table: the header's years where it has them, else the run of years in which the
 * row's figures hold ("Essex 1,496 1,596 1,684 1,867" is 2018/19 to 2021/22).
 */
function alignRows(mentions: Mention[], context: Context): Map<Mention, Reading | string> {
  const readings = new Map<Mention, Reading | string>()
  const rows = new Map<number, Mention[]>()
  for (const mention of mentions)
    if (mention.row && !(mention.row.periods && mention.measure))
      rows.set(mention.row.line, [...(rows.get(mention.row.line) ?? []), mention])
  for (const cells of rows.values()) {
    const area = areaOf(cells[0], context)
    if (!area || area.startsWith('region:')) continue
    const given = cells[0].row?.periods
    let best: { measure: string; periods: string[]; hits: number } | undefined
    const consider = (measure: string, periods: string[]) => {
      const hits = cells.filter((cell, column) => figureOf(context.book, area, measure, periods[column])?.value === cell.value).length
      if (!best || hits > best.hits) best = { measure, periods, hits }
    }
    for (const measure of new Set([cells[0].measure ?? 'rso', ...COUNT_MEASURES, 'rso_rate'])) {
      if (given) {
        consider(measure, given)
        continue
      }
      const series = context.book.series(area, measure === 'total' ? 'rso' : measure)
      for (let last = cells.length - 1; last < series.length; last++)
        consider(
          measure,
          cells.map((_, column) => series[last - (cells.length - 1 - column)].period)
        )
    }
    const found = best as { measure: string; periods: string[]; hits: number } | undefined
    cells.forEach((cell, column) => {
      // Without a header, a row is placed only where all its figures hold, or all but one of three or more.
      const needed = given ? Math.ceil(cells.length / 2) : cells.length >= 3 ? cells.length - 1 : cells.length
      if (!found || found.hits < needed) {
        readings.set(cell, {
          measure: cell.measure ?? null,
          area,
          period: null,
          verdict: 'unmatched',
          expected: null,
          source: null,
          note: `A row of a table for ${context.book.areaName(area)} whose ${given ? 'figures match no measure for its years' : 'years the copy does not give, and whose figures match no run of years in the store'}.`
        })
        return
      }
      cell.measure = found.measure
      cell.time = { period: found.periods[column], back: 0 }
      cell.kind = found.measure === 'rso_rate' ? 'rate' : 'count'
      const reading = read(cell, context)
      readings.set(
        cell,
        typeof reading === 'string'
          ? reading
          : {
              ...reading,
              note: `${reading.note} (a table row: ${given ? 'its years from the header' : 'its years read from where its figures hold'})`
            }
      )
    })
  }
  return readings
}

/**
 * A count and a rate for the same area and year must agree through the area's population aged 10
 * and over (implied by any year with both published). 987 at a rate of 77 for Hertfordshire does not.
 */
function flagRatesThatDisagreeWithCounts(book: FigureBook, mentions: Mention[], results: CheckedFigure[]): void {
  const counts = new Map<string, CheckedFigure>()
  results.forEach((count, index) => {
    const key = `${count.area}|${count.period}|${mentions[index].sentence}`
    if (count.kind === 'count' && count.measure === 'rso' && !counts.has(key)) counts.set(key, count)
  })
  results.forEach((rate, index) => {
    if (rate.kind !== 'rate' || !rate.area || !rate.period || rate.verdict === 'not-checked') return
    const count = counts.get(`${rate.area}|${rate.period}|${mentions[index].sentence}`)
    if (!count) return
    const periods = book.series(rate.area, 'rso_rate').map((figure) => figure.period)
    const population = areaPopulation((measure, period) => book.number(rate.area!, measure, period), rate.period, periods)
    const rateFromCount = ratePer100k(count.value, population)
    if (population === undefined || rateFromCount === undefined) return
    if (Math.abs(rateFromCount - rate.value) < 1) return
    const name = book.areaName(rate.area)
    const line = `${fmt(count.value)} at a rate of ${fmt(rate.value)} do not agree: at ${name}'s population aged 10 and over (about ${fmt(Math.round(population / 1000) * 1000)}), ${fmt(count.value)} is a rate of about ${fmt(Math.round(rateFromCount))}, and a rate of ${fmt(rate.value)} is about ${fmt(Math.round((rate.value * population) / 100_000))} people`
    for (const target of [count, rate]) target.note = `${target.note} ${line}.`
  })
}
