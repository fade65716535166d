// Reads one number of the copy: its kind (count, rate, one in N, share, change, rank, ratio, a word
// number) and what the words right beside it say it counts. The frame beyond those words is frame.ts's.

import {
  DOWN_WORDS,
  lastStartingBefore,
  NUMBER_WORDS,
  RATE_AFTER,
  RATE_BEFORE,
  RATE_WORDS,
  type Sentence,
  type SubjectSpan
} from '../lexicon'
import { findMeasureById, levelMeasureId } from '../../../contract/measures'
import type { PlaceSpan } from '../places'
import { clauseStartOf, within } from './clauses'
import type { Cues, Mention, Strength } from './mention'
import { isFixedPhrase, isTableWording, NOT_NOUNS, otherReason, SUBCOUNT, tableMeasureOf, withoutPlace } from './not-figures'

const ORDINAL_VALUES: ReadonlyMap<string, number> = new Map(
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth'
  ].map((word, index) => [word, index + 1] as const)
)
const UNITS = 'one|two|three|four|five|six|seven|eight|nine'
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const WORD_NUMBER = String.raw`(?:${TENS})(?:[\s-](?:${UNITS}))?|a\s+hundred|one\s+hundred|no|zero|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`
const ORDINAL_WORD = [...ORDINAL_VALUES.keys()].join('|')

/** A number as copy writes it: 1,867 · 66741 · 2.35 · £1.5 · 12th · nine · Sixty-two · fifth. */
export const NUMBER = new RegExp(
  String.raw`(?<![\w.,/:-])(?<currency>[£$€])?(?<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<decimals>\d+))?(?<suffix>st|nd|rd|th)?(?!(?!pc\b)[\w/]|[,.]\d|-\d)|(?<![\w-])(?<ordinal>${ORDINAL_WORD})(?![\w])|(?<![\w-])(?<word>${WORD_NUMBER})(?![\w])(?![\s-]+(?:thirds|quarters|fifths|tenths)\b)`,
  'gi'
)

const HEDGE = String.raw`more\s+than\s+|less\s+than\s+|(?:well\s+)?under\s+|almost\s+|nearly\s+|roughly\s+|about\s+|around\s+|over\s+|just\s+(?:over|under)\s+`
const FRACTION = String.raw`a\s+half|half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|a\s+sixth|(?:two|three|four)[\s-](?:thirds|quarters|fifths|tenths)`
/** A change by a fraction: "increased by almost a quarter", "fell by a third", "a rise of more than a fifth". */
const BY_WAY = String.raw`(?:increased|risen|rose|grown|grew|gone\s+up|went\s+up|jumped|climbed|up|fallen|fell|dropped|decreased|declined|gone\s+down|went\s+down|down|shrunk|shrank)\s+by|(?:rise|increase|growth|jump|fall|drop|decrease|decline|reduction)\s+of`

export const RATIO = new RegExp(
  String.raw`(?<![\w-])(?<hedge>${HEDGE})?(?:(?<verb>doubled|trebled|tripled|quadrupled|halved)|(?<fraction>${FRACTION})\s+(?<fractionWay>higher|more|up|bigger|larger|lower|fewer|down|smaller)|(?<times>twice|double|(?:two|three|four|five)\s+times)\s+(?:as\s+(?:many|high|large|much)|the\s+(?:number|figure|rate|national|level|england\s+and\s+wales|average)|more|higher)|(?<partOfWhole>${FRACTION})(?=\s+(?:of\s+)?the\s+(?:national|england\s+and\s+wales|average|rate\s+(?:for|in|across)\s+(?:the\s+whole\s+of\s+)?england)\b))|(?<![\w-])(?<byWay>${BY_WAY})\s+(?<byHedge>${HEDGE})?(?<byFraction>${FRACTION})(?![\w-])(?!\s+(?:of\b|a\s+(?:per|percentage|point)\b|per\s*cent|percent|percentage|points?\b))`,
  'gi'
)
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5],
  ['third', 1 / 3],
  ['quarter', 0.25],
  ['fifth', 0.2],
  ['tenth', 0.1],
  ['sixth', 1 / 6]
])
const TIMES: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['double', 2],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5]
])

const CHANGE_BEFORE =
  /\b(?:(?:rise|increase|jump|fall|drop|decrease|reduction|growth|change|decline)\s+of|(?:up|down|rose|fell|risen|fallen|rising|falling|increased|increasing|decreased|decreasing|grew|grown|growing|dropped|dropping|climbed|declined|jumped|soared|surged|slipped|dipped|went\s+up|went\s+down|gone\s+up|gone\s+down|going\s+up|going\s+down)\s*,?\s+by|(?:was|were|is|are|numbers?|figures?|total)\s+(?:up|down))\s*(?:just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i
const RANK_AFTER = /^(?:[\s-]+)(highest|lowest|largest|smallest|biggest|most|fewest|worst|best|greatest)\b/i
const RANK_OF = /^\s+(?:out\s+)?of\s+(?:the\s+)?(?:42|forty-two)\b|^\s+(?:in|among|across)\s+(?:england\s+and\s+wales|the\s+country)/i
/** A ranked list just before a place's own position in it ("The highest rates were in …"). */
const RANKED_LIST = /\b(?:highest|lowest|largest|smallest|biggest|top|bottom)\b/i
const COUNT_WORDS = /\b(?:number|numbers|total|count)\b/i
/** "in the top five", "among the bottom 10", "one of the highest ten": a rank within the first N. */
const WITHIN_BEFORE =
  /\b(?:in|into|among|amongst|inside|within|one\s+of|out\s+of)\s+the\s+(top|bottom|highest|lowest|biggest|largest|smallest)\s+$/i
/** "among the ten highest", "one of the five lowest": the same with the number first. */
const WITHIN_THE_BEFORE = /\b(?:in|into|among|amongst|inside|within|one\s+of|out\s+of)\s+the\s+$/i
const WITHIN_AFTER = /^[\s-]+(highest|lowest|biggest|largest|smallest)\b/i
const RANKED_BEFORE = /\b(?:ranked|ranks|ranking|placed|came|comes|sits|sat|is|was)\s+(?:the\s+)?$/i

export function readRatio(text: string, match: RegExpMatchArray, sentence: number): Mention {
  const { verb, fraction, fractionWay, times, byWay, byFraction, partOfWhole } = match.groups!
  const hedge = match.groups!.hedge ?? match.groups!.byHedge
  const end = match.index! + match[0].length
  // "increased by almost a quarter": the figure is "almost a quarter", after the words of the change.
  const start = byWay ? end - byFraction.length - (hedge?.length ?? 0) : match.index! + (hedge ? hedge.length : 0)
  let low: number
  let high: number
  let value: number
  // "a fifth", and "two-fifths" (two of them).
  const partOf = (words: string) => {
    const [count, part] = words.toLowerCase().split(/[\s-]+/)
    if (count === 'a' || part === undefined) return FRACTIONS.get(part ?? count) ?? 0.5
    return (TIMES.get(count) ?? 1) * (FRACTIONS.get(part.replace(/s$/, '')) ?? 0.5)
  }
  if (verb) {
    value = /halved/i.test(verb) ? 0.5 : /doubled/i.test(verb) ? 2 : /quadrupled/i.test(verb) ? 4 : 3
  } else if (fraction) {
    value = /higher|more|up|bigger|larger/i.test(fractionWay) ? 1 + partOf(fraction) : 1 - partOf(fraction)
  } else if (byFraction) {
    value = DOWN_WORDS.test(byWay) ? 1 - partOf(byFraction) : 1 + partOf(byFraction)
  } else if (partOfWhole) {
    // "roughly half the national rate": a part of the other figure, not a change.
    value = partOf(partOfWhole)
  } else value = TIMES.get(times.split(/\s+/)[0].toLowerCase()) ?? 2
  // How far the words stretch: "doubled" for 1.95–2.05 times, "more than doubled" above, "almost doubled" from 90 per cent of it.
  const slack = verb ? value * 0.025 : 0.025
  const hedgeKind = hedge ? (/more|over/i.test(hedge) ? 'over' : /almost|nearly|under|less/i.test(hedge) ? 'under' : 'about') : undefined
  if (hedgeKind === 'over') [low, high] = [value, value * 1.5]
  // "Almost" a change is a little less of it: for a fall ("almost halved"), a little above the fraction left.
  else if (hedgeKind === 'under')
    [low, high] = value < 1 ? [value - slack, value + (1 - value) * 0.2] : [value - (value - 1) * 0.2, value + slack]
  else if (hedgeKind === 'about') [low, high] = [value - Math.abs(value - 1) * 0.1, value + Math.abs(value - 1) * 0.1]
  else [low, high] = [value - slack, value + slack]
  // "more than halved" is less than half; "more than half the national rate" is more, "less than half" anything below it.
  if (value < 1 && hedgeKind === 'over' && !partOfWhole) [low, high] = [value * 0.5, value]
  if (partOfWhole && /less|under/i.test(hedge ?? '') && !/just/i.test(hedge ?? '')) [low, high] = [0, value]
  const against =
    /\b(?:national|england\s+and\s+wales|average)\b/i.test(match[0]) ||
    /^\s*(?:of\s+)?(?:the\s+)?(?:national|england\s+and\s+wales|average|rate\s+(?:for|in|across)\s+(?:the\s+whole\s+of\s+)?england)\b/i.test(
      text.slice(end, end + 40)
    )
      ? 'national'
      : undefined
  // "half the rate for England and Wales": the words after it say it compares rates.
  const isOfRate = against !== undefined && /^\s*(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,4}?rates?\b/i.test(text.slice(end, end + 40))
  // "nearly three times the national rise" compares two changes: not worked out here.
  const comparesChanges = /^\s*(?:the\s+national\s+)?(?:rise|increase|growth|jump|fall|drop|decline)\b/i.test(text.slice(end, end + 30))
  return {
    ...(comparesChanges ? { reason: 'compares two changes, which the checker does not work out' } : {}),
    text: text.slice(start, end),
    value,
    decimals: 2,
    start,
    end,
    kind: 'ratio',
    sentence,
    ratio: { low, high, ...(against ? { against } : {}) },
    ...(isOfRate ? { measure: 'rso_rate' } : {}),
    measureFrom: isOfRate ? 'attached' : 'assumed',
    placeFrom: 'assumed',
    time: { back: 0 },
    timeFrom: 'assumed'
  }
}

/**
 * Offenders at a management level, after the number: "25 were managed at level 2", "25 sex offenders
 * in Kent were being managed at MAPPA level 2", "three at level 3", "28 at levels 2 and 3" (but in "25
 * at level 2 and three at level 3" the "three" is the next count).
 */
/** Who they are, between the number and their level: "sex offenders in Kent", "of the county's registered sex offenders", "of them –", "sex offenders and 43 violent offenders". */
const LEVEL_WHO = String.raw`(?:["“‘']?(?:registered|convicted|known|sex(?:ual)?|violent|other|dangerous|mappa|offenders?|rsos?|category|people|individuals|cases|of|the|these|those|them|whom|who|that|and|there|[\d,]+|${WORD_NUMBER}|[\w-]+['’]s|[–—-]|(?:in|across)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,2})["”’']?\s+){0,10}`
/** Words that say what management offenders needed: "needed level two management", "required the closer, level 2 supervision". */
const LEVEL_NEED = String.raw`needed|needing|needs|need|required|requiring|requires|received|receiving|given`
const LEVEL_HOW = String.raw`(?:(?:were|was|are|is|being|been|currently|still|also|all|now|respectively)\s+){0,3}(?:(?:managed|supervised|monitored|dealt\s+with|handled|held|placed|assessed|classed|classified|categorised|sit|sat|sitting|remain(?:ed)?|${LEVEL_NEED})\s+)?`
/**
 * Offenders at a management level, after the number: "25 were managed at level 2", "25 sex offenders
 * in Kent were being managed at MAPPA level 2", "three at level 3", "28 at levels 2 and 3" (but in "25
 * at level 2 and three at level 3" the "three" is the next count), and "at this level" or "managed
 * this way" after a sentence that names the level.
 */
const LEVEL_AFTER = new RegExp(
  String.raw`^\s+(${LEVEL_WHO})${LEVEL_HOW}(?:(?:(?:at|on|under|as)\s+|(?<=\b(?:${LEVEL_NEED})\s+)(?:the\s+)?(?:[\w,-]+\s+){0,2}?)(?:mappa\s+)?(?:management\s+)?levels?\s+(1|2|3|one|two|three)(?:\s*(?:,|and|or|&|\/)\s*(?:level\s+)?(2|3|two|three)(?!\s+(?:at|on|under|as|were|was|are|is|offenders|of|in)\b))?|(?<this>(?:at|on)\s+this\s+level|(?:in\s+)?this\s+way))(?![\w-])`,
  'i'
)
/** The level "at this level" means: the last one named before it. */
const LEVEL_NAMED = /\blevel\s+(1|2|3|one|two|three)\b(?![\s\S]*\blevel\s+(?:1|2|3|one|two|three)\b)/i
const LEVEL_NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3 }
/** "two" or "2": the level written. */
const levelNumber = (written: string): number => LEVEL_NUMBERS[written.toLowerCase()] ?? Number(written)
const CATEGORY_WORDS: readonly [number | null, RegExp][] = [
  [1, /\bsex(?:ual)?\b|\brsos?\b|\bcategory\s+(?:1|one)\b/i],
  [2, /\bviolent\b|\bcategory\s+(?:2|two)\b/i],
  [3, /\bother\s+dangerous\b|\bcategory\s+(?:3|three)\b/i],
  [null, /\bmappa\b/i]
]

/** A count of offenders at MAPPA levels, with their category where the words at it or the sentence before it name one. */
/** "Level 3 is reserved for those posing the highest risk: five sex offenders and nine violent offenders": a sentence about one level counts its categories there. */
function levelOfSentence(sentenceText: string, subject: SubjectSpan | undefined): Mention['levels'] | undefined {
  const level = /^\s*(?:at\s+)?level\s+(1|2|3|one|two|three)\b/i.exec(sentenceText)
  const category = subject && !subject.isVague ? findMeasureById(subject.measure)?.category : undefined
  if (!level || category === undefined || category === null || category > 3) return undefined
  return { levels: [levelNumber(level[1])], category }
}

function levelCount(after: string, textBefore: string, subjectsBefore: SubjectSpan[]): Mention['levels'] | undefined {
  const level = LEVEL_AFTER.exec(after)
  if (!level) return undefined
  const named = level.groups!.this ? LEVEL_NAMED.exec(textBefore)?.[1] : level[2]
  if (!named) return undefined
  const levels = [named, level.groups!.this ? undefined : level[3]]
    .filter((written): written is string => Boolean(written))
    .map(levelNumber)
  // The category named first after the number ("41 sex offenders and 43 violent offenders": 41 are sex offenders).
  const own = CATEGORY_WORDS.map(([category, words]) => ({ category, at: words.exec(level[1])?.index ?? Infinity }))
    .filter(({ at }) => at < Infinity)
    .sort((a, b) => a.at - b.at)[0]
  // "Of the sex offenders, 25 were managed at level 2": the category the sentence named before it.
  const categorySubjects = subjectsBefore.filter((subject) => !subject.isVague && subject.measure !== 'other')
  const before = categorySubjects.at(-1)
  // "46 Category 1 offenders and 69 Category 2 offenders were at level 2; 6 and 14 respectively at level 3": in the order named.
  const categories = [...new Set(categorySubjects.map((subject) => findMeasureById(subject.measure)?.category))]
  const place = /\brespectively\b/i.test(level[0]) ? (RESPECTIVELY_RUN.exec(textBefore)?.[0].match(NUMBER_IN_RUN)?.length ?? 0) : -1
  const category = own ? own.category : place >= 0 ? categories[place] : before ? findMeasureById(before.measure)?.category : undefined
  return { levels, ...(category !== undefined ? { category } : {}) }
}
/** A fact box's label that names a level: "Category 1 managed at level 2 in year: 46". */
export function labelLevels(label: string): Mention['levels'] | undefined {
  const level = /\blevel\s+(1|2|3|one|two|three)\b/i.exec(label)
  if (!level) return undefined
  const category = CATEGORY_WORDS.find(([, words]) => words.test(label))?.[0]
  return { levels: [levelNumber(level[1])], ...(category !== undefined ? { category } : {}) }
}

/** Words after a figure with the places in them as one word: "35 Teesside sex offenders needed level 2 management". */
function placesAsOneWord(after: string, from: number, places: readonly PlaceSpan[]): string {
  let plain = after
  for (const place of [...places].reverse())
    if (place.start >= from && place.end <= from + after.length)
      plain = `${plain.slice(0, place.start - from)}there${plain.slice(place.end - from)}`
  return plain
}

/** The numbers listed before one in "6 and 14 respectively": where it stands in the list. */
const RESPECTIVELY_RUN = new RegExp(String.raw`(?:(?:\d[\d,]*|${WORD_NUMBER})\s*(?:,|and)\s*)+$`, 'i')
const NUMBER_IN_RUN = new RegExp(String.raw`\d[\d,]*|${WORD_NUMBER}`, 'gi')

const SMALL_NUMBER = String.raw`\d{1,3}|${WORD_NUMBER}`
/** "in five", "out of 10": the whole of a fraction ("four in five"), not the "one in 877" of a rate (over 100). */
const FRACTION_AFTER = new RegExp(String.raw`^\s+(?:in|out\s+of)\s+(${SMALL_NUMBER})(?![\w,])`, 'i')
const FRACTION_BEFORE = new RegExp(String.raw`(?:^|[^\w,])(?:\d{1,3}|${WORD_NUMBER})\s+(?:in|out\s+of)\s+$`, 'i')

const NATIONAL_GAP_AFTER =
  /^\s+(?:points?\s+|fewer\s+|more\s+)?(?:below|above|under|over|lower\s+than|higher\s+than|less\s+than|more\s+than)\s+(?:the\s+)?(?:national|england\s+and\s+wales|average|rate\s+(?:of\s+[\d.]+\s+)?(?:across|in|for)\s+(?:the\s+whole\s+of\s+)?england)/i

const LEVEL_WORD = '(?:1|2|3|one|two|three)'
/** "levels two and three": the levels a list of figures is in the order of. */
const LEVELS_WORDS = String.raw`levels\s+(${LEVEL_WORD}(?:\s*(?:,|and|&)\s*${LEVEL_WORD})+)\b`
const LEVELS_LISTED = new RegExp(String.raw`\b${LEVELS_WORDS}`, 'i')
/**
 * "the figures were 40 and eight": figures listed in the order of the sentence before, or of the levels named
 * before the verb ("the numbers at levels two and three were 56 and 11").
 */
export const PARALLEL_FIGURES = new RegExp(
  String.raw`\b(?:figures|numbers|totals)\s+(?:(?:at|for|on|in)\s+(?:mappa\s+)?${LEVELS_WORDS}\s+)?(?:were|was|are|stood\s+at)\s+(?:[\w,]+\s+(?:and|,)\s+)?$`,
  'i'
)

/** The levels "levels two and three" names, one list each: [[2], [3]]. */
export function levelsListed(words: string): number[][] | undefined {
  const named = LEVELS_LISTED.exec(words)?.[1]
  return named?.split(/\s*(?:,|and|&)\s*/i).map((level) => [levelNumber(level)])
}

const SERVICE_NUMBER_WORDS = /\b(?:call|calling|ring|dial|phone|telephone|contact|reached|emergency|crimestoppers)\b/i

/** The "one" of "one in every 877" or "one sex offender for every 877": part of the one in N, not a count. */
const ONE_IN_AFTER =
  /^(?:\s+(?:registered|convicted|known|sex|sexual|violent|dangerous|mappa|offenders?)){0,3}\s+(?:in|for|out\s+of)\s+(?:every\s+)?[\d,]+/i

/** Reads one number: its kind, value, and what the words right beside it say. */
export function readNumber(
  text: string,
  cues: Cues,
  sentence: Sentence,
  sentenceIndex: number,
  match: RegExpMatchArray,
  at: number
): Mention | undefined {
  const { currency, digits, decimals, suffix, ordinal, word } = match.groups!
  const whole = match[0]
  const end = at + whole.length
  // Inside a year or a relative time ("2019/20", "ten years ago"): part of that, not a figure.
  const periodIndex = lastStartingBefore(cues.periods, end)
  if (periodIndex >= 0 && cues.periods[periodIndex].end > at) return undefined
  const relativeIndex = lastStartingBefore(cues.relatives, end)
  if (relativeIndex >= 0 && cues.relatives[relativeIndex].end > at && cues.relatives[relativeIndex].start <= at) return undefined
  const before = text.slice(Math.max(sentence.start, at - 80), at)
  const after = text.slice(end, Math.min(sentence.end, end + 100))
  const lower = (ordinal ?? word)?.toLowerCase().replace(/\s+/g, ' ')
  const value = ordinal
    ? ORDINAL_VALUES.get(lower!)!
    : word
      ? wordValue(lower!)
      : Number(`${digits.replace(/,/g, '')}${decimals ? `.${decimals}` : ''}`)
  const isOrdinal = Boolean(suffix || ordinal)
  if (isFixedPhrase(before, value, after)) return undefined
  // "1. Staffordshire – 303": a numbered list's marker at the start of its line, or after a colon ("Notes to editors: 1. MAPPA was…").
  if (
    /^[.)][ \t]+\S/.test(text.slice(end, end + 4)) &&
    (/^[\s•*]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at)) ||
      (/^[.)][ \t]+[A-Z]/.test(text.slice(end, end + 4)) && /(?:[:.]|^)\s*$/.test(text.slice(Math.max(0, at - 3), at)))) &&
    value <= 100 &&
    !decimals
  )
    return undefined
  const base = {
    value,
    decimals: decimals?.length ?? 0,
    sentence: sentenceIndex,
    measureFrom: 'assumed' as Strength,
    placeFrom: 'assumed' as Strength,
    time: { back: 0 },
    timeFrom: 'assumed' as Strength
  }
  const other = (reason: string, read: Partial<Mention> = {}): Mention => {
    // Its own words: up to the next number ("…for such breaches and 3,883 SHPOs" are two counts).
    const own =
      text.slice(at, end) +
      text
        .slice(end, Math.min(sentence.end, end + 160))
        .replace(/\b(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\b/g, 'that year')
        .replace(/\d[\s\S]*$/, '')
    // "…topped the table for breaches of notification requirements, with 103 offenders cautioned or convicted": the clause names it first.
    const tableMeasure = reason.startsWith('counts ')
      ? (tableMeasureOf(own) ??
        // (and a fact box's "Breaches of notification requirements: 91" names it in its label)
        (/^[^.;]*\b(?:cautioned|convicted|imposed|made|granted|issued)\b/i.test(own) || /:\s*$/.test(text.slice(sentence.start, at))
          ? tableMeasureOf(text.slice(sentence.start, at))
          : undefined))
      : undefined
    // Inside a quotation, a number is the speaker's, even in the tables' words.
    const isQuoted = (text.slice(sentence.start, at).match(/["“”]/g)?.length ?? 0) % 2 === 1
    return {
      ...base,
      text: whole,
      start: at,
      end,
      kind: 'other',
      reason,
      ...(tableMeasure ? { measure: tableMeasure, measureFrom: 'attached' as Strength } : {}),
      ...(tableMeasure && !isQuoted && isTableWording(tableMeasure, own) ? { isTableWording: true } : {}),
      ...read
    }
  }
  const rankOf = (rankEnd: number, order: 'highest' | 'lowest', isRate: boolean): Mention => ({
    ...base,
    text: text.slice(at, rankEnd),
    start: at,
    end: rankEnd,
    kind: 'rank',
    order,
    measure: isRate ? 'rso_rate' : undefined,
    measureFrom: 'clause'
  })
  // "in the top five of the 42 areas", "among the ten lowest": a rank within the first N.
  const withinWord =
    !isOrdinal && !decimals && value >= 2 && value <= 21
      ? (WITHIN_BEFORE.exec(before)?.[1] ?? (WITHIN_THE_BEFORE.test(before) ? WITHIN_AFTER.exec(after)?.[1] : undefined))
      : undefined
  if (withinWord) {
    if (/^\s+(?:on|across|for|in)\s+(?:several|many|a\s+number\s+of|other|various|most|all)\b/i.test(after))
      return other('a rank on several measures at once, which the checker does not work out')
    const wordAfter = WITHIN_AFTER.exec(after)
    const rankEnd = end + (wordAfter && !WITHIN_BEFORE.test(before) ? wordAfter[0].length : 0)
    const clause = text.slice(Math.max(sentence.start, at - 80), Math.min(sentence.end, rankEnd + 40))
    return {
      ...rankOf(
        rankEnd,
        /bottom|lowest|smallest/i.test(withinWord) ? 'lowest' : 'highest',
        RATE_WORDS.test(clause) && !COUNT_WORDS.test(clause)
      ),
      isWithin: true
    }
  }
  // Ranks: "12th highest", "fifth-highest", "5th of 42", "ranked sixth".
  if (isOrdinal) {
    const rank = RANK_AFTER.exec(after)
    const rankedOf = RANK_OF.exec(after)
    // "Essex, with 114, was eighth." ends its sentence on the place, after a list ranked just before.
    const isPlaceInList = RANKED_BEFORE.test(before) && /^\s*[.;]/.test(after) && RANKED_LIST.test(text.slice(Math.max(0, at - 240), at))
    if (
      rank ||
      rankedOf ||
      isPlaceInList ||
      (RANKED_BEFORE.test(before) && /\b(?:rate|highest|lowest|areas?|forces?)\b/i.test(after.slice(0, 60)))
    ) {
      const rankEnd = end + (rank ? rank[0].length : rankedOf ? rankedOf[0].length : 0)
      const order = rank && /lowest|smallest|fewest|best/i.test(rank[1]) ? 'lowest' : 'highest'
      const clause = text.slice(at, Math.min(sentence.end, rankEnd + 40))
      // What is ranked: the words after the rank ("highest rate", "highest number") say so; where
      // they do not, the rate the sentence (or, for a place in a list, the list) has just given.
      const isRate =
        RATE_WORDS.test(clause) ||
        (!COUNT_WORDS.test(clause) &&
          RATE_WORDS.test(isPlaceInList ? text.slice(Math.max(0, at - 240), at) : text.slice(sentence.start, at)))
      return rankOf(rankEnd, order, isRate)
    }
    if (ordinal) return undefined
    return otherReason(before, after, undefined, true)
      ? other(otherReason(before, after, undefined, true)!)
      : other('an ordinal that is not a rank')
  }
  // "four in five", "nine out of 10": a share as a fraction; its second number is part of it.
  const fraction = FRACTION_AFTER.exec(after)
  const outOf = fraction && (fraction[1].match(/^\d+$/) ? Number(fraction[1]) : wordValue(fraction[1].toLowerCase().replace(/\s+/g, ' ')))
  if (fraction && outOf && value >= 1 && value < outOf && outOf <= 100 && Number.isInteger(value) && !decimals)
    return {
      ...base,
      value: (value / outOf) * 100,
      text: text.slice(at, end + fraction[0].length),
      start: at,
      end: end + fraction[0].length,
      kind: 'percent',
      fraction: { part: value, whole: outOf }
    }
  if (value <= 100 && FRACTION_BEFORE.test(before)) return undefined
  // Word numbers are figures only before what they count, in a change ("a rise of nine") or as a percentage ("nine per cent").
  const subjectAfter = attachedSubject(cues.subjects, end, after)
  // "The vast majority – 1,485 – of Hampshire's 1,528 registered sex offenders were at level one": 1,528 is the whole.
  const isWholeOfLevel = /\bof\s+(?:(?:the|its|their|all|[\w-]+['’]s)\s+)?$/i.test(before) && /\d/.test(before)
  const levels =
    Number.isInteger(value) && !currency && !isWholeOfLevel
      ? (levelCount(
          placesAsOneWord(after, end, cues.places),
          text.slice(Math.max(0, at - 300), at),
          within(cues.subjects, { start: sentence.start, end: at })
        ) ?? levelOfSentence(sentence.text, subjectAfter))
      : undefined
  if (levels)
    return other(`counts offenders managed at level ${levels.levels.join(' and ')}`, {
      measure: levelMeasureId(levels.levels[0], levels.category ?? undefined, false),
      measureFrom: 'attached',
      levels
    })
  if (word) {
    if (lower === 'one' && ONE_IN_AFTER.test(after)) return undefined
    if (lower === 'one' && /^\s+of\b/i.test(after)) return undefined
    const isCounted = subjectAfter !== undefined && subjectAfter.measure !== 'other' && !subjectAfter.isVague
    // "just one more than the 1,648 a year earlier": a change.
    const isMoreThan =
      /^\s+(?:(?:more|fewer|extra|lower|higher|less)\s+than|(?:lower|higher|down|up|below|above)\s+(?:on|from|than|in|the|compared))\b/i.test(
        after
      ) || /(?:^|[\s–—-])(?:up|down)\s*$/i.test(before)
    // "For violent offenders the figures were 40 and eight": a list of figures.
    const isListed = PARALLEL_FIGURES.test(before)
    // "Sixty-one offenders were cautioned or convicted…": what some of them did.
    // ("three convicted terrorists" is no such thing: the participle there describes them.)
    const doing = SUBCOUNT.exec(
      withoutPlace(subjectAfter ? text.slice(subjectAfter.end, Math.min(sentence.end, subjectAfter.end + 90)) : after)
    )
    const isDoing = doing !== null && /^[\s,]*(?:(?:who|that)\s+)?(?:were|was|have|had|are|has)\b/i.test(doing[0])
    if (!isCounted && !isMoreThan && !isListed && !isDoing && !CHANGE_BEFORE.test(before) && !/^\s*(?:per\s*cent|percent)\b/i.test(after))
      return undefined
  }
  if (/^\s*(?:per\s*cent|percent|%|pc\b|percentage\s+points?)/i.test(after)) {
    const percentEnd = end + /^\s*(?:per\s*cent|percent|%|pc\b|percentage\s+points?)/i.exec(after)![0].length
    return {
      ...base,
      text: text.slice(at, percentEnd),
      start: at,
      end: percentEnd,
      kind: 'percent',
      ...(/point/i.test(text.slice(end, percentEnd)) ? { reason: 'a change in percentage points' } : {})
    }
  }
  const times =
    /^\s*times\s+(?:as\s+(?:many|high|large|much)|the\s+(?:number|figure|rate|national|level|average)|more|higher|greater|bigger)/i.exec(
      after
    )
  if (times && !word) {
    // "1.5 times the national rate": the ratio to the printed precision, or within 2.5 per cent.
    const slack = Math.max(0.5 * 10 ** -(decimals?.length ?? 0), value * 0.025)
    const against =
      /national|average/i.test(times[0]) ||
      /^\s+(?:in|across)\s+england\s+and\s+wales|^\s+nationally/i.test(text.slice(end + times[0].length, end + times[0].length + 30))
        ? 'national'
        : undefined
    return {
      ...base,
      text: text.slice(at, end + /^\s*times/i.exec(after)![0].length),
      start: at,
      end: end + /^\s*times/i.exec(after)![0].length,
      kind: 'ratio',
      ratio: { low: value - slack, high: value + slack, ...(against ? { against } : {}) }
    }
  }
  // "one in every 877", and "one registered sex offender for every 877" with what is counted between.
  const oneIn =
    /\b(?:one|1)(?:\s+(?:registered|convicted|known|sex|sexual|violent|dangerous|mappa|offenders?)){0,3}\s+(?:in|for|out\s+of)\s+(?:every\s+)?$/i.exec(
      before
    )
  if (digits === '1' && ONE_IN_AFTER.test(after)) return undefined
  if (
    digits &&
    ((digits.length >= 3 && digits.startsWith('0')) || (!digits.includes(',') && /(?<![\d,.])\b0\d{2,4} (?:\d{3,4} )?$/.test(before)))
  )
    return other('a phone number or code')
  if (
    oneIn &&
    (value < 50 ||
      /^\s+(?:women|men|children|girls|boys|adults|victims|households|pupils|young|teenagers|cases|crimes|offences)\b/i.test(after))
  )
    return other('one in N of something the tables do not count')
  if (oneIn)
    return {
      ...base,
      text: text.slice(at - oneIn[0].length, end),
      start: at - oneIn[0].length,
      end,
      kind: 'oneInN',
      measure: 'rso_rate',
      measureFrom: 'attached'
    }
  if (
    value >= 1900 &&
    value <= 2100 &&
    !decimals &&
    digits &&
    !digits.includes(',') &&
    !(subjectAfter && subjectAfter.measure !== 'other' && !subjectAfter.isVague)
  )
    return undefined
  const reason = otherReason(before, after, currency, false)
  if (reason) return other(reason)
  // "call Durham Police on 101, or 999 in an emergency": the police's own numbers.
  if (
    (value === 101 || value === 999 || value === 111) &&
    !decimals &&
    (SERVICE_NUMBER_WORDS.test(`${before} ${after}`) ||
      /\bon\s*$|\b(?:police|constabulary|heddlu)\b[^.]{0,30}:\s*$/i.test(before) ||
      /^\s*(?:line|number)\b/i.test(after))
  )
    return other('a phone number')
  // "For every 100,000 people aged 10 and over in the county, there are 92 on the register": the rate, named first.
  if (
    /\b(?:for|in)\s+every\s+100,?000\b[^.;\d]*(?:aged?\s+(?:10|ten)\s+(?:and|or)\s+(?:over|above|older)[^.;\d]*)?$/i.test(before) &&
    !decimals &&
    value < 1000
  )
    return { ...base, text: whole, start: at, end, kind: 'rate', measure: 'rso_rate', measureFrom: 'clause' }
  const rateAfter = RATE_AFTER.exec(after)
  if (rateAfter && !/\d/.test(after.slice(0, rateAfter[0].lastIndexOf('100')))) {
    const rateEnd =
      end +
      rateAfter[0].length +
      (/^\s+(?:people|residents|population|of\s+the\s+population|inhabitants)\b/i.exec(
        text.slice(end + rateAfter[0].length, sentence.end)
      )?.[0].length ?? 0)
    return { ...base, text: text.slice(at, rateEnd), start: at, end: rateEnd, kind: 'rate', measure: 'rso_rate', measureFrom: 'attached' }
  }
  // "108 per 100,000 – 21 below the rate of 129 across England and Wales": a gap to the national figure, in its own units.
  if (!word && NATIONAL_GAP_AFTER.test(after))
    return { ...base, text: whole, start: at, end, kind: 'change', isAgainstNational: true, measureFrom: 'assumed' }
  const clauseStart = clauseStartOf(cues.breaks, at, sentence.start)
  const clauseBefore = text.slice(clauseStart, at)
  const isChange =
    CHANGE_BEFORE.test(before) ||
    /^\s+(?:more|fewer|extra|additional)\s+(?:than|registered|sex|offenders|people|violent|other|in\s+the)\b/i.test(after) ||
    // "five lower than in 2019", "five down on 2019", "six below the 1,335 of 2019", "– down five from 1,636".
    /^\s+(?:lower|higher|down|up|below|above|less)\s+(?:than|on|from|the|in|compared)\b/i.test(after) ||
    /(?:^|[–—-]\s*|,\s*|\b(?:and|but|yet)\s+)(?:up|down)\s*$/i.test(before) ||
    /^\s+points?\b/i.test(after)
  // "The rate rose by 11 points": a change in the rate.
  if (isChange && /\brates?\b/i.test(clauseBefore) && !(subjectAfter && !subjectAfter.isVague))
    return { ...base, text: whole, start: at, end, kind: 'change', measure: 'rso_rate', measureFrom: 'clause' }
  if (RATE_BEFORE.test(clauseBefore) && !(subjectAfter && !subjectAfter.isVague))
    return { ...base, text: whole, start: at, end, kind: 'rate', measure: 'rso_rate', measureFrom: 'clause' }
  // "Of these, 24 were cautioned for breaching…": what some of those the sentence counted did, not how many there were.
  const doneBy = subjectAfter ? undefined : SUBCOUNT.exec(withoutPlace(after))
  if (doneBy) return other(doneByReason(doneBy[0]))
  if (!subjectAfter) {
    // "1,200 calls", "300 new hostel places": a count of something the copy names, which the tables do not hold.
    const noun =
      /^\s+(?:(?:new|more|extra|additional|fewer|further|separate|other|local|specialist|partner|police|probation|prison|council|support|community|home|hostel|treatment|foi|[a-z]+-[a-z]+)\s+)?([a-z]{3,}s)\b/i.exec(
        after
      )
    if (noun && !NOT_NOUNS.has(noun[1].toLowerCase())) return other(`counts ${noun[1].toLowerCase()}, not a figure the checker holds`)
  }
  const mention: Mention = { ...base, text: whole, start: at, end, kind: isChange ? 'change' : 'count' }
  if (subjectAfter) {
    if (subjectAfter.measure === 'other') return other(`counts ${subjectAfter.noun}, not a figure the checker holds`)
    const doing = SUBCOUNT.exec(withoutPlace(text.slice(subjectAfter.end, Math.min(sentence.end, subjectAfter.end + 90))))
    if (doing) return other(doneByReason(doing[0]))
    if (!subjectAfter.isVague) {
      mention.measure = subjectAfter.measure
      mention.measureFrom = 'attached'
    } else if (
      (/\b(?:in\s+total|in\s+all|a\s+total\s+of|altogether|overall)[\s,]*$/i.test(before) &&
        /^\s+(?:offenders|people|individuals)\b/i.test(after) &&
        /\b(?:offenders?|mappa|manag(?:ed|ement)|eligible|multi-agency)\b/i.test(after.slice(0, 100))) ||
      // "…and 18 other dangerous offenders – 1,554 people in total", "some 1,240 people were eligible for MAPPA management".
      (/^\s+(?:offenders|people|individuals)\s+(?:in\s+total|in\s+all|altogether|overall)\b/i.test(after) &&
        /\b(?:offenders?|mappa|arrangements)\b/i.test(sentence.text)) ||
      /^\s+(?:offenders|people|individuals)\s+(?:(?:who\s+)?(?:were|are|was|is)\s+(?:\w+\s+)?)?(?:eligible\s+for|managed\s+(?:under|by))\s+(?:mappa|multi)/i.test(
        after
      )
    ) {
      // "In total, 2,292 offenders …", "a total of 2,292 offenders": all of those managed.
      mention.measure = 'total'
      mention.measureFrom = 'attached'
    } else if (
      /^\s+(?:people|men|individuals|persons)\b/i.test(after) &&
      !/\b(?:offenders?|register|mappa|manag(?:ed|ement)|eligible|convicted)\b/i.test(after.slice(0, 80))
    ) {
      mention.reason = 'counts people, and nothing says which'
    }
  }
  return mention
}

const doneByReason = (doing: string) => {
  const done = doing.replace(/^[\s,]*(?:(?:who|that)\s+)?/i, '').toLowerCase()
  return `counts those ${/^(?:were|was|have|had|are|has|is)\b/.test(done) ? 'who ' : ''}${done}, not a figure the checker holds`
}

function wordValue(word: string): number {
  const direct = NUMBER_WORDS.get(word)
  if (direct !== undefined) return direct
  const [tens, unit] = word.split(/[\s-]/)
  return (NUMBER_WORDS.get(tens) ?? 0) + (NUMBER_WORDS.get(unit) ?? 0)
}

const AUXILIARY = /^(?:were|was|are|is|being|been|have|has|had|currently|still)$/i

/** The subject written right after a number ("1,867 registered sex offenders", "406 violent offenders", "24 breaches"). */
function attachedSubject(subjects: SubjectSpan[], end: number, after: string): SubjectSpan | undefined {
  const index = lastStartingBefore(subjects, end + 1) + 1
  const next = subjects[index] as SubjectSpan | undefined
  if (!next) return undefined
  // Only a subject in the words after it: `after` ends with the sentence.
  if (next.start - end > after.length) return undefined
  const gap = after.slice(0, next.start - end)
  // "50 were being managed at level 2": the verb's helpers do not put the subject further away, nor a fact box's dash ("95 – orders").
  const words = gap
    .trim()
    .split(/\s+/)
    .filter((word) => word && !AUXILIARY.test(word) && !/^[–—-]$/.test(word))
  if (gap.length > 40 || /[\d,.;:()!?\n]/.test(gap) || words.length > 3) return undefined
  // "people convicted of sex crimes", "offenders managed by MAPPA": a vague noun the next words make definite.
  if (next.isVague) {
    const following = subjects[index + 1] as SubjectSpan | undefined
    if (
      following &&
      !following.isVague &&
      following.measure !== 'other' &&
      following.start - next.end < 30 &&
      // "2,292 offenders – including violent offenders": a part of them, not what they are.
      !/[\d,.;:!?–—]|\s-\s|\b(?:including|includes|such\s+as|among|excluding|of\s+whom)\b/i.test(
        after.slice(next.end - end, following.start - end)
      )
    )
      return following
  }
  return next
}
