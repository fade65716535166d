// What the reader finds in copy: a mention of a number with its kind and its frame (what it
// counts, where, when) and how sure each part is, and the cues a text holds. Types only; no reading here.

import type { PlaceSpan } from '../places'
import type { PeriodSpan, RelativeSpan, SubjectSpan } from '../lexicon'

export type MentionKind = 'count' | 'percent' | 'rate' | 'oneInN' | 'rank' | 'change' | 'ratio' | 'period' | 'other'

/** How sure the frame is of one part: written at the figure, in its clause, its sentence, carried from before, or assumed. */
export type Strength = 'attached' | 'clause' | 'sentence' | 'carried' | 'assumed'

/** A time relative to the story's edition (period undefined) or to a year the copy names, `back` years before. */
export interface TimeRef {
  period?: string
  back: number
  /** "last year": may mean the edition's own year in a story written after March. */
  isLoose?: boolean
  /** "over the past five years": a span, which copy may count as the years of figures (2019 to 2023 as five). */
  isSpan?: boolean
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
  /** Its place is written as words pointing back ("the county", "the force area"): the area just named, or the story's own. */
  isBackReference?: boolean
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
  /** For a rank: "in the top five", "among the ten lowest": anywhere in the first `value` places. */
  isWithin?: boolean
  /** For a percentage written as a fraction ("four in five"): its two numbers. */
  fraction?: { part: number; whole: number }
  /** For a ratio ("doubled", "a fifth higher"): the range of current ÷ earlier the words allow. */
  ratio?: { low: number; high: number; against?: 'national' }
  /**
   * Offenders managed at MAPPA levels ("25 were managed at level 2", "at levels 2 and 3"): the levels,
   * added up, and the category (null: all offenders; undefined: nothing says, so the sentence before does).
   */
  levels?: { levels: number[]; category?: number | null }
  /** Another count written in the tables' own words ("cautioned or convicted for breaching notification requirements"): a wrong figure is a mismatch. */
  isTableWording?: boolean
  /** For `other` or a figure not checked: what it is instead. */
  reason?: string
  /** A row of a pasted table: the years its header gives, and this figure's column. */
  row?: { line: number; column: number; columns: number; periods?: string[] }
}

/** Every cue of the text, each list sorted by start: found once, looked up by position. */
export interface Cues {
  places: PlaceSpan[]
  subjects: SubjectSpan[]
  periods: PeriodSpan[]
  relatives: RelativeSpan[]
  breaks: number[]
}

/** What a sentence hands on to the next: its subject (or the other thing it counted), place, year and kind. */
export type Carried = {
  measure?: string
  reason?: string
  place?: Mention['place']
  /** Another count the tables hold that the sentence's figures all were ("Seventy … were cautioned for breaching…"): "the 71 recorded in 2018/19" next is that count. */
  tableMeasure?: string
  /** The levels the sentence's level counts were at, in order: "the figures were 40 and eight" next are at those levels. */
  levelList?: number[][]
  /** Where the sentence's last figure was, England and Wales included: what "it" in the next sentence means. */
  lastPlace?: Mention['place']
  time?: TimeRef
  kind?: MentionKind
  /** A fact box's first line gave last year's figure in brackets ("1,829 (2018/19: 1,837)"): the year of those under it ("529 (537)"). */
  bracketPeriod?: string
}
