// Drafts the story's sentences for one area and edition in house style, each figure tied to the
// cell it came from. Pure: reads a FigureBook, never the store; rules choose the wording (rules.ts).

import type { CitedFigure, FigureDerivation, SourceCell } from '../../contract/types'
import { oneInN, share } from '../derived'
import { ENGLAND_AND_WALES, indexFigures, type FigureBook, type StoryData, type StoryFigure } from './book'
import { CHANGE_WORDS, HEADLINE_CLAUSE_RULES, longRunRule, STREAK_RULES } from './rules'
import {
  capitalise,
  formatCount,
  formatOrdinal,
  formatPercent,
  formatRate,
  offenderName,
  periodName,
  periodPhrase,
  possessive,
  roundPercent,
  type StoryStyle
} from './style'
import { trendOf, type Trend } from './trend'

/** A figure as a sentence states it ("1,867", "11 per cent", "nine"), where in the sentence it stands, and its cell. */
export type SentenceFigure = CitedFigure & { text: string; start: number; end: number }

/** A figure a sentence rests on without writing it: the series behind "the third rise in a row". */
export type BasisFigure = CitedFigure

export interface StorySentence {
  /** The rule that wrote it: headline, rate, share, others, rank, one-in-n, long-run, streak, caveat. */
  rule: string
  text: string
  figures: SentenceFigure[]
  /** The published figures a claim in it rests on that it does not write: a record's run of years, a streak's series, a rank's 42 rates. */
  basis: BasisFigure[]
}

export type Piece = string | { text: string; figure: BasisFigure }

export function compose(rule: string, pieces: Piece[], basis: readonly StoryFigure[] = []): StorySentence {
  let text = ''
  const figures: SentenceFigure[] = []
  for (const piece of pieces) {
    if (typeof piece === 'string') text += piece
    else {
      figures.push({ ...piece.figure, text: piece.text, start: text.length, end: text.length + piece.text.length })
      text += piece.text
    }
  }
  const keyOf = (figure: { area: string; measure: string; period: string; source: SourceCell }) =>
    `${figure.area}|${figure.measure}|${figure.period}|${figure.source.release}|${figure.source.cell}`
  const written = new Set(figures.filter((figure) => !figure.derived).map(keyOf))
  const unwritten = basis.filter((figure) => figure.value !== null && !written.has(keyOf(figure)))
  return { rule, text, figures, basis: unwritten.map((figure) => ref(figure)) }
}

export const ref = (figure: StoryFigure, value = figure.value!, derived?: FigureDerivation): CitedFigure => ({
  area: figure.area,
  measure: figure.measure,
  period: figure.period,
  value,
  ...(derived ? { derived } : {}),
  source: figure.source
})

export const count = (figure: StoryFigure, style: StoryStyle): Piece => ({ text: formatCount(figure.value!, style), figure: ref(figure) })
export const rate = (figure: StoryFigure): Piece => ({ text: formatRate(figure.value!), figure: ref(figure) })

/** "up from 1,684 a year earlier (up 11 per cent)" or "unchanged from a year earlier". */
export function changePieces(trend: Trend, style: StoryStyle, format: (figure: StoryFigure) => Piece, withPercent: boolean): Piece[] {
  const { previous, direction, percent } = trend
  if (!previous || !direction) return []
  if (direction === 'same') return [`, ${CHANGE_WORDS.same} a year earlier`]
  const pieces: Piece[] = [`, ${CHANGE_WORDS[direction]} `, format(previous)]
  if (!withPercent) return pieces
  pieces.push(' a year earlier')
  if (percent !== undefined && roundPercent(percent) !== 0) {
    pieces.push(
      ` (${direction} `,
      { text: formatPercent(Math.abs(percent), style), figure: ref(trend.current, Math.abs(percent), 'percentChange') },
      ')'
    )
  }
  return pieces
}

/** What a count measure's figures are called in a sentence: "registered sex offenders", "violent offenders". */
export function measureNoun(measure: string, style: StoryStyle): string {
  return OTHER_CATEGORIES.find(([id]) => id === measure)?.[1] ?? offenderName(style)
}

/** A figure the table marks instead of publishing: "The number of … in Essex at the end of March 2022 is not published (the table shows "suppressed")." */
export function notPublished(book: FigureBook, figure: StoryFigure, style: StoryStyle): StorySentence {
  return compose('caveat:no-figure', [
    `The number of ${measureNoun(figure.measure, style)} in ${book.areaName(figure.area)} ${periodPhrase(figure.period, style)} is not published (the table shows "${figure.status === 'suppressed' ? 'suppressed' : 'not available'}").`
  ])
}

/**
 * "There were 1,867 registered sex offenders in Essex at the end of March 2022, up from …", with its
 * clause and caveat. `isPeriodFirst` opens with the year ("In 2021/22, there were 406 violent
 * offenders in Essex, …"): with a short noun the year would otherwise sit so close to the figure
 * that a reader takes a later "since 2018/19" for the sentence's year.
 */
export function headline(book: FigureBook, trend: Trend, style: StoryStyle, isPeriodFirst = false): StorySentence[] {
  const name = book.areaName(trend.current.area)
  const when = periodPhrase(trend.current.period, style)
  const noun = measureNoun(trend.current.measure, style)
  const pieces: Piece[] = isPeriodFirst
    ? [`${capitalise(when)}, there were `, count(trend.current, style), ` ${noun} in ${name}`]
    : ['There were ', count(trend.current, style), ` ${noun} in ${name} ${when}`]
  pieces.push(...changePieces(trend, style, (figure) => count(figure, style), true))
  const clause = trend.previous ? HEADLINE_CLAUSE_RULES.find((rule) => rule.when(trend)) : undefined
  if (clause) pieces.push(`, ${clause.say(trend, style)}`)
  // A clause ("the highest in figures going back to March 2019") rests on the whole comparable run.
  const sentences = [compose(clause ? `headline:${clause.id}` : 'headline', [...pieces, '.'], clause ? trend.run : [])]
  if (trend.blocked?.reason === 'break') {
    sentences.push(
      compose('caveat:series-break', [`The figures are not comparable with earlier years: ${trend.blocked.text.replace(/\.$/, '')}.`])
    )
  } else if (trend.blocked?.reason === 'marker') {
    sentences.push(
      compose('caveat:marker', [
        `No comparison with a year earlier is possible: the ${periodName(trend.blocked.figure.period, style)} figure is shown as "${trend.blocked.figure.status === 'suppressed' ? 'suppressed' : 'not available'}".`
      ])
    )
  }
  return sentences
}

function longRun(trend: Trend, style: StoryStyle): StorySentence[] {
  const rule = longRunRule(trend)
  if (rule) {
    const first = trend.run[0]
    return [
      compose(
        `long-run:${rule.id}`,
        [`The number has ${rule.verb} since ${periodName(first.period, style)}, when there were `, count(first, style), '.'],
        [first, trend.current]
      )
    ]
  }
  const streak = STREAK_RULES.find((candidate) => candidate.when(trend))
  const saidInHeadline = HEADLINE_CLAUSE_RULES.find((candidate) => candidate.when(trend))?.id.startsWith('first-')
  return streak && !saidInHeadline ? [compose(`streak:${streak.id}`, [streak.say(trend, style)], streakSeries(trend))] : []
}

/** The figures that show a streak: the current one and every one back to where the run of rises or falls began. */
export function streakSeries(trend: Trend): StoryFigure[] {
  return trend.run.slice(-(trend.priorRun.length + 2))
}

function rateSentences(book: FigureBook, area: string, period: string, style: StoryStyle): StorySentence[] {
  const trend = trendOf(book, area, 'rso_rate', period)
  if (!trend) return []
  const pieces: Piece[] = ['That is ', rate(trend.current), ' in every 100,000 people aged 10 and over']
  pieces.push(...changePieces(trend, style, rate, false))
  const national = area === ENGLAND_AND_WALES ? undefined : book.get(ENGLAND_AND_WALES, 'rso_rate', period)
  if (national && book.number(ENGLAND_AND_WALES, 'rso_rate', period) !== undefined)
    pieces.push('; the England and Wales rate is ', rate(national))
  const sentences = [compose('rate', [...pieces, '.'])]
  const oneIn = oneInN(trend.value)
  if (oneIn !== undefined) {
    const name = book.areaName(area)
    sentences.push(
      compose('one-in-n', [
        'That is about one in every ',
        { text: formatCount(Math.round(oneIn), style), figure: ref(trend.current, oneIn, 'oneInN') },
        ` people aged 10 and over in ${name}.`
      ])
    )
  }
  return sentences
}

function shareSentence(book: FigureBook, area: string, period: string, style: StoryStyle): StorySentence[] {
  const rso = book.get(area, 'rso', period)
  const total = book.total(area, period)
  const part = share(book.number(area, 'rso', period), total?.value)
  if (!rso || !total || part === undefined) return []
  const totalPiece: Piece = {
    text: formatCount(total.value, style),
    figure: { ...ref(total.figures[0], total.value, total.isSum ? 'sum' : undefined), measure: 'total' }
  }
  return [
    compose('share', [
      `${capitalise(offenderName(style, 'short'))} made up `,
      { text: formatPercent(part, style), figure: ref(rso, part, 'share') },
      ' of the ',
      totalPiece,
      ` people managed under MAPPA in ${book.areaName(area)}.`
    ])
  ]
}

export const OTHER_CATEGORIES = [
  ['violent', 'violent offenders'],
  ['other_dangerous', 'other dangerous offenders'],
  ['terrorism', 'terrorism offenders']
] as const

function othersSentence(book: FigureBook, area: string, period: string, style: StoryStyle): StorySentence[] {
  const present = OTHER_CATEGORIES.filter(([measure]) => book.number(area, measure, period) !== undefined)
  if (present.length === 0) return []
  const pieces: Piece[] = ['There were also ']
  present.forEach(([measure, noun], index) => {
    if (index > 0) pieces.push(index === present.length - 1 ? ' and ' : ', ')
    pieces.push(count(book.get(area, measure, period)!, style), ` ${noun}`)
  })
  return [compose('others', [...pieces, '.'])]
}

/** All 42 areas must have a rate: "12th highest of the 42 areas" from a partial table would mislead. */
const AREAS_TO_RANK = 42

function rankSentence(book: FigureBook, area: string, period: string, style: StoryStyle): StorySentence[] {
  if (book.areaKind(area) !== 'area') return []
  const highest = book.rank(area, 'rso_rate', period, 'highest')
  const lowest = book.rank(area, 'rso_rate', period, 'lowest')
  const figure = book.get(area, 'rso_rate', period)
  if (!highest || !lowest || !figure || highest.of < AREAS_TO_RANK) return []
  const isTop = highest.rank <= lowest.rank
  const { rank } = isTop ? highest : lowest
  const order = isTop ? 'highest' : 'lowest'
  const joint = highest.isTied ? 'joint ' : ''
  // "the highest" is a rank too: first place, tied to the rate it ranks.
  const position: Piece[] =
    rank === 1
      ? [joint, { text: order, figure: ref(figure, 1, 'rank') }]
      : [joint, { text: formatOrdinal(rank, style), figure: ref(figure, rank, 'rank') }, ` ${order}`]
  return [
    compose(
      'rank',
      [`${possessive(book.areaName(area))} rate is the `, ...position, ` of the ${highest.of} areas.`],
      book.across('rso_rate', period)
    )
  ]
}

/** The sentences for an area and edition, in the order a story would use them. */
export function draftSentences(data: StoryData, area: string, period: string, style: StoryStyle): StorySentence[] {
  const book = indexFigures(data)
  const trend = trendOf(book, area, 'rso', period)
  const sentences: StorySentence[] = []
  if (trend) sentences.push(...headline(book, trend, style), ...longRun(trend, style))
  else {
    const figure = book.get(area, 'rso', period)
    if (figure) sentences.push(notPublished(book, figure, style))
  }
  sentences.push(
    ...rateSentences(book, area, period, style),
    ...shareSentence(book, area, period, style),
    ...othersSentence(book, area, period, style),
    ...rankSentence(book, area, period, style)
  )
  return sentences
}
