// The wording rules, as data: which clause a series earns (record high, lowest since, first fall in
// N years), which long-run verb (almost doubled, more than trebled) and which run of years to note.
// First matching rule wins. Each rule is a test on a Trend and a phrase; no figures are looked up here.

import { formatCount, formatOrdinal, periodName, type StoryStyle } from './style'
import type { Trend } from './trend'

export interface WordingRule {
  id: string
  when: (trend: Trend) => boolean
  say: (trend: Trend, style: StoryStyle) => string
}

/** Records need a few years behind them to mean anything: three comparable years at least. */
const MIN_RECORD_YEARS = 3

/** "the first fall in five years": a move one way after two or more years the other way. */
function firstTurn(move: 'rise' | 'fall'): WordingRule {
  const [direction, before] = move === 'rise' ? (['up', 'down'] as const) : (['down', 'up'] as const)
  return {
    id: `first-${move}`,
    when: (t) => t.direction === direction && t.priorRun.direction === before && t.priorRun.length >= 2,
    say: (t, style) =>
      t.priorRun.isBounded
        ? `the first ${move} in ${formatCount(t.priorRun.length + 1, style)} years`
        : `the first ${move} in figures going back to ${periodName(t.run[0].period, style)}`
  }
}

/** Added after the headline's change: "…, up from 1,684 a year earlier (up 11 per cent), the highest in figures going back to March 2019." */
export const HEADLINE_CLAUSE_RULES: readonly WordingRule[] = [
  {
    id: 'record-high',
    when: (t) => t.direction === 'up' && t.isRecordHigh && t.run.length >= MIN_RECORD_YEARS,
    say: (t, style) => `the highest in figures going back to ${periodName(t.run[0].period, style)}`
  },
  {
    id: 'record-low',
    when: (t) => t.direction === 'down' && t.isRecordLow && t.run.length >= MIN_RECORD_YEARS,
    say: (t, style) => `the lowest in figures going back to ${periodName(t.run[0].period, style)}`
  },
  firstTurn('fall'),
  firstTurn('rise'),
  {
    id: 'highest-since',
    when: (t) => t.highestSince !== undefined,
    say: (t, style) => `the highest since ${periodName(t.highestSince!.period, style)}`
  },
  {
    id: 'lowest-since',
    when: (t) => t.lowestSince !== undefined,
    say: (t, style) => `the lowest since ${periodName(t.lowestSince!.period, style)}`
  }
]

/** Long runs are worth a sentence from five comparable years. */
const MIN_LONG_RUN_YEARS = 5

export interface LongRunRule {
  id: string
  /** Tested on current ÷ first figure of the comparable run. */
  when: (ratio: number) => boolean
  verb: string
}

/** "The number has more than doubled since March 2011, when there were 446." Thresholds as a sub-editor would allow them. */
export const LONG_RUN_RULES: readonly LongRunRule[] = [
  { id: 'more-than-trebled', when: (r) => r > 3.05, verb: 'more than trebled' },
  { id: 'trebled', when: (r) => r >= 2.95, verb: 'trebled' },
  { id: 'almost-trebled', when: (r) => r >= 2.8, verb: 'almost trebled' },
  { id: 'more-than-doubled', when: (r) => r > 2.05, verb: 'more than doubled' },
  { id: 'doubled', when: (r) => r >= 1.95, verb: 'doubled' },
  { id: 'almost-doubled', when: (r) => r >= 1.8, verb: 'almost doubled' },
  { id: 'halved', when: (r) => r > 0 && r <= 0.52 && r >= 0.48, verb: 'halved' },
  { id: 'more-than-halved', when: (r) => r > 0 && r < 0.48, verb: 'more than halved' }
]

export function longRunRule(trend: Trend): LongRunRule | undefined {
  if (trend.run.length < MIN_LONG_RUN_YEARS) return undefined
  const first = trend.run[0].value!
  if (first <= 0) return undefined
  return LONG_RUN_RULES.find((rule) => rule.when(trend.value / first))
}

/** "The number rose for the fourth year in a row." Needs the two changes before this one to go the same way. */
export const STREAK_RULES: readonly WordingRule[] = [
  {
    id: 'rises-in-a-row',
    when: (t) => t.direction === 'up' && t.priorRun.direction === 'up' && t.priorRun.length >= 2,
    say: (t, style) => `The number rose for the ${formatOrdinal(t.priorRun.length + 1, style)} year in a row.`
  },
  {
    id: 'falls-in-a-row',
    when: (t) => t.direction === 'down' && t.priorRun.direction === 'down' && t.priorRun.length >= 2,
    say: (t, style) => `The number fell for the ${formatOrdinal(t.priorRun.length + 1, style)} year in a row.`
  }
]

/** How a year-on-year change reads after the figure: "up from 1,684", "down from 1,684", "unchanged from". */
export const CHANGE_WORDS = { up: 'up from', down: 'down from', same: 'unchanged from' } as const
