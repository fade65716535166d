// The words regional copy uses around MAPPA figures, as patterns scanned once over the whole text:
// what a figure counts (subjects), when (years, "a year earlier", "since 2010/11"), and the
// sentence and clause breaks. Pure text work; the extractor combines what these find.

import { periodKeyForStartYear } from '../../contract/periods'

/** A stretch of the copy a pattern found, sorted by start. */
export interface Span {
  start: number
  end: number
}

/** What a figure counts: a measure id, or `other` for a noun the store's story figures do not hold. */
export interface SubjectSpan extends Span {
  measure: string
  /** For `other`: the noun as written ("breaches", "officers"). */
  noun?: string
  /** "offenders" or "people" alone: says little about which count. */
  isVague?: boolean
}

const SUBJECTS: readonly [string, string][] = [
  // Sums of categories first, so "violent and sexual offenders" is not read as violent.
  ['total', String.raw`(?:violent\s+(?:and|or|&)\s+sex(?:ual)?|sex(?:ual)?\s+(?:and|or|&)\s+violent)\s+offenders?`],
  ['other_dangerous', String.raw`other\s+dangerous["”’']?\s+offenders?|category\s+(?:3|three)(?:\s+offenders?)?`],
  ['violent', String.raw`violent\s+offenders?|category\s+(?:2|two)(?:\s+offenders?)?`],
  [
    'terrorism',
    String.raw`terror(?:ism|ist)(?:[\s-]+(?:related|connected|risk))?(?:\s+or\s+terror(?:ism|ist)(?:[\s-]+(?:related|connected|risk))?)?\s+offenders?|(?:people|men|individuals|those|offenders)\s+convicted\s+of\s+terror(?:ism|ist)?(?:[\s-]+(?:related|connected))?(?:\s+or\s+terror(?:ism|ist)?(?:[\s-]+(?:related|connected))?)?\s+(?:offences?|crimes?)|category\s+(?:4|four)(?:\s+offenders?)?`
  ],
  // "The rate of RSOs per 100,000 population … stood at 114", "the number of sex offenders per 100,000 people … was 114": the rate.
  [
    'rso_rate',
    String.raw`rates?\s+of\s+(?:registered\s+)?(?:child\s+)?(?:sex(?:ual)?\s+offenders?|rsos?)(?:\s+(?:per|in\s+every|for\s+every)\s+(?:100,?000|100k)(?:\s+(?:people|population|residents|inhabitants))?)?|(?:registered\s+)?(?:child\s+)?(?:sex(?:ual)?\s+offenders?|rsos?)\s+(?:per|in\s+every|for\s+every)\s+(?:100,?000|100k)(?:\s+(?:people|population|residents|inhabitants))?`
  ],
  [
    'rso',
    String.raw`(?:registered\s+)?(?:child\s+)?sex(?:ual)?\s+offenders?(?![\s-]+(?:managers?|management|teams?|units?|officers?|workers?|staff|polic(?:e|ing)|disclosure))|rsos?|(?:people|men|individuals|those|offenders)\s+(?:convicted|guilty)\s+of\s+(?:a\s+)?(?:sex(?:ual)?|child\s+sex(?:ual)?)\s+(?:crimes?|offences?|abuse)|(?:on|to)\s+the\s+sex(?:ual)?\s+offenders?['’]?\s+register|(?<!\b(?:placed|put|added|go|goes|went|gone|come|came|join(?:ed)?)\s+)on\s+the\s+register|national\s+register|category\s+(?:1|one)(?:\s+offenders?)?|the\s+register(?=\s+(?:has\s+|had\s+|now\s+|also\s+)?(?:grew|grown|grows|rose|risen|rises|fell|fallen|falls|increased|decreased|dropped|went|stood|stands|held|holds|contained|contains|reached|climbed|jumped|passed|topped|hit|swelled|shrank))|(?<=\bregister\s+(?:held|had|contained|listed|included|carried|holds|has|contains|lists|includes)\s+(?:\w+\s+){0,2}[\d,]+\s+)names|names(?=\s+on\s+(?:the|its)\s+(?:\w+\s+){0,3}register)`
  ],
  [
    'total',
    String.raw`mappa[\s-]+(?:eligible\s+)?(?:offenders?|cases)|(?:offenders|people|those|individuals)\s+(?:being\s+|currently\s+)?managed(?:\s+(?:under|by)\s+(?:mappa|the\s+arrangements|multi[\s-]agency[\s\w-]*arrangements))?|dangerous\s+offenders|high[\s-]risk\s+offenders|offenders\s+in\s+total|eligible\s+offenders|managed\s+(?:under|by)\s+mappa`
  ],
  // Counts of other things: never a MAPPA figure here.
  [
    'other',
    String.raw`breach(?:es)?|cautions?|convictions?|recalls?|(?:foi|freedom\s+of\s+information)\s+requests?|requests?|orders?|shpos?|sros?|sopos?|notices|arrests?|crimes?|(?:sex(?:ual)?\s+)?offences?(?!\s+act\b)|officers?|staff|employees|workers|posts|victims?|children|complaints?|reviews|charges?|reports|incidents?|prisoners?|inmates|hostels?|beds|homes|properties|households|schools|councils|forces|visits|calls|assessments?|inspections?|checks|interventions?|referrals?|investigations?|searches|warrants?|operations?|meetings?|applications?|appeals?|prosecutions?|interviews?|polygraphs?|tests?|tags?|further\s+offences|level\s+(?:1|2|3|one|two|three)|returns?\s+to\s+custody|offender\s+managers?|managers?|teams?|units?|hubs?|squads?|serious\s+further\s+offences?|(?:council\s+)?tax(?:es)?|precepts?|budgets?|funding|spending|prices?|bills?|rents?|fares?|wages?|salar(?:y|ies)`
  ],
  ['vague', String.raw`offenders?|people|individuals|men|persons|cases`]
]

const SUBJECT = new RegExp(`(?<![\\w-])(?:${SUBJECTS.map(([, pattern], index) => `(?<s${index}>${pattern})`).join('|')})(?![\\w-])`, 'gi')

export function findSubjects(text: string): SubjectSpan[] {
  const found: SubjectSpan[] = []
  for (const match of text.matchAll(SUBJECT)) {
    const groups = match.groups!
    let index = 0
    while (groups[`s${index}`] === undefined) index++
    const [measure] = SUBJECTS[index]
    const span = { start: match.index, end: match.index + match[0].length }
    // "violent offenders managed under MAPPA": how the category is managed, not all of those managed.
    const previous = found.at(-1)
    if (
      measure === 'total' &&
      /^managed/i.test(match[0]) &&
      previous &&
      !previous.isVague &&
      previous.measure !== 'other' &&
      /^\s*(?:(?:being|currently|now|also)\s+)*$/i.test(text.slice(previous.end, match.index))
    )
      continue
    if (measure === 'vague') found.push({ ...span, measure: 'vague', isVague: true })
    else if (measure === 'other') found.push({ ...span, measure: 'other', noun: match[0].toLowerCase().replace(/\s+/g, ' ') })
    else found.push({ ...span, measure })
  }
  return found
}

/** Words that say a change went up, or down. */
export const UP_WORDS =
  /\b(?:up|rise|rises|rising|rose|risen|increase[ds]?|increasing|higher|more|grew|grown|growth|jump(?:ed|s)?|climb(?:ed|s)?|soar(?:ed)?|surge[ds]?)\b/i
export const DOWN_WORDS =
  /\b(?:down|fall|falls|falling|fell|fallen|decrease[ds]?|decreasing|lower|fewer|drop(?:ped|s)?|decline[ds]?|reduc(?:ed|tion)|shr[ua]nk)\b/i

/** Words that say a column, clause or rank is about the rate. */
export const RATE_WORDS = /\brates?\b|per\s+100/i

/** Words that make a figure a rate: "per 100,000", "in every 100,000", "per 100k", "the rate". */
export const RATE_AFTER = /^[^\d.;:!?]{0,60}?\b(?:per|in|for)\s+(?:every\s+)?(?:100,?000|100k|100\s+thousand)\b/i
export const RATE_BEFORE =
  /\brates?\b(?:\s+[\w,]+){0,12}?\s+(?:of|is|was|were|stood\s+at|stands\s+at|to|at|from|reached|hit|rose\s+to|fell\s+to|compared\s+with|against)?\s*(?:just\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|under\s+)?$/i

const YEAR = String.raw`(?:19|20)\d\d`
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec'
export const MONTH_WORDS = MONTHS

/** A year as copy writes it; each is the snapshot at 31 March of its end year. */
export interface PeriodSpan extends Span {
  period: string
  /** "since 2010/11", "from 2019", "between": the start of a change, not a time of a figure. */
  isSince: boolean
  /** "the highest in figures going back to 2011": the start of a record, neither a time nor a change's start. */
  isRecord: boolean
}

const PERIOD = new RegExp(
  String.raw`(?<![\w/])(?:(?:31(?:st)?\s+)?(?:${MONTHS})\.?\s+(${YEAR})|(${YEAR})\s*(?:\/|-|–|—|\bto\b)\s*((?:19|20)?\d\d)|(${YEAR}))(?![\w/]|[,.]\d|-\d)`,
  'gi'
)
const RECORD_BEFORE =
  /\b(?:back\s+to|began\s+in|records\s+began|as\s+far\s+back\s+as|on\s+record\s+since)\s+(?:(?:the\s+)?(?:end\s+of\s+|year\s+to\s+)?)?(?:(?:31(?:st)?\s+)?march\s+)?$/i
const SINCE_BEFORE =
  /\b(?:since|from|between|starting\s+in|compared\s+(?:with|to)|versus|against)\s+(?:(?:the\s+)?(?:end\s+of\s+|year\s+to\s+|year\s+ending\s+|financial\s+year\s+)?)?(?:(?:31(?:st)?\s+)?march\s+)?$/i

export const periodForEndYear = (endYear: number) => periodKeyForStartYear(endYear - 1)

export function findPeriods(text: string): PeriodSpan[] {
  const found: PeriodSpan[] = []
  const pattern = new RegExp(PERIOD.source, PERIOD.flags)
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [, marchYear, spanStart, spanEnd, bareYear] = match
    let whole = match[0]
    let endYear: number
    if (marchYear) endYear = Number(marchYear)
    else if (spanStart) {
      const start = Number(spanStart)
      const end = spanEnd.length === 2 ? Math.floor(start / 100) * 100 + Number(spanEnd) : Number(spanEnd)
      if (end === start + 1) endYear = end
      else {
        // "from 2019 to 2023", "in 2020 to 32": two years (or a year and a figure), not one financial year; read on after the first.
        whole = spanStart
        endYear = start
        pattern.lastIndex = match.index + spanStart.length
      }
    } else endYear = Number(bareYear)
    const before = text.slice(Math.max(0, match.index - 40), match.index)
    // "the Sexual Offences Act 2003", "the 2003 Act": the name of a law, not a year of figures.
    if (/\bAct\s*$/.test(before) || /^\s+Act\b/.test(text.slice(match.index + whole.length, match.index + whole.length + 6))) continue
    const isRecord = RECORD_BEFORE.test(before)
    found.push({
      start: match.index,
      end: match.index + whole.length,
      period: periodForEndYear(endYear),
      isSince: isRecord || SINCE_BEFORE.test(before),
      isRecord
    })
  }
  return found
}

/** When a figure is relative to the story's year: "a year earlier" (1 back), "ten years ago" (10), "this year" (0). */
export interface RelativeSpan extends Span {
  kind: 'back' | 'edition' | 'then' | 'span'
  years: number
  /** "last year": in a story written after March, the year to March may be "last year" too. */
  isLoose?: boolean
  /** "since then", "in that time": a change from the year the sentence before was about. */
  isSinceThen?: boolean
}

/** Number words as copy spells them, up to a hundred. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['no', 0],
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['a hundred', 100],
  ['one hundred', 100]
] as const)

/** How many years a span counts: the number words, and the loose ones ("a couple of", "a few"). */
const SMALL: ReadonlyMap<string, number> = new Map([...NUMBER_WORDS, ['a', 1], ['a couple of', 2], ['a few', 3], ['the', 1]])
const COUNT_WORD = String.raw`(?:a\s+couple\s+of|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\d{1,2})`

const RELATIVE = new RegExp(
  [
    String.raw`(?<back>(?<n1>${COUNT_WORD})\s+years?\s+(?:earlier|before|ago|previously|prior|back)|a\s+decade\s+(?:earlier|ago|before|previously)|the\s+(?:year|(?:12|twelve)\s+months)\s+(?:previous|previously|before|prior|earlier)|the\s+previous\s+(?:year|(?:12|twelve)\s+months)|the\s+prior\s+year|(?:this\s+time\s+)?last\s+year|(?:12|twelve)\s+months\s+(?:earlier|before|ago|previously|prior)|the\s+same\s+(?:point|time)\s+(?:a|the\s+previous)\s+year|(?:the\s+)?year\s+before)`,
    String.raw`(?<edition>this\s+year|at\s+the\s+end\s+of\s+march(?!\s+(?:19|20)\d\d)(?:\s+this\s+year)?|(?:in|as\s+of|at|by)\s+march(?!\s+(?:19|20)\d\d)|currently|\bnow\b|the\s+latest\s+(?:figures|data|statistics)|the\s+most\s+recent\s+(?:figures|data|year))`,
    String.raw`(?<then>back\s+then|at\s+that\s+time|at\s+the\s+time|that\s+year|(?<sinceThen>since\s+then|in\s+that\s+time|(?:over|during)\s+(?:that|the\s+same)\s+(?:time|period)|in\s+the\s+same\s+period))`,
    String.raw`(?<span>(?:over|in|during|across)\s+(?:the\s+(?:last|past|previous)\s+)?(?:just\s+|only\s+)?(?<n2>${COUNT_WORD})\s+years?|(?:over|in|during)\s+(?:the\s+(?:last|past)\s+)?(?:a\s+)?decade|year[\s-]on[\s-]year|(?:on|compared\s+with|compared\s+to|from)\s+the\s+(?:previous|prior)\s+year|in\s+(?:a|one|the\s+space\s+of\s+a)\s+year|in\s+(?:12|twelve)\s+months|(?:over|in)\s+the\s+(?:last|past)\s+year|annual)`
  ].join('|'),
  'gi'
)

const wordCount = (text: string | undefined): number => {
  if (!text) return 1
  const key = text.toLowerCase().replace(/\s+/g, ' ')
  return /^\d+$/.test(key) ? Number(key) : (SMALL.get(key) ?? 1)
}

export function findRelatives(text: string): RelativeSpan[] {
  const found: RelativeSpan[] = []
  for (const match of text.matchAll(RELATIVE)) {
    const groups = match.groups!
    const span = { start: match.index, end: match.index + match[0].length }
    if (groups.back)
      found.push({
        ...span,
        kind: 'back',
        years: /decade/i.test(groups.back) ? 10 : wordCount(groups.n1),
        ...(/^(?:this\s+time\s+)?last\s+year$/i.test(groups.back) ? { isLoose: true } : {})
      })
    else if (groups.edition) found.push({ ...span, kind: 'edition', years: 0 })
    else if (groups.then) found.push({ ...span, kind: 'then', years: 0, ...(groups.sinceThen ? { isSinceThen: true } : {}) })
    else found.push({ ...span, kind: 'span', years: /decade/i.test(groups.span) ? 10 : wordCount(groups.n2) })
  }
  return found
}

const ABBREVIATIONS = String.raw`Mr|Mrs|Ms|Dr|St|No|Nos|Supt|Insp|Sgt|Det|Cllr|Prof|Rev|Lt|Col|Capt|Gen|Sir|vs|v|etc|approx|Co|Ltd|Inc|Jr|Sr|Ch|Con|PC|DC|DS|DI|DCI`
/** A sentence ends at . ! ? before a capital or digit (not after "Mr" or an initial), and at every line break. */
const SENTENCE_END = new RegExp(String.raw`(?<!\b(?:${ABBREVIATIONS}|[A-Z]))[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9£])|\r?\n`, 'g')

export interface Sentence extends Span {
  text: string
}

/** Splits copy into sentences, keeping offsets; decimals ("0.5"), "Mr." and initials do not end one. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  const push = (end: number) => {
    for (const piece of piecesOf(text, start, end)) {
      const body = text.slice(piece.start, piece.end)
      if (body.trim()) sentences.push({ text: body, start: piece.start, end: piece.end })
    }
  }
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length
    push(end)
    start = end
  }
  push(text.length)
  return sentences
}

/**
 * The longest stretch read as one sentence. Reading a number looks at the places, subjects and
 * years of its whole sentence, so a run of copy with no full stop (a pasted list or table of
 * thousands of figures) made the check grow with the square of its length; cut into pieces this
 * long, it grows in step with the copy. News sentences run to 60 or 70 words (about 400
 * characters), so no real sentence is cut.
 */
export const MAX_SENTENCE_CHARS = 1000

/** A sentence longer than MAX_SENTENCE_CHARS, cut after its last line end, else its last space, within each MAX_SENTENCE_CHARS. */
function piecesOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = []
  while (end - start > MAX_SENTENCE_CHARS) {
    const window = text.slice(start, start + MAX_SENTENCE_CHARS)
    const lineEnd = window.lastIndexOf('\n')
    const space = window.search(/\s\S*$/)
    const cut = lineEnd > 0 ? lineEnd + 1 : space > 0 ? space + 1 : MAX_SENTENCE_CHARS
    pieces.push({ start, end: start + cut })
    start += cut
  }
  pieces.push({ start, end })
  return pieces
}

/**
 * Where one claim ends and another begins inside a sentence: "; ", " – ", ", compared with", ", while",
 * ", where", ", and". Not the dash of a fact box's line ("95 – sexual harm prevention orders"): that joins a figure to its label.
 */
const CLAUSE_BREAK =
  /;|(?<!(?:^|\n)[ \t•*]*[\d,.]+(?:%|\s*per\s*cent)?)\s[–—-]\s|,\s*(?=(?:and|while|whereas|but|compared|against|where|which|with|although|though|versus|along\s+with|as\s+well\s+as|plus|alongside)\b)|\b(?:while|whereas|compared\s+(?:with|to)|against|versus)\b|\(|\)/gi

export function findClauseBreaks(text: string): number[] {
  const breaks: number[] = []
  for (const match of text.matchAll(CLAUSE_BREAK)) breaks.push(match.index)
  return breaks
}

/** Index of the last item that starts before `at` (binary search), or -1. */
export function lastStartingBefore(items: readonly Span[], at: number): number {
  let low = 0
  let high = items.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (items[middle].start < at) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** Index of the first number at or after `at` in a sorted list, or the list's length. */
export function firstAtOrAfter(values: readonly number[], at: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle] < at) low = middle + 1
    else high = middle
  }
  return low
}
