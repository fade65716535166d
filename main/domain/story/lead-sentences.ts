// The wording of the leads the Story panel has no sentence for: the largest move of the 42 areas,
// the highest and lowest rate, a move up or down the ranking, the gap to the national rate, a
// restatement and a missing figure. Built like sentences.ts, in house style, each figure with its cell.

import type { SourceCell } from '../../contract/types'
import type { StoryFigure } from './book'
import type { FigureBook } from './book'
import { compose, measureNoun, rate, ref, count, type Piece, type StorySentence } from './sentences'
import { formatOrdinal, periodPhrase, possessive, type StoryStyle } from './style'

const PER_100K = ' in every 100,000 people aged 10 and over'

/** Several sentences as one lead: the text joined with spaces, each figure's place moved with it. */
export function joinSentences(sentences: readonly StorySentence[]): StorySentence {
  let text = ''
  const figures: StorySentence['figures'] = []
  const basis: StorySentence['basis'] = []
  for (const sentence of sentences) {
    const offset = text === '' ? 0 : text.length + 1
    text = text === '' ? sentence.text : `${text} ${sentence.text}`
    figures.push(...sentence.figures.map((figure) => ({ ...figure, start: figure.start + offset, end: figure.end + offset })))
    basis.push(...sentence.basis)
  }
  return { rule: sentences[0]?.rule ?? 'lead', text, figures, basis }
}

/** "It was the largest rise of the 42 areas, in number and in percentage terms." Rests on every area's pair of figures. */
export function largestSentence(
  direction: 'rise' | 'fall',
  isNumber: boolean,
  isPercent: boolean,
  compared: readonly StoryFigure[]
): StorySentence {
  const which =
    isNumber && isPercent
      ? `the largest ${direction} of the 42 areas, in number and in percentage terms`
      : isNumber
        ? `the largest ${direction} in number of the 42 areas`
        : `the largest percentage ${direction} of the 42 areas`
  return compose(`largest-${direction}`, [`It was ${which}.`], compared)
}

/** "Essex had the highest rate of the 42 areas at the end of March 2022: 160 in every 100,000 people aged 10 and over." */
export function rankSentence(
  book: FigureBook,
  figure: StoryFigure,
  order: 'highest' | 'lowest',
  isTied: boolean,
  across: readonly StoryFigure[],
  style: StoryStyle
): StorySentence {
  const when = periodPhrase(figure.period, style)
  return compose(
    'lead:rank',
    [
      `${book.areaName(figure.area)} had the ${isTied ? 'joint ' : ''}`,
      { text: order, figure: ref(figure, 1, 'rank') },
      ` rate of the 42 areas ${when}: `,
      rate(figure),
      `${PER_100K}.`
    ],
    across
  )
}

/** "Essex's rate, 114 in every 100,000 people aged 10 and over at the end of March 2022, is the 12th highest of the 42 areas, up from 20th highest a year earlier." */
export function rankMoveSentence(
  book: FigureBook,
  figure: StoryFigure,
  earlierFigure: StoryFigure,
  rank: number,
  earlier: number,
  across: readonly StoryFigure[],
  style: StoryStyle
): StorySentence {
  const position = (place: number): Piece[] =>
    place === 1
      ? ['the ', { text: 'highest', figure: ref(figure, 1, 'rank') }]
      : ['the ', { text: formatOrdinal(place, style), figure: ref(figure, place, 'rank') }, ' highest']
  const earlierPiece: Piece[] =
    earlier === 1
      ? ['the ', { text: 'highest', figure: ref(earlierFigure, 1, 'rank') }]
      : [{ text: formatOrdinal(earlier, style), figure: ref(earlierFigure, earlier, 'rank') }, ' highest']
  return compose(
    'lead:rank-move',
    [
      `${possessive(book.areaName(figure.area))} rate, `,
      rate(figure),
      `${PER_100K} ${periodPhrase(figure.period, style)}, is `,
      ...position(rank),
      ` of the 42 areas, ${rank < earlier ? 'up' : 'down'} from `,
      ...earlierPiece,
      ' a year earlier.'
    ],
    across
  )
}

/** "Essex's rate of 160 in every 100,000 people aged 10 and over at the end of March 2022 is well above the England and Wales rate of 126." */
export function gapSentence(
  book: FigureBook,
  figure: StoryFigure,
  national: StoryFigure,
  side: 'above' | 'below',
  style: StoryStyle
): StorySentence {
  return compose('lead:gap', [
    `${possessive(book.areaName(figure.area))} rate of `,
    rate(figure),
    `${PER_100K} ${periodPhrase(figure.period, style)} is well ${side} the England and Wales rate of `,
    rate(national),
    '.'
  ])
}

/** "The tables held have no figure for registered sex offenders in Essex at the end of March 2022." Rests on the year before. */
export function missingSentence(book: FigureBook, area: string, measure: string, period: string, style: StoryStyle): StorySentence {
  const earlier = book.series(area, measure).filter((figure) => figure.period < period && figure.value !== null)
  return compose(
    'lead:missing',
    [`The tables held have no figure for ${measureNoun(measure, style)} in ${book.areaName(area)} ${periodPhrase(period, style)}.`],
    earlier.slice(-1)
  )
}

/** "The number of registered sex offenders in Essex at the end of March 2021 has been revised up to 1,684 in the new edition." Carries the old figure and its cell. */
export function restatementSentence(
  book: FigureBook,
  current: StoryFigure,
  direction: 'up' | 'down',
  old: { value: number; source: SourceCell },
  style: StoryStyle
): StorySentence {
  const when = periodPhrase(current.period, style)
  const name = book.areaName(current.area)
  const oldFigure: StoryFigure = { ...current, value: old.value, source: old.source }
  const subject =
    current.measure === 'rso_rate'
      ? `The rate in ${name} ${when}`
      : `The number of ${measureNoun(current.measure, style)} in ${name} ${when}`
  const figure: Piece[] = current.measure === 'rso_rate' ? [rate(current), PER_100K] : [count(current, style)]
  return compose('lead:restatement', [`${subject} has been revised ${direction} to `, ...figure, ' in the new edition.'], [oldFigure])
}
