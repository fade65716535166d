// Reads every number in a reporter's copy the way a subeditor does: its kind (count, rate, one in N,
// share, change, rank, a word number; or not a MAPPA figure: age, date, year, money, duration,
// another count) and its frame (what it counts, where, when), from its own clause first, then the
// sentence, then carried from earlier sentences. One pass over the text: every cue is found once and
// looked up by position. Pure text work: never looks a figure up (check.ts does).

import { findPlaces, type PlaceSpan } from './places'
import {
  findClauseBreaks,
  findPeriods,
  findRelatives,
  findSubjects,
  firstAtOrAfter,
  lastStartingBefore,
  MONTH_WORDS,
  RATE_AFTER,
  RATE_BEFORE,
  splitSentences,
  type PeriodSpan,
  type RelativeSpan,
  type Sentence,
  type SubjectSpan,
  NUMBER_WORDS
} from './lexicon'

export { splitSentences, type Sentence }

export type MentionKind = 'count' | 'percent' | 'rate' | 'oneInN' | 'rank' | 'change' | 'ratio' | 'period' | 'other'

/** How sure the frame is of one part: written at the figure, in its clause, its sentence, carried from before, or assumed. */
export type Strength = 'attached' | 'clause' | 'sentence' | 'carried' | 'assumed'

/** A time relative to the story's edition (period undefined) or to a year the copy names, `back` years before. */
export interface TimeRef {
  period?: string
  back: number
  /** "last year": may mean the edition's own year in a story written after March. */
  isLoose?: boolean
}

export interface Mention {
  /** As written: "1,684", "81 per cent", "114 in every 100,000", "one in every 769", "12th highest". */
  text: string
  /** The number as written: 1,684 → 1684; "81 per cent" → 81; "nine" → 9; "doubled" → 2. */
  value: number
  /** Decimal places printed: "2.35 per cent" → 2. */
  decimals: number
  start: number
  end: number
  kind: MentionKind
  sentence: number
  /** What it counts: a measure id, `other` (see `reason`), or undefined where nothing says. */
  measure?: string
  measureFrom: Strength
  /** The area (slug), England and Wales, or a region the tables do not hold; undefined: the story's area. */
  place?: { kind: 'area' | 'national' | 'region'; slug: string }
  placeFrom: Strength
  time: TimeRef
  timeFrom: Strength
  /** For a change, percentage or ratio: the year it is measured from. */
  since?: TimeRef
  /** "up from 1,684": the earlier figure of a change. */
  isBase?: boolean
  /** "more than" (the figure is above what is written), "nearly" (below), "about" (either side). */
  rounding?: 'over' | 'under' | 'about'
  direction?: 'up' | 'down'
  /** For a percentage: a share of the MAPPA total or of the England and Wales figure. */
  shareOf?: 'total' | 'national' | 'population'
  /** For a percentage: "11 per cent higher than the national rate", a gap to England and Wales, not a change. */
  isAgainstNational?: boolean
  order?: 'highest' | 'lowest'
  /** For a ratio ("doubled", "a fifth higher"): the range of current ÷ earlier the words allow. */
  ratio?: { low: number; high: number; against?: 'national' }
  /** For `other` or a figure not checked: what it is instead. */
  reason?: string
  /** A row of a pasted table: the years its header gives, and this figure's column. */
  row?: { line: number; column: number; columns: number; periods?: string[] }
}

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
const NUMBER = new RegExp(
  String.raw`(?<![\w.,/:-])(?<currency>[£$€])?(?<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<decimals>\d+))?(?<suffix>st|nd|rd|th)?(?![\w/]|[,.]\d|-\d)|(?<![\w-])(?<ordinal>${ORDINAL_WORD})(?![\w])|(?<![\w-])(?<word>${WORD_NUMBER})(?![\w])`,
  'gi'
)

const RATIO = new RegExp(
  String.raw`(?<![\w-])(?<hedge>more\s+than\s+|almost\s+|nearly\s+|roughly\s+|about\s+|around\s+|over\s+)?(?:(?<verb>doubled|trebled|tripled|quadrupled|halved)|(?<fraction>a\s+half|half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|a\s+sixth)\s+(?<fractionWay>higher|more|up|bigger|larger|lower|fewer|down|smaller)|(?<times>twice|double|(?:two|three|four|five)\s+times)\s+(?:as\s+(?:many|high|large|much)|the\s+(?:number|figure|rate|national|level)|more|higher))`,
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

const ROUNDING_BEFORE: readonly [RegExp, 'over' | 'under' | 'about'][] = [
  [
    /\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|exceeding|above|just\s+over|at\s+least|a\s+little\s+over|well\s+over)\s*$/i,
    'over'
  ],
  [
    /\b(?:almost|nearly|just\s+under|just\s+short\s+of|close\s+to|approaching|fewer\s+than|less\s+than|under|below|not\s+quite|shy\s+of)\s*$/i,
    'under'
  ],
  [/\b(?:about|around|some|roughly|approximately|approx\.?|an\s+estimated|circa|c\.|in\s+the\s+region\s+of|or\s+so)\s*$/i, 'about']
]

const UP_WORDS =
  /\b(?:up|rise|rises|rising|rose|risen|increase[ds]?|increasing|higher|more|grew|grown|growth|jump(?:ed|s)?|climb(?:ed|s)?|soar(?:ed)?|surge[ds]?)\b/i
const DOWN_WORDS =
  /\b(?:down|fall|falls|falling|fell|fallen|decrease[ds]?|decreasing|lower|fewer|drop(?:ped|s)?|decline[ds]?|reduc(?:ed|tion)|shr[ua]nk)\b/i
const CHANGE_BEFORE =
  /\b(?:(?:rise|increase|jump|fall|drop|decrease|reduction|growth|change|decline)\s+of|(?:up|down|rose|fell|risen|fallen|increased|decreased|grew|dropped|climbed|declined|went\s+up|went\s+down|gone\s+up|gone\s+down)\s+by)\s*(?:just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i
/** "up from 1,684", "compared with 1,684": the earlier figure of a change, whatever came before it. */
const BASE_BEFORE =
  /\b(?:(?:up|down|rise|rising|rose|risen|fall|falling|fell|fallen|increase[ds]?|decrease[ds]?|grew|grown|dropped|jump(?:ed)?|climb(?:ed)?|declined?)\s+(?:\w+\s+){0,3}?from|compared\s+(?:with|to)|(?:on|from)\s+the)\s*(?:just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i
/** "from 380 to 406", "than 1,684": an earlier figure only after a figure in the same sentence. */
const WEAK_BASE_BEFORE =
  /\b(?:from|than|versus|against|on)\s*(?:just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i
const SHARE_WORDS =
  /\bof\s+(?:all|the|those|them|these|everyone)\b|\bmade?\s+up\b|\bmakes?\s+up\b|\bmaking\s+up\b|\baccount(?:ed|s|ing)?\s+for\b|\bproportion\b|\bshare\b|\bper\s+cent\s+of\b|%\s+of\b|\bwere\s+(?:registered\s+)?sex/i
const CHANGE_WORDS =
  /\b(?:up|down|rise|rose|risen|increase[ds]?|decrease[ds]?|fall|fell|fallen|grew|growth|jump(?:ed)?|climb(?:ed)?|drop(?:ped)?|higher|lower|more\s+than\s+(?:a\s+year|in|last)|fewer|since|compared|on\s+the\s+(?:previous|year)|year[\s-]on[\s-]year|change)\b/i
const RANK_AFTER = /^(?:[\s-]+)(highest|lowest|largest|smallest|biggest|most|fewest|worst|best|greatest)\b/i
const RANK_OF = /^\s+(?:out\s+)?of\s+(?:the\s+)?(?:42|forty-two)\b|^\s+(?:in|among|across)\s+(?:england\s+and\s+wales|the\s+country)/i
const CHANGE_BASE_BEFORE =
  /\b(?:up|down|rising|falling|increasing|decreasing|rose|fell)\s+(?:(?:\w+\s+){0,2})?from\s+$|\bcompared\s+(?:with|to)\s+$/i
/** A ranked list just before a place's own position in it ("The highest rates were in …"). */
const RANKED_LIST = /\b(?:highest|lowest|largest|smallest|biggest|top|bottom)\b/i
const RATE_WORDS = /\brates?\b|per\s+100/i
const COUNT_WORDS = /\b(?:number|numbers|total|count)\b/i
const RANKED_BEFORE = /\b(?:ranked|ranks|ranking|placed|came|comes|sits|sat|is|was)\s+(?:the\s+)?$/i
const WORD_RANK =
  /\b(?:the|had\s+the|has\s+the|with\s+the)\s+(highest|lowest|largest|smallest|biggest)\s+(?:(?:number|rate|proportion|figure|total|concentration|count)\b)(?![^.;]{0,40}\b(?:since|on\s+record|ever|in\s+(?:\w+\s+)?(?:years|decade)|for\s+(?:\w+\s+)?(?:years|decade)))(?=[^.;]{0,80}\b(?:in\s+england\s+and\s+wales|in\s+the\s+country|nationally|of\s+(?:any|all)\s+(?:the\s+)?(?:42\s+)?(?:mappa\s+|police\s+)?(?:force\s+)?(?:areas?|forces?)|among|across\s+england\s+and\s+wales|of\s+the\s+42))/gi

/**
 * Other counts the tables hold, from the words of the claim: breaches of notification requirements,
 * Sexual Harm Prevention Orders, serious further offence charges. Checked when the store has them.
 */
function tableMeasureOf(words: string): string | undefined {
  if (/\bbreach(?:es|ed|ing)?\b[^.;]{0,60}\bnotification\b|\bnotification\s+requirements?\b[^.;]{0,40}\bbreach/i.test(words))
    return 'breaches_notification'
  if (/\bsexual\s+harm\s+prevention\s+orders?\b|\bshpos?\b/i.test(words)) return 'shpo'
  if (/\bcharged\b[^.;]{0,40}\bserious\s+further\s+offen[cs]es?\b/i.test(words)) return 'sfo_charged'
  return undefined
}

/** Words ending in s after a number that are not what it counts. */
const NOT_NOUNS: ReadonlySet<string> = new Set([
  ...[
    'was',
    'has',
    'does',
    'its',
    'this',
    'thus',
    'plus',
    'less',
    'across',
    'unless',
    'always',
    'perhaps',
    'towards',
    'afterwards',
    'besides',
    'others',
    'whereas',
    'alongside',
    'nationwide',
    'yes'
  ],
  ...['times', 'ones', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'points', 'pounds', 'miles'],
  // Verbs that follow a figure: "1,867 represents a rise", "114 compares with 126".
  ...[
    'represents',
    'marks',
    'compares',
    'puts',
    'means',
    'remains',
    'stands',
    'equates',
    'makes',
    'takes',
    'gives',
    'shows',
    'places',
    'ranks',
    'sits',
    'comes',
    'sees',
    'seems',
    'appears',
    'includes',
    'exceeds',
    'reflects',
    'amounts',
    'accounts',
    'suggests',
    'leaves',
    'brings',
    'sets',
    'continues',
    'follows',
    'rises',
    'falls',
    'grows',
    'drops',
    'increases',
    'decreases',
    'doubles',
    'totals',
    'reaches',
    'compares',
    'lives',
    'lies',
    'needs',
    'requires'
  ]
])

/** "45 sex offenders were cautioned for breaches": a count of what some of them did, not of them. */
const SUBCOUNT =
  /^\s*(?:,\s*)?(?:who\s+|that\s+)?(?:were|was|have|had|are|has)?\s*(?:been\s+)?(?:also\s+)?((?:cautioned|convicted|charged|recalled|returned|sent\s+back|jailed|imprisoned|arrested|breach(?:ed|ing)|(?:gone\s+|went\s+)?missing|wanted|committed|re-?offended|found\s+guilty|prosecuted|absconded|deported|living\s+abroad|on\s+the\s+run|given|issued|made\s+subject)(?:\s+or\s+[a-z]+)?)\b/i

/** "per 100,000", "aged 10 and over", "the 42 areas", "Category 1": numbers in fixed phrases, never figures. */
function isFixedPhrase(before: string, value: number, after: string): boolean {
  if (value === 100000 && /\b(?:per|in|for|every|of)\s*$/i.test(before)) return true
  if (
    (value === 10 || value === 9) &&
    (/^\s*(?:and|or|\+)\s*(?:over|above|older|upwards)\b|^\+/i.test(after) ||
      /\b(?:aged?|ages|over|above|older\s+than)\s+(?:of\s+)?(?:over\s+|above\s+)?$/i.test(before))
  )
    return true
  if (value === 42 && /^\s*(?:mappa\s+|police\s+|force\s+)?(?:areas?|forces?|regions?)\b/i.test(after)) return true
  if (
    /\b(?:category|cat\.?|level|tier|table|chart|figure|page|section|article|chapter|part|phase|note|no\.?|number|rule|schedule|clause)\s*$/i.test(
      before
    ) &&
    value < 100
  )
    return true
  return false
}

const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTH_WORDS})\\b`, 'i')
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_WORDS})\\s*$`, 'i')
const ORDINAL_DATE = new RegExp(`^\\s+of\\s+(?:${MONTH_WORDS})\\b`, 'i')

/** Why a number is not a MAPPA figure, from the words right beside it. */
function otherReason(before: string, after: string, currency: string | undefined, isOrdinal: boolean): string | undefined {
  if (currency || /^\s*(?:pounds|pence|million|billion|bn\b|m\b|k\b|p\b)/i.test(after)) return 'money'
  if (
    /^\s*-?(?:years?|yrs?)[\s-]+old\b|^\s*-year-old|^\s*-years-old/i.test(after) ||
    /\b(?:aged|age\s+of|ages\s+of)\s*$/i.test(before) ||
    /\b(?:aged|ages)\s+\d{1,2}\s*(?:to|and|-|–)\s*$/i.test(before)
  )
    return 'an age'
  if (
    /[A-Za-z]\s*,\s*$/.test(before) &&
    /^\s*,\s*(?:of|from|who|was|is|has|had|and|appeared|pleaded|admitted|denied|formerly|previously|a|an|the|now|said|told|described|lives|lived)\b/.test(
      after
    )
  )
    return 'an age'
  if (MONTH_AFTER.test(after) || (MONTH_BEFORE.test(before) && !/^\s*\d/.test(after)) || (isOrdinal && ORDINAL_DATE.test(after)))
    return 'a date'
  if (/^\s*-?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b/i.test(after)) return 'a length of time'
  if (/^\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)\b/i.test(after) || /^:\d\d/.test(after)) return 'a time of day'
  if (/^\s*(?:miles?|km|metres?|feet|ft|mph)\b/i.test(after)) return 'a distance'
  if (/\b(?:call|ring|phone|telephone|tel\.?|text|on)\s*$/i.test(before) && /^\s\d{3}/.test(after)) return 'a phone number'
  return undefined
}

/** A line of a pasted table: an area's name and then one figure a column ("Essex  1,496  1,596  1,684"). */
const TABLE_ROW = /^[\s|]*[A-Za-z][A-Za-z&' .-]*?[\s|:,]+(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[\s|,\t]*){2,}$/
const TABLE_HEADER_PERIOD = /(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?/g

interface Cues {
  places: PlaceSpan[]
  subjects: SubjectSpan[]
  periods: PeriodSpan[]
  relatives: RelativeSpan[]
  breaks: number[]
}

/** Extracts every mention; numbers inside years, "ten years ago" and "per 100,000" are part of those, not figures. */
export function extractMentions(text: string): Mention[] {
  const cues: Cues = {
    places: findPlaces(text),
    subjects: findSubjects(text),
    periods: findPeriods(text),
    relatives: findRelatives(text),
    breaks: findClauseBreaks(text)
  }
  const mentions: Mention[] = []
  let carried: { measure?: string; reason?: string; place?: Mention['place']; time?: TimeRef; kind?: MentionKind } = {}
  let header: string[] | undefined
  const ratioSpans = [...text.matchAll(RATIO)]
  const wordRanks = [...text.matchAll(WORD_RANK)]
  let ratioAt = 0
  let wordRankAt = 0
  splitSentences(text).forEach((sentence, index) => {
    const found: Mention[] = []
    const body = sentence.text
    const trimmed = body.trim()
    // A table header: years and little else. A table row: an area's name and figures.
    const headerPeriods = trimmed.match(TABLE_HEADER_PERIOD)
    if (
      headerPeriods &&
      headerPeriods.length >= 2 &&
      trimmed
        .replace(TABLE_HEADER_PERIOD, '')
        .replace(/[^A-Za-z]+/g, ' ')
        .trim()
        .split(' ').length <= 3
    ) {
      header = periodsOfHeader(cues.periods, sentence)
      for (const period of cues.periods.filter((span) => span.start >= sentence.start && span.end <= sentence.end))
        found.push(yearMention(text, period, index))
      mentions.push(...found)
      return
    }
    const isRow = TABLE_ROW.test(trimmed)
    if (!isRow && trimmed.length > 0 && !/^[\d\s|,.\t]*$/.test(trimmed))
      header = header && /^[A-Za-z][^.!?]{0,40}$/.test(trimmed) ? header : undefined
    const sentenceContext = sentenceFrame(cues, sentence)
    if (!isRow) for (const period of within(cues.periods, sentence)) found.push(yearMention(text, period, index))
    for (const match of body.matchAll(NUMBER)) {
      const at = sentence.start + match.index
      const mention = readNumber(text, cues, sentence, index, match, at)
      if (mention) found.push(mention)
    }
    while (ratioAt < ratioSpans.length && ratioSpans[ratioAt].index < sentence.end) {
      const match = ratioSpans[ratioAt++]
      if (match.index >= sentence.start) found.push(readRatio(text, match, index))
    }
    while (wordRankAt < wordRanks.length && wordRanks[wordRankAt].index < sentence.end) {
      const match = wordRanks[wordRankAt++]
      if (match.index < sentence.start) continue
      const start = match.index + match[0].indexOf(match[1])
      found.push({
        text: text.slice(start, match.index + match[0].length),
        value: 1,
        decimals: 0,
        start,
        end: match.index + match[0].length,
        kind: 'rank',
        order: /lowest|smallest/i.test(match[1]) ? 'lowest' : 'highest',
        sentence: index,
        measure: /rate|concentration|proportion/i.test(match[0]) ? 'rso_rate' : undefined,
        measureFrom: 'clause',
        placeFrom: 'assumed',
        time: { back: 0 },
        timeFrom: 'assumed'
      })
    }
    found.sort((a, b) => a.start - b.start)
    if (isRow) markRow(found, index, header)
    resolveSentence(text, cues, sentence, found, sentenceContext, carried)
    const lastFramed = [...found].reverse().find((mention) => mention.kind !== 'period' && mention.kind !== 'other')
    const mainFigure = found.find((mention) => mention.kind !== 'period' && mention.kind !== 'other' && !mention.isBase)
    const named = sentenceContext.subject
    // A sentence's MAPPA figure carries its subject on; a sentence of other counts carries "counts officers".
    // Only a sentence whose own numbers count something else ("24 breaches") hands that on; "a staff reporter" does not.
    const carriedMeasure = lastFramed?.measure ?? (named && named.measure !== 'other' ? named.measure : undefined)
    const countsOther = found.find((mention) => mention.kind === 'other' && mention.reason?.startsWith('counts '))
    carried = {
      measure: carriedMeasure ?? carried.measure,
      // What the sentence before counted instead lasts one sentence ("It was 20 the year before").
      reason:
        carriedMeasure || !countsOther
          ? undefined
          : countsOther.reason!.replace(/, not a figure the checker holds$/, '').replace(/ \(carried from the sentence before\)$/, ''),
      place: sentenceContext.localPlace ?? carried.place,
      time:
        (mainFigure && mainFigure.timeFrom !== 'assumed' && mainFigure.time.period ? mainFigure.time : undefined) ??
        (sentenceContext.isReferringBack ? carried.time : undefined),
      kind: lastFramed?.kind ?? carried.kind
    }
    mentions.push(...found)
  })
  return mentions
}

function yearMention(text: string, span: PeriodSpan, sentence: number): Mention {
  return {
    text: text.slice(span.start, span.end),
    value: Number(span.period.slice(0, 4)) + 1,
    decimals: 0,
    start: span.start,
    end: span.end,
    kind: 'period',
    sentence,
    measureFrom: 'assumed',
    placeFrom: 'assumed',
    time: { period: span.period, back: 0 },
    timeFrom: 'attached',
    reason: `a year: read as 31 March ${Number(span.period.slice(0, 4)) + 1} (${span.period})`
  }
}

function periodsOfHeader(periods: PeriodSpan[], sentence: Sentence): string[] {
  return periods.filter((span) => span.start >= sentence.start && span.end <= sentence.end).map((span) => span.period)
}

function markRow(found: Mention[], line: number, header: string[] | undefined): void {
  const cells = found.filter((mention) => mention.kind === 'count' || mention.kind === 'period')
  cells.forEach((mention, column) => {
    if (mention.kind === 'period') {
      // A four-digit figure in a row is a count, not a year.
      mention.kind = 'count'
      mention.reason = undefined
    }
    mention.row = { line, column, columns: cells.length, ...(header && header.length === cells.length ? { periods: header } : {}) }
    mention.timeFrom = header && header.length === cells.length ? 'attached' : 'assumed'
    if (header && header.length === cells.length) mention.time = { period: header[column], back: 0 }
  })
}

function readRatio(text: string, match: RegExpMatchArray, sentence: number): Mention {
  const { hedge, verb, fraction, fractionWay, times } = match.groups!
  const start = match.index! + (hedge ? hedge.length : 0)
  const end = match.index! + match[0].length
  let low: number
  let high: number
  let value: number
  if (verb) {
    value = /halved/i.test(verb) ? 0.5 : /doubled/i.test(verb) ? 2 : /quadrupled/i.test(verb) ? 4 : 3
  } else if (fraction) {
    const part = FRACTIONS.get(fraction.replace(/^a\s+/i, '').toLowerCase()) ?? 0.5
    value = /higher|more|up|bigger|larger/i.test(fractionWay) ? 1 + part : 1 - part
  } else value = TIMES.get(times.split(/\s+/)[0].toLowerCase()) ?? 2
  // How far the words stretch: "doubled" for 1.95–2.05 times, "more than doubled" above, "almost doubled" from 90 per cent of it.
  const slack = verb ? value * 0.025 : 0.025
  const hedgeKind = hedge ? (/more|over/i.test(hedge) ? 'over' : /almost|nearly/i.test(hedge) ? 'under' : 'about') : undefined
  if (hedgeKind === 'over') [low, high] = [value, value * 1.5]
  else if (hedgeKind === 'under') [low, high] = [value - Math.abs(value - 1) * 0.2, value + slack]
  else if (hedgeKind === 'about') [low, high] = [value - Math.abs(value - 1) * 0.1, value + Math.abs(value - 1) * 0.1]
  else [low, high] = [value - slack, value + slack]
  if (value < 1 && hedgeKind === 'over') [low, high] = [value * 0.5, value]
  const against = /\bnational\b/i.test(match[0]) || /^\s+the\s+national\b/i.test(text.slice(end, end + 20)) ? 'national' : undefined
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
    measureFrom: 'assumed',
    placeFrom: 'assumed',
    time: { back: 0 },
    timeFrom: 'assumed'
  }
}

/** Reads one number: its kind, value, and what the words right beside it say. */
function readNumber(
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
  const base = {
    value,
    decimals: decimals?.length ?? 0,
    sentence: sentenceIndex,
    measureFrom: 'assumed' as Strength,
    placeFrom: 'assumed' as Strength,
    time: { back: 0 },
    timeFrom: 'assumed' as Strength
  }
  const other = (reason: string): Mention => {
    const tableMeasure = reason.startsWith('counts ') ? tableMeasureOf(text.slice(at, Math.min(sentence.end, end + 100))) : undefined
    return {
      ...base,
      text: whole,
      start: at,
      end,
      kind: 'other',
      reason,
      ...(tableMeasure ? { measure: tableMeasure, measureFrom: 'attached' as Strength } : {})
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
      return {
        ...base,
        text: text.slice(at, rankEnd),
        start: at,
        end: rankEnd,
        kind: 'rank',
        order,
        measure: isRate ? 'rso_rate' : undefined,
        measureFrom: 'clause'
      }
    }
    if (ordinal) return undefined
    return otherReason(before, after, undefined, true)
      ? other(otherReason(before, after, undefined, true)!)
      : other('an ordinal that is not a rank')
  }
  // Word numbers are figures only before what they count, or in a change ("a rise of nine").
  const subjectAfter = attachedSubject(cues.subjects, end, after)
  if (word) {
    if (lower === 'one' && /^\s+(?:in|for)\s+(?:every\s+)?[\d,]+/i.test(after)) return undefined
    if (lower === 'one' && /^\s+of\b/i.test(after)) return undefined
    const isCounted = subjectAfter !== undefined && subjectAfter.measure !== 'other' && !subjectAfter.isVague
    if (!isCounted && !CHANGE_BEFORE.test(before)) return undefined
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
  if (digits === '1' && /^\s+(?:in|for|out\s+of)\s+(?:every\s+)?[\d,]+/i.test(after)) return undefined
  if (digits && ((digits.length >= 3 && digits.startsWith('0')) || (!digits.includes(',') && /\b0\d{2,4}\s(?:\d{3,4}\s)?$/.test(before))))
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
  const clauseStart = clauseStartOf(cues.breaks, at, sentence.start)
  const clauseBefore = text.slice(clauseStart, at)
  const isChange =
    CHANGE_BEFORE.test(before) ||
    /^\s+(?:more|fewer|extra|additional)\s+(?:than|registered|sex|offenders|people|violent|other|in\s+the)\b/i.test(after) ||
    /^\s+points?\b/i.test(after)
  // "The rate rose by 11 points": a change in the rate.
  if (isChange && /\brates?\b/i.test(clauseBefore) && !(subjectAfter && !subjectAfter.isVague))
    return { ...base, text: whole, start: at, end, kind: 'change', measure: 'rso_rate', measureFrom: 'clause' }
  if (RATE_BEFORE.test(clauseBefore) && !(subjectAfter && !subjectAfter.isVague))
    return { ...base, text: whole, start: at, end, kind: 'rate', measure: 'rso_rate', measureFrom: 'clause' }
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
    const doing = SUBCOUNT.exec(text.slice(subjectAfter.end, Math.min(sentence.end, subjectAfter.end + 60)))
    if (doing)
      return other(`counts those who ${doing[0].replace(/^[\s,]*(?:(?:who|that)\s+)?/i, '').toLowerCase()}, not a figure the checker holds`)
    if (!subjectAfter.isVague) {
      mention.measure = subjectAfter.measure
      mention.measureFrom = 'attached'
    } else if (
      /^\s+(?:people|men|individuals|persons)\b/i.test(after) &&
      !/\b(?:offenders?|register|mappa|managed|convicted)\b/i.test(after.slice(0, 80))
    ) {
      mention.reason = 'counts people, and nothing says which'
    }
  }
  return mention
}

function wordValue(word: string): number {
  const direct = NUMBER_WORDS.get(word)
  if (direct !== undefined) return direct
  const [tens, unit] = word.split(/[\s-]/)
  return (NUMBER_WORDS.get(tens) ?? 0) + (NUMBER_WORDS.get(unit) ?? 0)
}

/** The subject written right after a number ("1,867 registered sex offenders", "406 violent offenders", "24 breaches"). */
function attachedSubject(subjects: SubjectSpan[], end: number, after: string): SubjectSpan | undefined {
  const index = lastStartingBefore(subjects, end + 1) + 1
  const next = subjects[index] as SubjectSpan | undefined
  if (!next) return undefined
  const gap = after.slice(0, next.start - end)
  if (gap.length > 40 || /[\d,.;:()!?]/.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length > 3) return undefined
  // "people convicted of sex crimes", "offenders managed by MAPPA": a vague noun the next words make definite.
  if (next.isVague) {
    const following = subjects[index + 1] as SubjectSpan | undefined
    if (
      following &&
      !following.isVague &&
      following.measure !== 'other' &&
      following.start - next.end < 30 &&
      !/[\d,.;:!?]/.test(after.slice(next.end - end, following.start - end))
    )
      return following
  }
  return next
}

function clauseStartOf(breaks: number[], at: number, sentenceStart: number): number {
  const index = firstAtOrAfter(breaks, at) - 1
  return index >= 0 && breaks[index] >= sentenceStart ? breaks[index] : sentenceStart
}

function clauseEndOf(breaks: number[], at: number, sentenceEnd: number): number {
  const index = firstAtOrAfter(breaks, at)
  return index < breaks.length && breaks[index] < sentenceEnd ? breaks[index] : sentenceEnd
}

interface SentenceFrame {
  /** The last MAPPA (or other) subject the sentence names. */
  subject?: SubjectSpan
  /** The last local area it names. */
  localPlace?: Mention['place']
  /** A year it names for the whole sentence. */
  explicitTime?: TimeRef
  isReferringBack: boolean
}

const REFERS_BACK =
  /^\s*["'“‘]?\s*(?:that|this|it|these|those|which|the\s+(?:figure|rate|number|total|count)|the\s+same|back\s+then|then|at\s+that\s+time)\b/i

function sentenceFrame(cues: Cues, sentence: Sentence): SentenceFrame {
  const subjects = within(cues.subjects, sentence).filter((subject) => !subject.isVague)
  const places = within(cues.places, sentence).filter((place) => place.kind === 'area')
  const periods = within(cues.periods, sentence).filter((period) => !period.isSince)
  return {
    subject: subjects[subjects.length - 1],
    localPlace: places.length > 0 ? { kind: 'area', slug: places[places.length - 1].slug } : undefined,
    explicitTime: periods.length > 0 ? { period: periods[0].period, back: 0 } : undefined,
    isReferringBack: REFERS_BACK.test(sentence.text)
  }
}

function within<T extends { start: number; end: number }>(items: T[], span: { start: number; end: number }): T[] {
  const from = lastStartingBefore(items, span.start) + 1
  const found: T[] = []
  for (let index = from; index < items.length && items[index].start < span.end; index++) found.push(items[index])
  return found
}

/** Place words that name a comparison set, not where a figure is: "the highest in England and Wales". */
const COMPARISON_BEFORE =
  /\b(?:highest|lowest|largest|smallest|biggest|most|fewest|worst|best|top|bottom|rank(?:ed|s|ing)?|of\s+the\s+42)\b[^.;]{0,30}$/i

/** Gives each mention of a sentence its frame: measure, place and time, nearest cue first. */
function resolveSentence(
  text: string,
  cues: Cues,
  sentence: Sentence,
  found: Mention[],
  frame: SentenceFrame,
  carried: { measure?: string; reason?: string; place?: Mention['place']; time?: TimeRef; kind?: MentionKind }
): void {
  const sentencePlaces = within(cues.places, sentence)
  const sentenceSubjects = within(cues.subjects, sentence).filter((subject) => !subject.isVague)
  const sentencePeriods = within(cues.periods, sentence)
  const sentenceRelatives = within(cues.relatives, sentence)
  const sinceCue = sentencePeriods.find((period) => period.isSince && !period.isRecord)
  const spanCue = sentenceRelatives.find((relative) => relative.kind === 'span')
  const sentenceSince: TimeRef | undefined = sinceCue ? { period: sinceCue.period, back: 0 } : spanCue ? { back: spanCue.years } : undefined
  /** The start of a change: a "since" or "over five years" in its clause, else one before it in the sentence. */
  const sinceFor = (mention: Mention): TimeRef | undefined => {
    const clauseStart = clauseStartOf(cues.breaks, mention.start, sentence.start)
    const clauseEnd = clauseEndOf(cues.breaks, mention.end, sentence.end)
    const cues_ = [
      ...sentencePeriods
        .filter((period) => period.isSince && !period.isRecord)
        .map((period) => ({ start: period.start, time: { period: period.period, back: 0 } as TimeRef })),
      ...sentenceRelatives
        .filter((relative) => relative.kind === 'span')
        .map((relative) => ({ start: relative.start, time: { back: relative.years } as TimeRef }))
    ]
    return (
      cues_.find((cue) => cue.start >= clauseStart && cue.start < clauseEnd) ?? cues_.filter((cue) => cue.start < mention.start).pop()
    )?.time
  }
  // The sentence's own year: the first it names that no figure holds for itself, else carried for "That was…".
  const heldPeriods = new Set<PeriodSpan>()
  let previousFigure: Mention | undefined
  for (const mention of found) {
    if (mention.kind === 'other' && mention.measure) {
      // Another count the tables hold: where and when, to look it up.
      const clauseStart = clauseStartOf(cues.breaks, mention.start, sentence.start)
      const clauseEnd = clauseEndOf(cues.breaks, mention.end, sentence.end)
      placeOf(text, mention, sentencePlaces, clauseStart, clauseEnd, carried.place)
      timeOf(text, mention, cues, sentence, clauseStart, clauseEnd, heldPeriods)
      continue
    }
    if (mention.kind === 'period' || mention.kind === 'other') continue
    const clauseStart = clauseStartOf(cues.breaks, mention.start, sentence.start)
    const clauseEnd = clauseEndOf(cues.breaks, mention.end, sentence.end)
    const before = text.slice(clauseStart, mention.start)
    // What it counts.
    if (
      !mention.measure &&
      (mention.kind === 'ratio' || mention.kind === 'percent' || mention.kind === 'change') &&
      /\brates?\b|\bper\s+100,?000\b/i.test(before)
    ) {
      // "Kent's rate is 1.3 times the national average", "the rate rose 11 per cent".
      mention.measure = 'rso_rate'
      mention.measureFrom = 'clause'
    }
    // "1,000 sexual offenders, according to the annual report, up from 999": the earlier figure of a
    // change counts what the figure it is the base of counts, whatever nouns stand between them.
    if (
      !mention.measure &&
      mention.kind === 'count' &&
      previousFigure?.kind === 'count' &&
      previousFigure.measure &&
      CHANGE_BASE_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 40), mention.start))
    ) {
      mention.measure = previousFigure.measure
      mention.measureFrom = 'sentence'
    }
    if (!mention.measure) {
      if (mention.reason === 'counts people, and nothing says which') {
        mention.kind = 'other'
        continue
      }
      const clauseSubject = [...sentenceSubjects].reverse().find((subject) => subject.end <= mention.start && subject.start >= clauseStart)
      const clauseAfter = sentenceSubjects.find(
        (subject) => subject.start >= mention.end && subject.start < clauseEnd && subject.measure !== 'other'
      )
      // "Kent (2,000), Essex (1,867) … had the most sex offenders": a list names its subject once, before or after.
      const isBracketed = /\(\s*$/.test(text.slice(Math.max(sentence.start, mention.start - 3), mention.start))
      const sentenceBefore =
        [...sentenceSubjects].reverse().find((subject) => subject.end <= mention.start && subject.measure !== 'other') ??
        (isBracketed ? sentenceSubjects.find((subject) => subject.start >= mention.end && subject.measure !== 'other') : undefined)
      const pick = clauseSubject ?? clauseAfter
      // "114 per 100,000 … below the national average of 126": a bare number after a rate is a rate.
      const isAfterRate =
        previousFigure?.kind === 'rate' &&
        mention.kind === 'count' &&
        mention.value < 1000 &&
        (!clauseSubject || clauseSubject.end <= previousFigure.end)
      if (
        previousFigure &&
        previousFigure.measure &&
        (mention.kind === 'count' || mention.kind === 'change' || mention.kind === 'percent' || mention.kind === 'ratio') &&
        (!pick || isAfterRate)
      ) {
        mention.measure = previousFigure.measure === 'rso_rate' && mention.kind === 'count' ? 'rso_rate' : previousFigure.measure
        mention.measureFrom = 'sentence'
        if (mention.measure === 'rso_rate' && mention.kind === 'count') mention.kind = 'rate'
      } else if (pick ?? sentenceBefore) {
        const subject = (pick ?? sentenceBefore)!
        if (subject.measure === 'other') {
          mention.kind = 'other'
          mention.reason = `counts ${subject.noun}, not a figure the checker holds`
          continue
        }
        mention.measure = subject.measure
        // A subject written with the figure before ("406 violent offenders and 19 others") is that figure's, not this one's.
        mention.measureFrom = pick && !(previousFigure && subject.start >= previousFigure.start) ? 'clause' : 'sentence'
      } else if (carried.reason && mention.kind === 'count') {
        mention.kind = 'other'
        mention.reason = `${carried.reason} (carried from the sentence before), not a figure the checker holds`
        continue
      } else if (carried.measure) {
        mention.measure = carried.measure
        mention.measureFrom = 'carried'
        if (mention.measure === 'rso_rate' && mention.kind === 'count') mention.kind = 'rate'
      }
      // "(120)" after an area in a sentence about rates is a rate.
      if (mention.kind === 'count' && /\(\s*$/.test(text.slice(mention.start - 2, mention.start)) && /\brates?\b/i.test(sentence.text)) {
        mention.kind = 'rate'
        mention.measure = 'rso_rate'
      }
    }
    if (mention.kind === 'rate' || mention.kind === 'oneInN') mention.measure = 'rso_rate'
    if (mention.kind === 'count' && mention.measure === 'rso_rate') mention.kind = 'rate'
    // Rounding words and direction.
    for (const [pattern, rounding] of ROUNDING_BEFORE)
      if (pattern.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start))) mention.rounding = rounding
    const around = text
      .slice(Math.max(clauseStart, mention.start - 50), Math.min(clauseEnd, mention.end + 50))
      .replace(/\b(?:made?|makes?|making)\s+up\b/gi, 'formed')
    if (mention.kind === 'percent' || mention.kind === 'change' || mention.kind === 'ratio') {
      mention.direction =
        UP_WORDS.test(around) && !DOWN_WORDS.test(around)
          ? 'up'
          : DOWN_WORDS.test(around) && !UP_WORDS.test(around)
            ? 'down'
            : UP_WORDS.test(around)
              ? 'up'
              : undefined
      if (mention.kind === 'ratio' && mention.value < 1) mention.direction = 'down'
    }
    if (mention.kind === 'percent' && !mention.reason) {
      const near = text.slice(Math.max(clauseStart, mention.start - 60), Math.min(clauseEnd, mention.end + 60))
      const isChange = CHANGE_WORDS.test(near.replace(/\b(?:made?|makes?|making)\s+up\b/gi, ''))
      const following = text.slice(mention.end, Math.min(sentence.end, mention.end + 80))
      if (
        /^[^.;]{0,30}?\b(?:higher|lower|more|fewer|greater|above|below)\s+than\s+(?:the\s+)?(?:national|england\s+and\s+wales|average|across\s+england)|^[^.;]{0,30}?\b(?:above|below)\s+the\s+(?:national|england\s+and\s+wales)/i.test(
          following
        )
      ) {
        mention.isAgainstNational = true
      } else if (
        /^\s*of\s+(?:the\s+)?(?:(?:local|whole|county's|area's)\s+)?(?:population|people|residents|everyone|all\s+people)\b/i.test(
          following
        )
      ) {
        mention.shareOf = 'population'
      } else if (
        /\b(?:men|male|women|female|aged|white|british|children|girls|boys|under\s+\d|over\s+\d|level\s+(?:1|2|3|one|two|three))\b/i.test(
          following.slice(0, 60)
        )
      ) {
        mention.reason = 'a share the tables do not hold (by sex, age or level)'
      } else if (SHARE_WORDS.test(near) && !/\b(?:rise|rose|increase|fall|fell|decrease|up\s+from|down\s+from|since)\b/i.test(near)) {
        const whole = text.slice(mention.end, clauseEnd)
        mention.shareOf =
          /\b(?:england\s+and\s+wales|national|nationally|the\s+country)\b/i.test(whole) &&
          !/\b(?:managed|mappa|in\s+total|all\s+offenders)\b/i.test(whole)
            ? 'national'
            : 'total'
      } else if (!isChange) mention.reason = 'a percentage of something the copy does not name'
    }
    // Where.
    placeOf(text, mention, sentencePlaces, clauseStart, clauseEnd, carried.place)
    // When.
    timeOf(text, mention, cues, sentence, clauseStart, clauseEnd, heldPeriods)
    const tail = before.slice(-40)
    const isBaseWording =
      BASE_BEFORE.test(tail) ||
      (WEAK_BASE_BEFORE.test(tail) && previousFigure !== undefined) ||
      /^\s+to\s+\d/.test(text.slice(mention.end, mention.end + 12))
    if (
      (mention.kind === 'count' || mention.kind === 'rate') &&
      isBaseWording &&
      !(previousFigure && mention.place && previousFigure.place && mention.place.slug !== previousFigure.place.slug)
    ) {
      mention.isBase = true
    }
    if (mention.kind !== 'rank') previousFigure = mention
  }
  // Figures with no year of their own: the sentence's free year, or one carried for "That was…", or the edition.
  const freePeriod = sentencePeriods.find((period) => !period.isSince && !heldPeriods.has(period))
  const anchor = sentencePeriods.find((period) => !period.isSince)
  const editionCue = sentenceRelatives.find((relative) => relative.kind === 'edition')
  const thenCue = sentenceRelatives.find((relative) => relative.kind === 'then')
  const sentenceTime: TimeRef | undefined = freePeriod
    ? { period: freePeriod.period, back: 0 }
    : thenCue && carried.time
      ? carried.time
      : frame.isReferringBack && carried.time
        ? carried.time
        : undefined
  let current: TimeRef | undefined
  const framed = found.filter((mention) => mention.kind !== 'period' && mention.kind !== 'other' && !mention.row)
  for (const mention of framed) {
    if (mention.timeFrom === 'assumed') {
      if (mention.isBase) {
        const reference = current ?? sentenceTime ?? { back: 0 }
        const since = sinceFor(mention) ?? sentenceSince
        mention.time = since?.period ? since : { ...reference, back: reference.back + (since?.back ?? 1) }
        mention.timeFrom = 'sentence'
      } else if (sentenceTime && !editionCue) {
        mention.time = sentenceTime
        mention.timeFrom = 'sentence'
      }
    } else if (mention.time.period === undefined && mention.time.back > 0 && anchor && anchor.start < mention.start) {
      // "a year earlier" in a sentence about 2020: a year before 2020.
      mention.time = { period: anchor.period, back: mention.time.back }
    }
    if (!mention.isBase && mention.kind !== 'rank') current = mention.time
  }
  for (const mention of framed) {
    if (mention.kind !== 'percent' && mention.kind !== 'change' && mention.kind !== 'ratio') continue
    // The earlier figure nearest the change: "up from 1,684 – a rise of 11 per cent – and from 1,496 in 2019".
    const clauseStart = clauseStartOf(cues.breaks, mention.start, sentence.start)
    const clauseEnd = clauseEndOf(cues.breaks, mention.end, sentence.end)
    const bases = framed.filter((other) => other.isBase && other.measure === mention.measure && other.place?.slug === mention.place?.slug)
    const baseFigure =
      bases.find((other) => other.start >= clauseStart && other.end <= clauseEnd) ??
      bases.filter((other) => other.end <= mention.start).pop() ??
      bases.find((other) => other.start >= mention.end)
    const reference = mention.time
    const since = mention.since ?? sinceFor(mention)
    mention.since = baseFigure ? baseFigure.time : since?.period ? since : { ...reference, back: reference.back + (since?.back ?? 1) }
  }
}

function placeOf(
  text: string,
  mention: Mention,
  places: PlaceSpan[],
  clauseStart: number,
  clauseEnd: number,
  carried: Mention['place']
): void {
  const usable = (place: PlaceSpan) =>
    place.kind !== 'back' &&
    !(
      (place.kind === 'national' || place.kind === 'region') &&
      (mention.kind === 'rank' ||
        mention.isAgainstNational ||
        mention.ratio?.against === 'national' ||
        COMPARISON_BEFORE.test(text.slice(Math.max(0, place.start - 40), place.start)))
    )
  // "Kent (120)": the area right before the bracket.
  const bracketed = places.find((place) => /^\s*\($/.test(text.slice(place.end, mention.start)) && place.kind !== 'back')
  const afterInClause = places.find(
    (place) =>
      place.start >= mention.end &&
      place.start < clauseEnd &&
      place.start - mention.end <= 60 &&
      !/[\d,;]|\b(?:above|below|than|compared|against|higher|lower|average|more|less|versus|while|whereas|and|or|but)\b/i.test(
        text.slice(mention.end, place.start)
      )
  )
  const beforeInClause = [...places].reverse().find((place) => place.end <= mention.start && place.start >= clauseStart)
  const inSentence =
    [...places].reverse().find((place) => place.end <= mention.start) ??
    (carried ? undefined : places.find((place) => place.start >= mention.end && place.kind === 'area'))
  const choose = (place: PlaceSpan | undefined, strength: Strength): boolean => {
    if (!place) return false
    if (place.kind === 'back') {
      mention.place = carried
      mention.placeFrom = 'carried'
      return true
    }
    if (!usable(place)) return false
    mention.place = { kind: place.kind === 'national' ? 'national' : place.kind === 'region' ? 'region' : 'area', slug: place.slug }
    mention.placeFrom = strength
    return true
  }
  if (choose(bracketed, 'attached')) return
  if (afterInClause && choose(afterInClause, 'attached')) return
  if (choose(beforeInClause, 'clause')) return
  if (choose(inSentence, 'sentence')) return
  if (carried) {
    mention.place = carried
    mention.placeFrom = 'carried'
  }
}

/** A year at the figure: "1,496 in 2019", "446 ten years ago", "In 2020, there were 1,596", "this year". */
function timeOf(
  text: string,
  mention: Mention,
  cues: Cues,
  sentence: Sentence,
  clauseStart: number,
  clauseEnd: number,
  held: Set<PeriodSpan>
): void {
  if (mention.row) return
  if (mention.kind === 'percent' || mention.kind === 'change' || mention.kind === 'ratio') {
    changeTimeOf(text, mention, cues, clauseStart, clauseEnd, held)
    return
  }
  const nextPeriod = cues.periods[lastStartingBefore(cues.periods, mention.end) + 1] as PeriodSpan | undefined
  const nextRelative = cues.relatives[lastStartingBefore(cues.relatives, mention.end) + 1] as RelativeSpan | undefined
  const gapTo = (start: number) => text.slice(mention.end, start)
  const isNear = (start: number) => start < clauseEnd && start - mention.end <= 50 && !/\d/.test(gapTo(start))
  if (
    nextPeriod &&
    !nextPeriod.isSince &&
    isNear(nextPeriod.start) &&
    /^[\s,]*(?:[a-z'’-]+\s+){0,6}?(?:in|at|for|by|during|on|of|as\s+of|until|to|recorded\s+in)\s+(?:the\s+)?(?:end\s+of\s+|year\s+to\s+|year\s+ending\s+|financial\s+year\s+|12\s+months\s+to\s+)?(?:31(?:st)?\s+)?$/i.test(
      gapTo(nextPeriod.start)
    )
  ) {
    mention.time = { period: nextPeriod.period, back: 0 }
    mention.timeFrom = 'attached'
    held.add(nextPeriod)
    return
  }
  if (
    nextRelative &&
    nextRelative.kind !== 'span' &&
    isNear(nextRelative.start) &&
    (nextRelative.start - mention.end <= 30 || /^[\s,]*(?:[a-z'’-]+\s+){0,5}?$/i.test(gapTo(nextRelative.start)))
  ) {
    setRelative(mention, nextRelative, 'attached')
    return
  }
  // Before it in the clause: the nearest year or "a year earlier" ("In 2020 there were 1,596").
  const periodBefore = cues.periods[lastStartingBefore(cues.periods, mention.start)] as PeriodSpan | undefined
  const relativeBefore = cues.relatives[lastStartingBefore(cues.relatives, mention.start)] as RelativeSpan | undefined
  const candidates: { start: number; apply: () => void }[] = []
  if (periodBefore && periodBefore.start >= clauseStart && periodBefore.end <= mention.start && !periodBefore.isSince)
    candidates.push({
      start: periodBefore.start,
      apply: () => ((mention.time = { period: periodBefore.period, back: 0 }), (mention.timeFrom = 'clause'), held.add(periodBefore))
    })
  if (
    periodBefore &&
    periodBefore.isSince &&
    periodBefore.start >= clauseStart &&
    /^[\s,]*(?:when|at\s+which\s+point)\b/i.test(text.slice(periodBefore.end, mention.start))
  )
    candidates.push({
      start: periodBefore.start + 1,
      apply: () => ((mention.time = { period: periodBefore.period, back: 0 }), (mention.timeFrom = 'clause'))
    })
  if (relativeBefore && relativeBefore.start >= clauseStart && relativeBefore.end <= mention.start && relativeBefore.kind !== 'span')
    candidates.push({ start: relativeBefore.start, apply: () => setRelative(mention, relativeBefore, 'clause') })
  // "on the previous year, when there were 1,684": the time named before "when" is this figure's.
  if (
    relativeBefore &&
    relativeBefore.kind === 'span' &&
    relativeBefore.start >= clauseStart &&
    WHEN_BEFORE.test(text.slice(relativeBefore.end, mention.start))
  ) {
    candidates.push({
      start: relativeBefore.start,
      apply: () => ((mention.time = { back: relativeBefore.years }), (mention.timeFrom = 'clause'))
    })
  }
  candidates.sort((a, b) => b.start - a.start)[0]?.apply()
  void sentence
}

/**
 * A change's own years: "up 11 per cent on the year before" or "a quarter higher than in 2019" name
 * where it starts; "in 2022" names where it ends. What is not named comes from the sentence.
 */
function changeTimeOf(text: string, mention: Mention, cues: Cues, clauseStart: number, clauseEnd: number, held: Set<PeriodSpan>): void {
  const from = Math.max(clauseStart, mention.start - 60)
  const to = Math.min(clauseEnd, mention.end + 60)
  const near = <T extends { start: number; end: number }>(items: T[]) => {
    const found: T[] = []
    for (let index = lastStartingBefore(items, from) + 1; index < items.length && items[index].start < to; index++) found.push(items[index])
    return found
  }
  for (const period of near(cues.periods)) {
    // "risen by 371, from 1,496 in March 2019": that year is the earlier figure's, which says so itself.
    const between = period.start > mention.end ? text.slice(mention.end, period.start) : text.slice(period.end, mention.start)
    if (period.isRecord || /\d/.test(between)) continue
    const lead = text.slice(Math.max(0, period.start - 25), period.start)
    if (
      period.isSince ||
      /\b(?:than|as|on|from|compared\s+(?:with|to))\s+(?:in\s+|at\s+)?(?:the\s+end\s+of\s+)?(?:(?:31(?:st)?\s+)?march\s+)?$/i.test(lead)
    ) {
      mention.since = { period: period.period, back: 0 }
      held.add(period)
    } else if (period.start > mention.end || /\b(?:in|at|by)\s+(?:the\s+(?:year\s+to\s+|end\s+of\s+))?(?:march\s+)?$/i.test(lead)) {
      mention.time = { period: period.period, back: 0 }
      mention.timeFrom = 'clause'
      held.add(period)
    }
  }
  for (const relative of near(cues.relatives)) {
    if (relative.kind === 'back') mention.since = { back: relative.years }
    if (relative.kind === 'span') mention.since = { back: relative.years }
  }
}

const WHEN_BEFORE =
  /^[\s,]*when\s+(?:there\s+(?:were|was)|it\s+(?:was|stood\s+at|had|totalled)|the\s+(?:number|figure|total|rate|county|area)\s+(?:was|stood\s+at|had))\s*(?:just\s+|only\s+|some\s+)?$/i

function setRelative(mention: Mention, relative: RelativeSpan, strength: Strength): void {
  if (relative.kind === 'then') return
  mention.time = { back: relative.kind === 'back' ? relative.years : 0, ...(relative.isLoose ? { isLoose: true } : {}) }
  mention.timeFrom = strength
}
