// When a figure is: a year or "a year earlier" at the figure or before it in its clause, and for a
// change, the years it runs from and to. What the figure's own words do not say is frame.ts's to fill.

import { lastStartingBefore, type PeriodSpan, type RelativeSpan, type Sentence } from '../lexicon'
import type { Cues, Mention, Strength, TimeRef } from './mention'

/** A year at the figure: "1,496 in 2019", "446 ten years ago", "In 2020, there were 1,596", "this year". */
export function timeOf(
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
  // "up by one on the year before (1,648)": a figure in brackets is of the time written just before them.
  if (/\(\s*$/.test(text.slice(Math.max(0, mention.start - 3), mention.start))) {
    const open = text.lastIndexOf('(', mention.start)
    const relative = cues.relatives[lastStartingBefore(cues.relatives, open)] as RelativeSpan | undefined
    const period = cues.periods[lastStartingBefore(cues.periods, open)] as PeriodSpan | undefined
    if (relative && relative.kind === 'back' && /^\s*$/.test(text.slice(relative.end, open))) {
      setRelative(mention, relative, 'attached')
      return
    }
    if (period && !period.isSince && /^\s*$/.test(text.slice(period.end, open))) {
      mention.time = { period: period.period, back: 0 }
      mention.timeFrom = 'attached'
      held.add(period)
      return
    }
  }
  // "2020 – 179", "2020: 179": a year labelling the figure right after it, as a fact box lists them.
  const label = cues.periods[lastStartingBefore(cues.periods, mention.start)] as PeriodSpan | undefined
  if (label && !label.isSince && label.end <= mention.start && /^\s*[:–—=-]\s*$/.test(text.slice(label.end, mention.start))) {
    mention.time = { period: label.period, back: 0 }
    mention.timeFrom = 'attached'
    held.add(label)
    return
  }
  const nextPeriod = cues.periods[lastStartingBefore(cues.periods, mention.end) + 1] as PeriodSpan | undefined
  const nextRelative = cues.relatives[lastStartingBefore(cues.relatives, mention.end) + 1] as RelativeSpan | undefined
  // "110 per 100,000 people aged 10 and over in 2019": the fixed phrase is no figure between them.
  const gapTo = (start: number) =>
    text.slice(mention.end, start).replace(/\baged\s+(?:10|ten)\s+(?:and\s+(?:over|above|older)|\+)/gi, 'aged')
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
  // The start a cue gives, nearest the change first: in "Despite the small annual rise, the total is down five since 2019", 2019.
  const starts: { distance: number; since: TimeRef; period?: PeriodSpan }[] = []
  const distance = (span: { start: number; end: number }) =>
    span.start >= mention.end ? span.start - mention.end : mention.start - span.end
  for (const period of near(cues.periods)) {
    // "risen by 371, from 1,496 in March 2019": that year is the earlier figure's, which says so itself.
    const between = period.start > mention.end ? text.slice(mention.end, period.start) : text.slice(period.end, mention.start)
    // "a rise of 89 (28 per cent) on 2020-21": the change's own percentage in brackets stands between them.
    if (period.isRecord || /\d/.test(between.replace(/^\s*\([^()]*\)/, ''))) continue
    const lead = text.slice(Math.max(0, period.start - 25), period.start)
    if (
      period.isSince ||
      /\b(?:than|as|on|from|compared\s+(?:with|to))\s+(?:(?:we|they|there|it|police)\s+(?:had|have|were|was|managed|recorded)\s+)?(?:in\s+|at\s+)?(?:the\s+end\s+of\s+)?(?:(?:31(?:st)?\s+)?march\s+)?$/i.test(
        lead
      )
    ) {
      // "five fewer than in 2019": the year its own words compare with comes first, however near another.
      const isOwn =
        period.start > mention.end && /^\s+(?:[a-z]+\s+)?(?:than|on|from)\s+(?:in\s+)?$/i.test(text.slice(mention.end, period.start))
      starts.push({ distance: isOwn ? -1 : distance(period), since: { period: period.period, back: 0 }, period })
    } else if (
      // Not a year another figure holds: in "449 in 2023 against 454 in 2019, a fall of 1.1%", 2019 is 454's.
      !held.has(period) &&
      (period.start > mention.end || /\b(?:in|at|by)\s+(?:the\s+(?:year\s+to\s+|end\s+of\s+))?(?:march\s+)?$/i.test(lead))
    ) {
      mention.time = { period: period.period, back: 0 }
      mention.timeFrom = 'clause'
      held.add(period)
    }
  }
  for (const relative of near(cues.relatives))
    if (relative.kind === 'back' || relative.kind === 'span')
      starts.push({ distance: distance(relative), since: { back: relative.years, ...(relative.kind === 'span' ? { isSpan: true } : {}) } })
  const nearest = starts.sort((a, b) => a.distance - b.distance)[0]
  if (!nearest) return
  mention.since = nearest.since
  if (nearest.period) held.add(nearest.period)
}

/** "on the previous year, when there were 1,684", "…, when 1,000 were recorded". */
const WHEN_BEFORE =
  /^[\s,]*when\s+(?:(?:there\s+(?:were|was)|it\s+(?:was|stood\s+at|had|totalled)|the\s+(?:number|figure|total|rate|county|area)\s+(?:was|stood\s+at|had))\s*)?(?:just\s+|only\s+|some\s+)?$/i

function setRelative(mention: Mention, relative: RelativeSpan, strength: Strength): void {
  if (relative.kind === 'then') return
  mention.time = { back: relative.kind === 'back' ? relative.years : 0, ...(relative.isLoose ? { isLoose: true } : {}) }
  mention.timeFrom = strength
}
