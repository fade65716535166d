// Finds every number in a reporter's copy and reads what it claims to be, the way local papers
// write them: "1,867 registered sex offenders", "81 per cent", "114 in every 100,000", "one in every
// 769", "12th highest", "up from 1,684 the year previous", years as 2019, 2019-20 or 2019/20.
// Pure text work: never looks a figure up (check.ts does).

import { ORDINAL_WORDS, SMALL_NUMBER_WORDS } from './style'

export type MentionKind = 'count' | 'percent' | 'rate' | 'oneInN' | 'rank' | 'change' | 'period' | 'other'

/** How a mention's period is known: written beside it, "a year earlier", "this year", or from the sentence. */
export type PeriodCue = { kind: 'explicit'; period: string; isAttached?: boolean } | { kind: 'previous' } | { kind: 'edition' } | { kind: 'sentence' }

export interface Mention {
  /** As written: "1,684", "81 per cent", "114 in every 100,000", "one in every 769", "12th highest". */
  text: string
  /** The number as written: 1,684 → 1684; "81 per cent" → 81; "nine" → 9. */
  value: number
  start: number
  end: number
  kind: MentionKind
  /** The measure the words around it name (rso, violent, other_dangerous, terrorism, total, rso_rate). */
  measure?: string
  /** Words around it that name an area: the slug. */
  area?: string
  periodCue: PeriodCue
  /** For a percentage or change: which way the words say it went. */
  direction?: 'up' | 'down'
  /** For a percentage: a share of a whole ("made up 81 per cent of") rather than a change. */
  isShare?: boolean
  /** For a rank: highest or lowest. */
  order?: 'highest' | 'lowest'
  /** "about", "almost", "more than": the copy itself says the figure is rounded. */
  isApproximate: boolean
  /** For `other`: what the number is instead (an age, a date, a length of time, money). */
  reason?: string
  /** Index of the sentence it is in. */
  sentence: number
}

export interface Sentence {
  text: string
  start: number
}

/** Splits copy into sentences, keeping offsets; decimals ("0.5") and initials do not end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  const boundary = /[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9£])|\n\s*\n|\n(?=\s*[-*•#])/g
  let start = 0
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length
    if (text.slice(start, end).trim()) sentences.push({ text: text.slice(start, end), start })
    start = end
  }
  if (text.slice(start).trim()) sentences.push({ text: text.slice(start), start })
  return sentences
}

const WORD_NUMBER: ReadonlyMap<string, number> = new Map([...SMALL_NUMBER_WORDS.map((word, index) => [word, index] as const), ['ten', 10], ['no', 0]])
const ORDINAL_WORD: ReadonlyMap<string, number> = new Map([...ORDINAL_WORDS.map((word, index) => [word, index] as const).filter(([word]) => word), ['tenth', 10]])
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec'

/** A number as copy writes it: 1,867 · 66741 · 0.5 · nine (small words count only before a noun of people, see below). */
const NUMBER = /(?<![\w£$€.,/-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:(st|nd|rd|th)\b)?(?![\w/]|,\d|-\d)|\b(no|zero|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/gi

const YEAR = '(?:19|20)\\d\\d'
/** Period expressions, longest first: "31 March 2022", "the year to March 2022", "2021/22", "2021-22", "2021 to 2022", "2022". */
const PERIOD = new RegExp(
  `\\b(?:31(?:st)?\\s+)?(?:${MONTHS})\\.?\\s+(${YEAR})\\b|\\b(${YEAR})\\s*(?:\\/|-|–|—|\\bto\\b)\\s*((?:19|20)?\\d\\d)(?!\\d|,\\d)|\\b(${YEAR})\\b(?![,.]\\d)`,
  'gi'
)

interface PeriodSpan {
  start: number
  end: number
  period: string
  text: string
}

const periodFor = (endYear: number) => `${endYear - 1}/${String(endYear % 100).padStart(2, '0')}`

function findPeriods(sentence: string): PeriodSpan[] {
  const spans: PeriodSpan[] = []
  for (const match of sentence.matchAll(PERIOD)) {
    const [text, marchYear, spanStart, spanEnd, bareYear] = match
    let endYear: number | undefined
    if (marchYear) endYear = Number(marchYear)
    else if (spanStart) {
      const start = Number(spanStart)
      const end = spanEnd.length === 2 ? Math.floor(start / 100) * 100 + Number(spanEnd) : Number(spanEnd)
      if (end === start + 1) endYear = end
      else if (end > start) continue
    } else if (bareYear) endYear = Number(bareYear)
    if (endYear === undefined) continue
    spans.push({ start: match.index, end: match.index + text.length, period: periodFor(endYear), text })
  }
  return spans
}

const PREVIOUS_AFTER = /^[\s,]*(?:(?:in|at|for)\s+)?(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:year\s+(?:previous|before|earlier)|previous\s+year|prior\s+year)|last\s+year|12\s+months\s+(?:earlier|before)|the\s+year\s+before)/i
const PREVIOUS_BEFORE = /(?:\b(?:up|down|rise|rose|risen|fall|fell|fallen|increase[ds]?|decrease[ds]?|grew|dropped|jump(?:ed)?)\s+(?:\w+\s+)?from|\bcompared\s+(?:with|to)|\blast\s+year'?s|\bthe\s+previous\s+year'?s|\bfrom\s+(?:just\s+)?(?:under|over|about|around|almost|nearly)?)\s*$/i
const EDITION_NEAR = /\b(?:this\s+year|at\s+the\s+end\s+of\s+march(?!\s+(?:19|20)\d\d)|as\s+of\s+march(?!\s+(?:19|20)\d\d)|currently|now)\b/i
const APPROXIMATE_BEFORE = /\b(?:about|around|almost|nearly|more\s+than|over|some|roughly|approximately|close\s+to|just\s+(?:under|over)|fewer\s+than|less\s+than|under|upwards\s+of|an\s+estimated)\s*$/i

const MEASURE_WORDS: readonly [RegExp, string][] = [
  [/\bper\s+100,?000\b|\bin\s+(?:every\s+)?100,?000\b|\brate\b/i, 'rso_rate'],
  [/\bother\s+dangerous\b|\bcategory\s*3\b/i, 'other_dangerous'],
  [/\bviolent\b|\bcategory\s*2\b/i, 'violent'],
  [/\bterror/i, 'terrorism'],
  [/\bsex(?:ual)?\s+offenders?\b|\bsex\s+offenders?\b|\brsos?\b|\bcategory\s*1\b|\bon\s+the\s+sex\s+offenders?'?\s+register\b/i, 'rso'],
  [/\bmappa\b|\bmanaged\s+under\b|\boffenders\s+in\s+total\b|\ball\s+offenders\b|\bpeople\s+managed\b|\boffenders\s+managed\b|\bdangerous\s+offenders\s+managed\b|\bmanaged\s+by\b/i, 'total']
]

/** The measure named nearest the figure: the first named after it, or the last named before it. */
function measureIn(words: string, nearest: 'first' | 'last' = 'first'): string | undefined {
  let best: { at: number; measure: string } | undefined
  for (const [pattern, measure] of MEASURE_WORDS) {
    const all = [...words.matchAll(new RegExp(pattern.source, 'gi'))]
    const match = nearest === 'first' ? all[0] : all[all.length - 1]
    if (!match) continue
    if (!best || (nearest === 'first' ? match.index < best.at : match.index > best.at)) best = { at: match.index, measure }
  }
  return best?.measure
}

/** Numbers that are part of a fixed phrase, never a figure: "per 100,000", "aged 10 and over", "the 42 areas". */
function isFixedPhrase(before: string, value: number, after: string): boolean {
  if (value === 100000 && /\b(?:per|in|for|every)\s*$/i.test(before)) return true
  if (value === 10 && /^\s*(?:and|or)\s+(?:over|above|older)\b/i.test(after)) return true
  if (value === 42 && /^\s*(?:mappa\s+|police\s+)?areas?\b/i.test(after)) return true
  return false
}

function otherReason(before: string, after: string): string | undefined {
  if (/^\s*(?:-year-old|-years?-old|years?\s+old)\b/i.test(after) || /\baged?\s*$|\bage\s+of\s*$/i.test(before)) return 'an age'
  if (/^\s*(?:-?years?|-?months?|weeks?|days?|hours?|minutes?)\b/i.test(after)) return 'a length of time'
  if (new RegExp(`^\\s*(?:${MONTHS})\\b`, 'i').test(after) || new RegExp(`\\b(?:${MONTHS})\\s*$`, 'i').test(before)) return 'a date'
  if (/[£$€]\s*$/.test(before) || /^\s*(?:pounds|million|billion|bn|m\b|k\b)/i.test(after)) return 'money'
  if (/\b(?:no\.|number|section|article|page|chapter|table|note|a|m|level|category|cat\.?|tier|part)\s*$/i.test(before)) return 'a label'
  return undefined
}

const NEXT_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i

const WORD_NOUN = /^\s+(?:(?:registered|more|other|violent|dangerous|sex(?:ual)?|terrorism|terrorist|mappa|of\s+the|category\s*\d)\s+)*(?:offenders?|people|rsos?|men|women)\b/i

function clauseOf(sentence: string, at: number): { start: number; end: number } {
  const separators = /;|,\s+(?:and|while|whereas|but|compared)\b|\bwhile\b|\bwhereas\b|\bcompared\s+with\b/gi
  let start = 0
  let end = sentence.length
  for (const match of sentence.matchAll(separators)) {
    if (match.index < at) start = match.index + match[0].length
    else if (match.index >= at) {
      end = match.index
      break
    }
  }
  return { start, end }
}

/** Every number in the copy with what its words say about it; area names are found by `findArea`. */
export function extractMentions(text: string, findArea: (words: string) => { slug: string; index: number }[]): Mention[] {
  const mentions: Mention[] = []
  splitSentences(text).forEach((sentence, sentenceIndex) => {
    const body = sentence.text
    const periods = findPeriods(body)
    const inPeriod = (at: number) => periods.find((span) => at >= span.start && at < span.end)
    const found: Mention[] = periods.map((span) => {
      const endYear = Number(span.period.slice(0, 4)) + 1
      return { text: span.text, value: endYear, start: sentence.start + span.start, end: sentence.start + span.end, kind: 'period', periodCue: { kind: 'explicit', period: span.period }, isApproximate: false, sentence: sentenceIndex, reason: `read as 31 March ${endYear} (${span.period})` }
    })
    for (const match of body.matchAll(NUMBER)) {
      const at = match.index
      const [whole, digits, decimals, suffix, word] = match
      const before = body.slice(Math.max(0, at - 60), at)
      const afterStart = at + whole.length
      const after = body.slice(afterStart, afterStart + 80)
      if (inPeriod(at)) continue
      const lower = word?.toLowerCase()
      const isOrdinal = Boolean(suffix) || (lower !== undefined && ORDINAL_WORD.has(lower))
      const value = lower !== undefined ? (WORD_NUMBER.get(lower) ?? ORDINAL_WORD.get(lower)!) : Number(`${digits.replace(/,/g, '')}${decimals ? `.${decimals}` : ''}`)
      if (isFixedPhrase(before, value, after)) continue
      let kind: MentionKind = 'count'
      let end = afterStart
      let order: Mention['order']
      const oneIn = /\bone\s+in\s+(?:every\s+)?$|\b1\s+in\s+(?:every\s+)?$/i.exec(before)
      const percent = /^\s*(?:per\s*cent|percent|%)/i.exec(after)
      const ratePhrase = /^\s*(?:[a-z]+\s+){0,4}?(?:in|per|for)\s+(?:every\s+)?100,?000(?:\s+(?:people|residents|population|of\s+the\s+population))?/i.exec(after)
      const rankPhrase = /^\s*(?:-|\s)?(highest|lowest|largest|smallest|most|fewest|worst|best)\b/i.exec(after)
      if (isOrdinal) {
        if (!rankPhrase) {
          if (lower !== undefined) continue
          found.push(other(sentence, sentenceIndex, whole, value, at, afterStart, 'an ordinal that is not a rank'))
          continue
        }
        kind = 'rank'
        order = /lowest|smallest|fewest|best/i.test(rankPhrase[1]) ? 'lowest' : 'highest'
        end = afterStart + rankPhrase[0].length
      } else if (lower === 'one' && /^\s+in\s+(?:every\s+)?\d/i.test(after)) {
        continue
      } else if (lower !== undefined && !WORD_NOUN.test(after) && !/\b(?:up|down|from|to|by|of)\s*$/i.test(before)) {
        continue
      } else if (oneIn) {
        kind = 'oneInN'
      } else if (percent) {
        kind = 'percent'
        end = afterStart + percent[0].length
      } else if (ratePhrase) {
        kind = 'rate'
        end = afterStart + ratePhrase[0].length
      } else if (/\brate\s+(?:\w+\s+){0,2}(?:of|is|was|stood\s+at|stands\s+at|to|at|from)\s+(?:just\s+)?(?:under|over|about|around|almost|nearly)?\s*$/i.test(before)) {
        kind = 'rate'
      } else {
        const reason = otherReason(before, after)
        if (reason) {
          found.push(other(sentence, sentenceIndex, whole, value, at, afterStart, reason))
          continue
        }
      }
      const start = oneIn ? at - oneIn[0].length : at
      const clause = clauseOf(body, at)
      const clauseText = body.slice(clause.start, clause.end)
      const directionWords = body.slice(Math.max(clause.start, at - 40), Math.min(clause.end, afterStart + 40)).replace(/\b(?:made|make|makes|making)\s+up\b/gi, 'formed')
      const direction = /\b(?:up|rise|rose|risen|increase[ds]?|higher|more|grew|jump(?:ed)?|climb(?:ed)?)\b/i.test(directionWords) ? 'up' : /\b(?:down|fall|fell|fallen|decrease[ds]?|lower|fewer|dropped|drop|declined?)\b/i.test(directionWords) ? 'down' : undefined
      if (kind === 'count' && /\b(?:up|down|rise|fall|increase|decrease|rose|fell|increased|decreased|grew|dropped)\s+(?:of\s+|by\s+)?$/i.test(before) && !/\bfrom\s*$/i.test(before)) kind = 'change'
      const measureAfter = measureIn(body.slice(afterStart, Math.min(clause.end, afterStart + 60)).split(NEXT_NUMBER)[0])
      const measureBefore = measureIn(body.slice(clause.start, at), 'last')
      const measure = kind === 'rate' || kind === 'oneInN' ? 'rso_rate' : kind === 'rank' ? (/\brate\b/i.test(clauseText) ? 'rso_rate' : (measureIn(clauseText) ?? 'rso_rate')) : (measureAfter ?? measureBefore)
      if (kind === 'count' && measure === 'rso_rate') kind = 'rate'
      const areaHere = nearestArea(findArea(clauseText), at - clause.start) ?? nearestArea(findArea(body.slice(0, at)), at)
      found.push({
        text: body.slice(start, end),
        value,
        start: sentence.start + start,
        end: sentence.start + end,
        kind,
        ...(measure ? { measure } : {}),
        ...(areaHere ? { area: areaHere } : {}),
        periodCue: periodCueFor(body, at, afterStart, clause, periods),
        ...(direction && (kind === 'percent' || kind === 'change') ? { direction } : {}),
        ...(kind === 'percent' ? { isShare: isShareWording(directionWords, direction) } : {}),
        ...(order ? { order } : {}),
        isApproximate: APPROXIMATE_BEFORE.test(body.slice(0, start)),
        sentence: sentenceIndex
      })
    }
    mentions.push(...found.sort((a, b) => a.start - b.start))
  })
  return mentions
}

function other(sentence: Sentence, index: number, text: string, value: number, at: number, end: number, reason: string): Mention {
  return { text, value, start: sentence.start + at, end: sentence.start + end, kind: 'other', periodCue: { kind: 'sentence' }, isApproximate: false, reason, sentence: index }
}

function nearestArea(found: { slug: string; index: number }[], at: number): string | undefined {
  if (found.length === 0) return undefined
  const before = found.filter((area) => area.index <= at)
  return (before.length > 0 ? before[before.length - 1] : found[0]).slug
}

function isShareWording(words: string, direction: 'up' | 'down' | undefined): boolean {
  if (/\b(?:formed|account(?:ed|s)?\s+for|of\s+(?:the|all)|share|proportion)\b/i.test(words) && !/\b(?:rise|increase|fall|decrease|up|down)\b/i.test(words)) return true
  return direction === undefined
}

function periodCueFor(body: string, at: number, afterStart: number, clause: { start: number; end: number }, periods: PeriodSpan[]): PeriodCue {
  const after = body.slice(afterStart, clause.end)
  const attached = periods.find((span) => span.start >= afterStart && span.start <= clause.end && /^[\s,]*(?:(?:\w+\s+){0,4}?)(?:in|at|for|by|during|on|of)\s+(?:the\s+(?:end\s+of\s+|year\s+to\s+|year\s+ending\s+)?)?$/i.test(body.slice(afterStart, span.start)) && body.slice(afterStart, span.start).length < 40)
  if (attached) return { kind: 'explicit', period: attached.period, isAttached: true }
  if (PREVIOUS_AFTER.test(after) || PREVIOUS_BEFORE.test(body.slice(clause.start, at))) return { kind: 'previous' }
  const earlier = [...periods].reverse().find((span) => span.end <= at && span.start >= clause.start && /\b(?:in|at|by|of)\s+(?:the\s+(?:end\s+of\s+|year\s+to\s+)?)?$/i.test(body.slice(Math.max(0, span.start - 20), span.start)))
  if (earlier && !/\bsince\s+$/i.test(body.slice(Math.max(0, earlier.start - 8), earlier.start))) return { kind: 'explicit', period: earlier.period }
  if (EDITION_NEAR.test(body.slice(clause.start, clause.end))) return { kind: 'edition' }
  return { kind: 'sentence' }
}
