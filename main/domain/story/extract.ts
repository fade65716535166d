// Reads every number in a reporter's copy the way a subeditor does: its kind (count, rate, one in N,
// share, change, rank, a word number; or not a MAPPA figure: age, date, year, money, duration,
// another count) and its frame (what it counts, where, when), from its own clause first, then the
// sentence, then carried from earlier sentences. One pass over the text: every cue is found once and
// looked up by position. Pure text work: never looks a figure up (check.ts does). The parts are in
// reading/: one number (numbers.ts, not-figures.ts), clauses, and a sentence's frame (frame.ts, place.ts, time.ts).

import { findPlaces } from './places'
import {
  findClauseBreaks,
  findPeriods,
  findRelatives,
  findSubjects,
  RATE_WORDS,
  splitSentences,
  type PeriodSpan,
  type Sentence
} from './lexicon'
import { sentenceFrame, within } from './reading/clauses'
import { resolveSentence } from './reading/frame'
import type { Carried, Cues, Mention } from './reading/mention'
import { NUMBER, RATIO, readNumber, readRatio } from './reading/numbers'

export { splitSentences, type Sentence }
export type { MentionKind, Strength, TimeRef, Mention } from './reading/mention'

/** "the highest rate in England and Wales": a rank in words, of the field the words after it name. */
const WORD_RANK =
  /\b(?:the|had\s+the|has\s+the|with\s+the)\s+(highest|lowest|largest|smallest|biggest)\s+(?:(?:number|rate|proportion|figure|total|concentration|count)\b)(?![^.;]{0,40}\b(?:since|on\s+record|ever|in\s+(?:\w+\s+)?(?:years|decade)|for\s+(?:\w+\s+)?(?:years|decade)))(?=[^.;]{0,80}\b(?:in\s+england\s+and\s+wales|in\s+the\s+country|nationally|of\s+(?:any|all)\s+(?:the\s+)?(?:42\s+)?(?:mappa\s+|police\s+)?(?:force\s+)?(?:areas?|forces?)|among|across\s+england\s+and\s+wales|of\s+the\s+42))/gi

/** A line of a pasted table: an area's name and then one figure a column ("Essex  1,496  1,596  1,684"). */
// (A number's own thousands comma does not split it in two: "…passes 68,000" is one figure, not a row.)
const TABLE_ROW = /^[\s|]*[A-Za-z][A-Za-z&' .-]*?[\s|:,]+(?:(?<![\d,])(?:\d{1,3}(?:,\d{3})+|\d+)(?!\d|,\d{3})(?:\.\d+)?[\s|,\t]*){2,}$/
const TABLE_HEADER_PERIOD = /(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?/g

/**
 * A correction's account of what an earlier version wrongly said: "An earlier version of this article said Suffolk had
 * 1,392…", "Clarification: this story originally stated…", "…was amended to correct the number, which was given as…".
 */
const CORRECTED =
  /\b(?:earlier\s+version(?:\s+of\s+this\s+(?:article|story|report|piece|page))?\s+(?:said|stated|reported|gave|wrongly|incorrectly|mistakenly)|(?:this|the)\s+(?:article|story|report|piece)\s+(?:originally|previously|wrongly|incorrectly|mistakenly)\s+(?:said|stated|reported|gave|put)|(?:we|it)\s+(?:originally|previously|wrongly|incorrectly|mistakenly)\s+(?:said|stated|reported|gave|put)|(?:was|were|had\s+been)\s+(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:given|stated|reported|put)\s+as\b)/i
/** Where a correction turns to the right figure: what comes after is read as any copy. */
const CORRECTED_END =
  /;|\bthe\s+correct(?:ed)?\s+(?:figure|number|total|rate)|\bshould\s+have\s+(?:said|read|been)|\brather\s+than\b|\binstead\s+of\b|\bnot\s+the\b/i

/** Words of Welsh that English copy does not use. */
const WELSH_WORDS =
  /\b(?:yn|yr|mae|roedd|oedd|gan|hynny|bob|ffigurau|troseddwyr|cofrestredig|ardal|heddlu|blwyddyn|gyfradd|bobl|oed|ystod|cafodd|newydd|gyda|wedi|sydd|fod|mewn|dros|eu|ei|ac|neu|Mawrth|Ebrill|Hydref)\b/gi
const ENGLISH_WORDS = /\b(?:the|and|of|were|was|is|to|in|there|that|with|for|had|has)\b/gi

/** A sentence in Welsh: three or more Welsh words, more than its English ones. */
function isInWelsh(sentence: string): boolean {
  const welsh = new Set(sentence.match(WELSH_WORDS)?.map((word) => word.toLowerCase())).size
  return welsh >= 3 && welsh > (sentence.match(ENGLISH_WORDS)?.length ?? 0)
}

/** The cells of a line of a pasted table, split at "|" or tabs; undefined for a line that is not one. */
function tableCells(line: string): string[] | undefined {
  // Split by "|", tabs, or (a table laid out in a fixed-width font) runs of three spaces or more.
  if (!/[|\t]| {3,}\S/.test(line.trim())) return undefined
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/\s*\|\s*|\t+| {3,}/)
  return cells.length >= 2 ? cells : undefined
}

/** What a column header names ("Sex offenders", "Rate per 100,000"): the rate, a count the tables hold, or nothing. */
function columnMeasure(cell: string): string | undefined {
  if (RATE_WORDS.test(cell)) return 'rso_rate'
  return findSubjects(cell).find((subject) => !subject.isVague && subject.measure !== 'other')?.measure
}

/** "| 2018/19 | 1,496 | 93 |" under "| Year | Sex offenders | Rate |": each figure counts what its column's header names. */
function readColumns(text: string, sentence: Sentence, found: Mention[], columns: (string | undefined)[]): void {
  for (const mention of found) {
    if (mention.kind !== 'count' && mention.kind !== 'rate') continue
    const before = text.slice(sentence.start, mention.start).replace(/^\s*\|/, '')
    const measure = columns[(before.match(/\||\t+/g) ?? []).length]
    if (!measure) continue
    mention.measure = measure
    mention.measureFrom = 'attached'
    mention.kind = measure === 'rso_rate' ? 'rate' : 'count'
  }
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
  let carried: Carried = {}
  let header: string[] | undefined
  /** A pasted table's columns, where its header names what each counts. */
  let columns: (string | undefined)[] | undefined
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
    // (Not "Rate per 100,000 – 2019: 93; 2020: 99": a header gives no figures but its years.)
    if (
      headerPeriods &&
      headerPeriods.length >= 2 &&
      !/\d/.test(trimmed.replace(TABLE_HEADER_PERIOD, '').replace(/\b100,?000\b|\b10\s*\+/g, '')) &&
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
    const cells = tableCells(trimmed)
    if (!cells) columns = undefined
    else if (!/\d/.test(trimmed.replace(/\b10\s*\+|100,?000|100k/gi, ''))) {
      const measures = cells.map(columnMeasure)
      if (measures.some(Boolean)) columns = measures
    }
    const isRow = TABLE_ROW.test(trimmed)
    if (!isRow && trimmed.length > 0 && !/^[\d\s|,.\t]*$/.test(trimmed))
      header = header && /^[A-Za-z][^.!?]{0,40}$/.test(trimmed) ? header : undefined
    const sentenceContext = sentenceFrame(cues, sentence)
    if (!isRow) for (const period of within(cues.periods, sentence)) found.push(yearMention(text, period, index))
    // A bilingual paper's Welsh sentence (its English twin is the one read), and a correction's account of what was wrong.
    const corrected = CORRECTED.exec(body)
    const unread = isInWelsh(body)
      ? 'a sentence in Welsh, which the checker does not read'
      : corrected
        ? 'the figure a correction says was wrong'
        : undefined
    // A correction's wrong figure runs from its words to the right one's ("; the correct figure is 1,329").
    const correctedEnd = corrected ? corrected.index + corrected[0].length : body.length
    const rightAt = body.slice(correctedEnd).search(CORRECTED_END)
    const unreadEnd = rightAt < 0 ? body.length : correctedEnd + rightAt
    // A correction's wrong figure is read with the rest of its sentence (the right one after it counts what it counts), then set aside.
    const setAside: Mention[] = []
    for (const match of body.matchAll(NUMBER)) {
      const at = sentence.start + match.index
      const mention = readNumber(text, cues, sentence, index, match, at)
      if (mention && unread && mention.kind !== 'period' && match.index < unreadEnd) {
        if (corrected && mention.kind !== 'other') setAside.push(mention)
        found.push(corrected ? mention : { ...mention, kind: 'other', measure: undefined, levels: undefined, reason: unread })
      } else if (mention) found.push(mention)
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
    if (columns && cells && cells.length === columns.length) readColumns(text, sentence, found, columns)
    else if (isRow) markRow(found, index, header)
    resolveSentence(text, cues, sentence, found, sentenceContext, carried)
    // "…given as 1,876 rather than 1,867": the right figure is of the wrong one's year, not the base of a change.
    const [wrong] = setAside
    if (wrong)
      for (const right of found.filter((mention) => mention.start >= sentence.start + unreadEnd && mention.isBase))
        Object.assign(right, { isBase: false, time: wrong.time, timeFrom: wrong.timeFrom })
    for (const mention of setAside) Object.assign(mention, { kind: 'other', measure: undefined, levels: undefined, reason: unread })
    const lastFramed = [...found].reverse().find((mention) => mention.kind !== 'period' && mention.kind !== 'other')
    const mainFigure = found.find((mention) => mention.kind !== 'period' && mention.kind !== 'other' && !mention.isBase)
    const named = sentenceContext.subject
    // A sentence's MAPPA figure carries its subject on; a sentence of other counts carries "counts officers".
    // Only a sentence whose own numbers count something else ("24 breaches") hands that on; "a staff reporter" does not.
    const carriedMeasure = lastFramed?.measure ?? (named && named.measure !== 'other' ? named.measure : undefined)
    // A reason carried from the sentence before is not carried again: "(carried …)" lasts one sentence.
    const countsOther = found.find(
      (mention) => mention.kind === 'other' && mention.reason?.startsWith('counts ') && !mention.reason.includes('(carried from')
    )
    carried = {
      measure: carriedMeasure ?? carried.measure,
      // What the sentence before counted instead lasts one sentence ("It was 20 the year before").
      // A sentence whose figures are all another count the tables hold hands that count on, whatever offenders it names.
      reason:
        (carriedMeasure && lastFramed) || !countsOther
          ? undefined
          : countsOther.reason!.replace(/, not a figure the checker holds$/, '').replace(/ \(carried from the sentence before\)$/, ''),
      tableMeasure: !lastFramed && countsOther?.measure && !countsOther.levels ? countsOther.measure : undefined,
      levelList: found.some((mention) => mention.levels)
        ? found.flatMap((mention) => (mention.levels ? [mention.levels.levels] : []))
        : undefined,
      place: sentenceContext.localPlace ?? carried.place,
      lastPlace: lastFramed ? lastFramed.place : carried.lastPlace,
      time:
        (mainFigure && mainFigure.timeFrom !== 'assumed' && mainFigure.time.period ? mainFigure.time : undefined) ??
        (sentenceContext.isReferringBack ? carried.time : undefined),
      kind: lastFramed?.kind ?? carried.kind,
      // "Registered sex offenders: 1,829 (2018/19: 1,837)": the year the box's brackets hold.
      bracketPeriod:
        within(cues.periods, sentence).find(
          (period) =>
            /\(\s*$/.test(text.slice(period.start - 2, period.start)) &&
            /^\s*:\s*[\d,.]+\s*\)/.test(text.slice(period.end, period.end + 14))
        )?.period ?? carried.bracketPeriod
    }
    // "The top 10 areas by rate are:": the list under it gives rates.
    if (/:\s*$/.test(trimmed) && RATE_WORDS.test(trimmed)) carried = { ...carried, measure: 'rso_rate', reason: undefined }
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
