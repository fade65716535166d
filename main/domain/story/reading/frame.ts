// Gives each mention of a sentence its frame: what it counts (its clause's subject, the figure before
// it, or the sentence before), rounding and direction, what a share is of, its place and its years.

import { findMeasureById, levelMeasureId } from '../../../contract/measures'
import { ENGLAND_AND_WALES } from '../book'
import { DOWN_WORDS, UP_WORDS, type PeriodSpan, type Sentence } from '../lexicon'
import { clauseEndOf, clauseStartOf, UP_TO_NOW, within, type SentenceFrame } from './clauses'
import type { Carried, Cues, Mention, TimeRef } from './mention'
import { SUBCOUNT, tableMeasureOf, withoutPlace } from './not-figures'
import { labelLevels, levelsListed, PARALLEL_FIGURES } from './numbers'
import { placeOf } from './place'
import { timeOf } from './time'

/** Of whom a share is taken, when what follows says what they did: "of offenders complied with…", "of those who breached…". */
const OF_WHOM =
  /^\s*of\s+(?:(?:the|those|all|these|registered|sex(?:ual)?|violent|known|mappa|such|local|managed)\s+)*(?:offenders?|people|individuals|men|them|those|rsos)\b/i

/** What those a share is taken of did, in the copy's words ("complied with"), where the share counts that. */
function doneBy(following: string): string | undefined {
  // "98% of offenders [in the county] complied with…", and "the vast majority, more than 95 per cent, comply with…".
  const whom = OF_WHOM.exec(following)
  // "of the offenders we manage never come to our attention again": who manages them is no part of what they did.
  const done = (whom ? following.slice(whom[0].length) : following).replace(
    /^\s+(?:(?:that|who)\s+)?(?:we|they|police)\s+(?:manage|supervise|monitor)\b/i,
    ''
  )
  const doing = SUBCOUNT.exec(withoutPlace(done))
  return doing ? doing[1].toLowerCase().replace(/^(?:non-)?compliant/, 'were $&') : undefined
}

const ROUNDING_BEFORE: readonly [RegExp, 'over' | 'under' | 'about'][] = [
  [
    // "tops 1,000 for the first time", "passing the 1,000 mark".
    /\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|exceeding|above|just\s+over|at\s+least|a\s+little\s+over|well\s+over|(?:tops|topped|topping|past|pass(?:es|ed|ing)?|break(?:s|ing)?|broke|cross(?:es|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed)?)(?:\s+the)?)\s*$/i,
    'over'
  ],
  [
    /\b(?:almost|nearly|just\s+under|just\s+short\s+of|close\s+to|approaching|fewer\s+than|less\s+than|under|below|not\s+quite|shy\s+of)\s*$/i,
    'under'
  ],
  [/\b(?:about|around|some|roughly|approximately|approx\.?|an\s+estimated|circa|c\.|in\s+the\s+region\s+of|or\s+so)\s*$/i, 'about']
]

/** A line that begins by naming the rate: "Rate per 100,000 –", "Offenders per 100,000 residents:". */
const RATE_LABEL = /^\s*(?:(?:the\s+)?rates?\b|[a-z][\w\s'’-]{0,40}?\bper\s+(?:100,?000|100k)\b[^\d.]{0,30}[:–—-])/i

/** "up from 1,684", "compared with 1,684": the earlier figure of a change, whatever came before it. */
const BASE_BEFORE =
  /\b(?:(?:up|down|rise|rising|rose|risen|fall|falling|fell|fallen|increase[ds]?|decrease[ds]?|grew|grown|dropped|jump(?:ed)?|climb(?:ed)?|declined?|went|gone|moved)\s+(?:\w+\s+){0,3}?from|compared\s+(?:with|to)|(?:on|from)\s+the|(?:on|from|than)\s+(?:(?:19|20)\d\d|last\s+year|the\s+previous\s+year|the\s+year\s+before)['’]s(?:\s+(?:figure|total|count)\s+of)?)\s*(?:just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i
/** "from 380 to 406", "than 1,684": an earlier figure only after a figure in the same sentence. */
const WEAK_BASE_BEFORE =
  /\b(?:from|than(?:\s+the)?|versus|against|on|(?:below|above)\s+the)\s*(?:just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i
const SHARE_WORDS =
  /\bof\s+(?:all|the|those|them|these|everyone)\b|\bmade?\s+up\b|\bmakes?\s+up\b|\bmaking\s+up\b|\baccount(?:ed|s|ing)?\s+for\b|\bproportion\b|\bshare\b|\bper\s+cent\s+of\b|%\s+of\b|\bwere\s+(?:registered\s+)?sex/i
const CHANGE_WORDS =
  /\b(?:up|down|rise|rose|risen|increase[ds]?|decrease[ds]?|fall|fell|fallen|grew|growth|jump(?:ed)?|climb(?:ed)?|drop(?:ped)?|higher|lower|more\s+than\s+(?:a\s+year|in|last)|fewer|since|compared|on\s+the\s+(?:previous|year)|year[\s-]on[\s-]year|change)\b/i
const CHANGE_BASE_BEFORE =
  /\b(?:up|down|rising|falling|increasing|decreasing|rose|fell)\s+(?:(?:\w+\s+){0,2})?from\s+$|\bcompared\s+(?:with|to)\s+$/i

/**
 * A bare count too big to be a rate: no area's rate per 100,000 comes near 1,000, so after a sentence
 * about the rate, "Essex's total of 1,867" is the count the rate is of.
 */
const CANNOT_BE_RATE = (mention: Mention) => mention.kind === 'count' && mention.value >= 1000

/** How far the nearest of some words is from a stretch of text (from `start` to `end`), or undefined where there is none. */
function nearestWord(words: RegExp, text: string, start: number, end: number): number | undefined {
  let nearest: number | undefined
  for (const match of text.matchAll(new RegExp(words.source, 'gi'))) {
    const distance = match.index >= end ? match.index - end : Math.max(0, start - (match.index + match[0].length))
    if (nearest === undefined || distance < nearest) nearest = distance
  }
  return nearest
}

/** Gives each mention of a sentence its frame: measure, place and time, nearest cue first. */
export function resolveSentence(
  text: string,
  cues: Cues,
  sentence: Sentence,
  found: Mention[],
  frame: SentenceFrame,
  carried: Carried
): void {
  const sentencePlaces = within(cues.places, sentence)
  const sentenceSubjects = within(cues.subjects, sentence).filter((subject) => !subject.isVague)
  const sentencePeriods = within(cues.periods, sentence)
  const sentenceRelatives = within(cues.relatives, sentence)
  const sinceCue = sentencePeriods.find((period) => period.isSince && !period.isRecord)
  const spanCue = sentenceRelatives.find((relative) => relative.kind === 'span')
  // "The figure has more than doubled in that time": since the year the sentence before was about.
  const sinceThen = carried.time && sentenceRelatives.find((relative) => relative.isSinceThen)
  const sentenceSince: TimeRef | undefined = sinceCue
    ? { period: sinceCue.period, back: 0 }
    : spanCue
      ? { back: spanCue.years, isSpan: true }
      : sinceThen
        ? carried.time
        : undefined
  /** The start of a change: a "since" or "over five years" in its clause, else one before it in the sentence. */
  const sinceFor = (mention: Mention, isClauseOnly = false): TimeRef | undefined => {
    const clauseStart = clauseStartOf(cues.breaks, mention.start, sentence.start)
    const clauseEnd = clauseEndOf(cues.breaks, mention.end, sentence.end)
    const cues_ = [
      ...sentencePeriods
        .filter((period) => period.isSince && !period.isRecord)
        .map((period) => ({ start: period.start, time: { period: period.period, back: 0 } as TimeRef })),
      ...sentenceRelatives
        .filter((relative) => relative.kind === 'span')
        .map((relative) => ({ start: relative.start, time: { back: relative.years, isSpan: true } as TimeRef })),
      ...(sinceThen ? [{ start: sinceThen.start, time: carried.time! }] : [])
    ]
    return (
      cues_.find((cue) => cue.start >= clauseStart && cue.start < clauseEnd) ??
      (isClauseOnly ? undefined : cues_.filter((cue) => cue.start < mention.start).pop())
    )?.time
  }
  // The sentence's own year: the first it names that no figure holds for itself, else carried for "That was…".
  const heldPeriods = new Set<PeriodSpan>()
  /** Another count the tables hold: where and when, to look it up. */
  const locate = (mention: Mention, clauseStart: number, clauseEnd: number) => {
    placeOf(text, mention, sentencePlaces, clauseStart, clauseEnd, carried.place)
    timeOf(text, mention, cues, sentence, clauseStart, clauseEnd, heldPeriods)
  }
  /** A count the tables hold that the sentence names before the figure, with another thing counted ("Orders"). */
  const sentenceTableCount = (mention: Mention) =>
    mention.kind === 'count' && sentenceSubjects.some((subject) => subject.measure === 'other' && subject.end <= mention.start)
      ? tableMeasureOf(text.slice(sentence.start, mention.end))
      : undefined
  let previousFigure: Mention | undefined
  // "11 … were managed at level 2 and one at level 3. For violent offenders the figures were 40 and eight": in the same order.
  // "Among violent offenders, the numbers at levels two and three were 56 and 11": in the order of the levels it names.
  const listed = found.filter((mention) => mention.kind === 'count' && PARALLEL_FIGURES.test(text.slice(sentence.start, mention.start)))
  const levelList = (listed.length > 0 && levelsListed(text.slice(sentence.start, listed[0].start))) || carried.levelList
  if (levelList && listed.length > 0 && listed.length <= levelList.length) {
    const named = sentenceSubjects.find((subject) => subject.measure !== 'other')
    const category = named ? findMeasureById(named.measure)?.category : undefined
    listed.forEach((mention, index) => {
      mention.kind = 'other'
      mention.levels = { levels: levelList[index], ...(category !== undefined ? { category } : {}) }
      mention.measure = levelMeasureId(mention.levels.levels[0], category ?? undefined, false)
      mention.measureFrom = 'sentence'
      mention.reason = `counts offenders managed at level ${mention.levels.levels.join(' and ')}`
    })
  }
  for (const mention of found) {
    // "47 … cautioned or convicted for breaching their notification requirements, up from 45 the year before": the same count, a year earlier.
    const otherBefore = [...found].reverse().find((other) => other.end <= mention.start && other.kind === 'other' && other.measure)
    if (
      mention.kind === 'count' &&
      mention.measureFrom !== 'attached' &&
      otherBefore &&
      BASE_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 40), mention.start))
    ) {
      mention.kind = 'other'
      mention.measure = otherBefore.measure
      mention.levels = otherBefore.levels
      mention.reason = otherBefore.reason
      mention.measureFrom = 'sentence'
    }
    if (mention.kind === 'other' && mention.measure) {
      // "There were 1,000 sex offenders. Of these, 25 were managed at level 2": the levels of what the sentence before counted.
      if (mention.levels && mention.levels.category === undefined && carried.measure) {
        const category = findMeasureById(carried.measure)?.category
        if (category !== undefined) mention.levels.category = category
      }
      locate(mention, clauseStartOf(cues.breaks, mention.start, sentence.start), clauseEndOf(cues.breaks, mention.end, sentence.end))
      continue
    }
    if (mention.kind === 'period' || mention.kind === 'other') continue
    // "violent offenders accounted for a fifth (20 per cent)": a percentage in brackets after words is in their clause.
    const isAfterWords =
      mention.kind === 'percent' && /[a-z]\s*\(\s*$/i.test(text.slice(Math.max(sentence.start, mention.start - 4), mention.start))
    const clauseStart = clauseStartOf(cues.breaks, isAfterWords ? text.lastIndexOf('(', mention.start) : mention.start, sentence.start)
    // "1,867 (81%) were registered sex offenders", "a rise of 89 (28 per cent) on 2020-21": words in brackets right after a figure do not end its clause.
    const bracket = /^\s*\([^()]*\)/.exec(text.slice(mention.end, sentence.end))
    const clauseEnd = clauseEndOf(cues.breaks, bracket ? mention.end + bracket[0].length : mention.end, sentence.end)
    const before = text.slice(clauseStart, mention.start)
    // "Some 520 violent offenders – 516 – were managed": the exact figure between dashes after a rounded one counts what it counts.
    const restated =
      mention.kind === 'count' &&
      previousFigure?.kind === 'count' &&
      previousFigure.measure &&
      /^[^\d.;]{0,40}[–—]\s*$/.test(text.slice(previousFigure.end, mention.start)) &&
      /^\s*[–—]/.test(text.slice(mention.end, mention.end + 4))
        ? previousFigure
        : undefined
    if (restated) {
      mention.measure = restated.measure
      mention.measureFrom = 'sentence'
    }
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
      const afterInClause = sentenceSubjects.filter(
        (subject) => subject.start >= mention.end && subject.start < clauseEnd && subject.measure !== 'other'
      )
      // "83 per cent of those managed were registered sex offenders": the whole follows "of", the part after it.
      const isWholeFirst =
        mention.kind === 'percent' &&
        afterInClause.length > 1 &&
        afterInClause[0].measure === 'total' &&
        /^\s*of\s+(?:the\s+|all\s+)?$/i.test(text.slice(mention.end, afterInClause[0].start))
      const clauseAfter = isWholeFirst ? afterInClause[1] : afterInClause[0]
      // "Kent (2,000), Essex (1,867) … had the most sex offenders": a list names its subject once, before or after.
      const isBracketed = /\(\s*$/.test(text.slice(Math.max(sentence.start, mention.start - 3), mention.start))
      const sentenceBefore =
        [...sentenceSubjects].reverse().find((subject) => subject.end <= mention.start && subject.measure !== 'other') ??
        (isBracketed ? sentenceSubjects.find((subject) => subject.start >= mention.end && subject.measure !== 'other') : undefined)
      // "Of the 2,292 offenders managed, 1,867 were sex offenders": the subject after "of the" is the whole, the one after the figure its part.
      // "2,038 offenders were managed, of whom four in five were sex offenders": "of whom" says the same.
      const isWholeBefore =
        clauseSubject !== undefined &&
        clauseAfter !== undefined &&
        (/\bof\s+(?:the|all|those|these)\s+(?:[\d,]+\s+)?$/i.test(
          text.slice(Math.max(sentence.start, clauseSubject.start - 30), clauseSubject.start)
        ) ||
          /\b(?:of|among)\s+(?:whom|them|these|those)\b[^.;\d]{0,20}$/i.test(text.slice(clauseSubject.end, mention.start)))
      const pick = isWholeBefore ? clauseAfter : (clauseSubject ?? clauseAfter)
      // "114 per 100,000 … below the national average of 126": a bare number after a rate is a rate.
      const isAfterRate =
        previousFigure?.kind === 'rate' &&
        mention.kind === 'count' &&
        !CANNOT_BE_RATE(mention) &&
        (!clauseSubject || clauseSubject.end <= previousFigure.end)
      if (
        previousFigure &&
        previousFigure.measure &&
        (mention.kind === 'count' ||
          mention.kind === 'rank' ||
          mention.kind === 'change' ||
          mention.kind === 'percent' ||
          mention.kind === 'ratio') &&
        (!pick || isAfterRate)
      ) {
        mention.measure = previousFigure.measure === 'rso_rate' && CANNOT_BE_RATE(mention) ? 'rso' : previousFigure.measure
        mention.measureFrom = 'sentence'
        if (mention.measure === 'rso_rate' && mention.kind === 'count') mention.kind = 'rate'
      } else if (pick ?? sentenceBefore) {
        const subject = (pick ?? sentenceBefore)!
        if (subject.measure === 'other') {
          mention.kind = 'other'
          mention.reason = `counts ${subject.noun}, not a figure the checker holds`
          // "Breaches of notification requirements: 91": a count the tables hold, named before it.
          const named = tableMeasureOf(text.slice(clauseStart, mention.end))
          const levels = /^level\b/.test(subject.noun ?? '') ? labelLevels(text.slice(clauseStart, mention.start)) : undefined
          if (levels) {
            mention.levels = levels
            mention.reason = `counts offenders managed at level ${levels.levels.join(' and ')}`
          }
          if (named || levels) {
            mention.measure = named ?? levelMeasureId(levels!.levels[0], levels!.category ?? undefined, false)
            mention.measureFrom = 'clause'
            locate(mention, clauseStart, clauseEnd)
          }
          continue
        }
        mention.measure = subject.measure
        // A subject written with the figure before ("406 violent offenders and 19 others") is that figure's, not this one's.
        mention.measureFrom = pick && !(previousFigure && subject.start >= previousFigure.start) ? 'clause' : 'sentence'
      } else if (mention.kind === 'count' && !CANNOT_BE_RATE(mention) && RATE_LABEL.test(sentence.text)) {
        // A fact box's line that names the rate first: "Rate per 100,000 – 2019: 180; 2020: 179", "Offenders per 100,000 residents: 2019 – 180".
        mention.measure = 'rso_rate'
        mention.kind = 'rate'
        mention.measureFrom = 'sentence'
      } else if (sentenceTableCount(mention)) {
        // "Leicestershire also topped the table for Sexual Harm Prevention Orders, with 138 imposed": the count the sentence names.
        mention.measure = sentenceTableCount(mention)
        mention.kind = 'other'
        mention.measureFrom = 'sentence'
        mention.reason = 'counts what the sentence names, not a figure the checker holds'
        locate(mention, clauseStart, clauseEnd)
        continue
      } else if (carried.reason && (mention.kind === 'count' || mention.kind === 'change')) {
        const isTableCount = mention.kind === 'count' && carried.tableMeasure !== undefined
        mention.kind = 'other'
        mention.reason = `${carried.reason} (carried from the sentence before), not a figure the checker holds`
        if (isTableCount) {
          // "…and one fewer than the 71 recorded in 2018/19": that count, in its year.
          mention.measure = carried.tableMeasure
          mention.measureFrom = 'carried'
          locate(mention, clauseStart, clauseEndOf(cues.breaks, mention.end, sentence.end))
        }
        continue
      } else if (carried.measure) {
        // After a sentence about the rate, "the number" (or a count too big to be a rate) is the count.
        mention.measure =
          carried.measure === 'rso_rate' && (CANNOT_BE_RATE(mention) || /\bnumbers?\b/i.test(before)) ? 'rso' : carried.measure
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
    const aroundStart = Math.max(clauseStart, mention.start - 50)
    const around = text.slice(aroundStart, Math.min(clauseEnd, mention.end + 50)).replace(/\b(?:made?|makes?|making)\s+up\b/gi, 'formed')
    if (mention.kind === 'percent' || mention.kind === 'change' || mention.kind === 'ratio') {
      // The nearer word when both are there: "Despite the small annual rise, the total is down five".
      const up = nearestWord(UP_WORDS, around, mention.start - aroundStart, mention.end - aroundStart)
      const down = nearestWord(DOWN_WORDS, around, mention.start - aroundStart, mention.end - aroundStart)
      mention.direction = up === undefined && down === undefined ? undefined : (down ?? Infinity) < (up ?? Infinity) ? 'down' : 'up'
      if (mention.kind === 'ratio' && mention.value < 1) mention.direction = 'down'
    }
    // "Of the 2,292 offenders managed, 1,867 (81%) were sex offenders": a percentage in brackets after a count is its share.
    const partOf =
      mention.kind === 'percent' &&
      previousFigure?.kind === 'count' &&
      /^\s*\(\s*$/.test(text.slice(previousFigure.end, mention.start)) &&
      /\bof\s+(?:the|all|those|these)\b/i.test(sentence.text)
        ? previousFigure
        : undefined
    // "with the majority (81%) registered sex offenders": the share the subject after the bracket is of all managed.
    const majorityOf =
      mention.kind === 'percent' &&
      /\b(?:the\s+(?:vast\s+)?majority|most|nearly\s+all|almost\s+all)\s*\(\s*$/i.test(
        text.slice(Math.max(sentence.start, mention.start - 30), mention.start)
      )
        ? sentenceSubjects.find((subject) => subject.start >= mention.end && subject.measure !== 'other' && subject.measure !== 'total')
        : undefined
    // "99% of its officers had been trained": a share of something no table counts.
    const ofOther =
      mention.kind === 'percent' &&
      sentenceSubjects.find(
        (subject) =>
          subject.start >= mention.end &&
          subject.measure === 'other' &&
          /^\s*of\s+(?:(?:the|its|their|our|all|those|these)\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(mention.end, subject.start))
      )
    if (ofOther && !mention.reason) {
      mention.kind = 'other'
      mention.measure = undefined
      mention.reason = `a share of ${ofOther.noun ?? 'something else'}, not a figure the checker holds`
      continue
    } else if (partOf && !mention.reason) {
      mention.measure = partOf.measure
      mention.measureFrom = 'sentence'
      mention.shareOf = /\b(?:england\s+and\s+wales|national|nationally)\b/i.test(sentence.text) ? 'national' : 'total'
    } else if (majorityOf && !mention.reason) {
      mention.measure = majorityOf.measure
      mention.measureFrom = 'clause'
      mention.shareOf = 'total'
    } else if (mention.kind === 'percent' && !mention.reason) {
      const near = text.slice(Math.max(clauseStart, mention.start - 60), Math.min(clauseEnd, mention.end + 60))
      // "up 183 (10.9%)": a percentage in brackets after a change is that change as a percentage.
      const isChange =
        CHANGE_WORDS.test(near.replace(/\b(?:made?|makes?|making)\s+up\b/gi, '')) ||
        (previousFigure?.kind === 'change' && /\(\s*$/.test(text.slice(Math.max(sentence.start, mention.start - 3), mention.start)))
      const following = text.slice(mention.end, Math.min(sentence.end, mention.end + 80))
      if (
        /^[^.;]{0,30}?\b(?:higher|lower|more|fewer|greater|above|below)\s+than\s+(?:the\s+)?(?:(?:figure|rate|number|level)\s+(?:for|in|across)\s+(?:the\s+)?)?(?:national|england\s+and\s+wales|average|across\s+england)|^[^.;]{0,30}?\b(?:above|below|higher\s+than|lower\s+than)\s+the\s+(?:national|england\s+and\s+wales|average\b(?!\s+(?:for|in|across)\s+(?:the\s+)?(?:north|south|east|west|region|midlands)))/i.test(
          following
        )
      ) {
        mention.isAgainstNational = true
      } else if (
        // Not "62 per cent of people surveyed": a poll's people are not the population.
        /^\s*of\s+(?:the\s+)?(?:(?:local|whole|county's|area's)\s+)?(?:population|people|residents|everyone|all\s+people)\b(?!\s+(?:surveyed|asked|polled|questioned|interviewed|who|that|responding|taking\s+part|in\s+(?:the|a)\s+(?:survey|poll)))/i.test(
          following
        )
      ) {
        mention.shareOf = 'population'
      } else if (
        /^\s*of\s+(?:the\s+)?(?:people|residents|respondents|adults|voters|readers|parents|those\s+(?:surveyed|asked|polled))\b/i.test(
          following
        )
      ) {
        // "62 per cent of people surveyed said…": a share of people no table counts.
        mention.reason = 'a share of people the tables do not count'
      } else if (
        /\b(?:men|male|women|female|aged|white|british|children|girls|boys|under\s+\d|over\s+\d|level\s+(?:1|2|3|one|two|three))\b/i.test(
          following.slice(0, 60)
        )
      ) {
        mention.reason = 'a share the tables do not hold (by sex, age or level)'
      } else if (doneBy(following)) {
        // "98% of offenders complied with their requirements": a share of those who did something.
        mention.reason = `a share of those who ${doneBy(following)}, not a figure the checker holds`
      } else if (SHARE_WORDS.test(near) && !/\b(?:rise|rose|increase|fall|fell|decrease|up\s+from|down\s+from|since)\b/i.test(near)) {
        const whole = text.slice(mention.end, clauseEnd)
        mention.shareOf =
          /\b(?:england\s+and\s+wales|national|nationally|the\s+country)\b/i.test(whole) &&
          !/\b(?:managed|mappa|in\s+total|all\s+offenders)\b/i.test(whole)
            ? 'national'
            : 'total'
      } else if (!isChange) mention.reason = 'a percentage of something the copy does not name'
    }
    // "the third highest rate in the East of England", "in the region": a rank among a region's areas, which the checker does not work out.
    if (
      mention.kind === 'rank' &&
      sentencePlaces.some(
        (place) =>
          (place.kind === 'region' || (place.kind === 'back' && /region/i.test(text.slice(place.start, place.end)))) &&
          place.start >= mention.end &&
          place.start < clauseEnd &&
          !/\d/.test(text.slice(mention.end, place.start))
      )
    )
      mention.reason = 'a rank among the areas of a region, which the checker does not work out (it ranks the 42 areas)'
    // "twice as many registered sex offenders as Greater Manchester", "a third higher than Kent": one area against another, not worked out.
    if (
      (mention.kind === 'ratio' || mention.kind === 'percent') &&
      !mention.ratio?.against &&
      !mention.isAgainstNational &&
      sentencePlaces.some(
        (place) =>
          place.kind === 'area' &&
          place.start >= mention.end &&
          place.start - mention.end <= 80 &&
          /\b(?:as|than)\s+(?:[\w'’-]+\s+){0,3}$/i.test(text.slice(mention.end, place.start)) &&
          !/\d/.test(text.slice(mention.end, place.start))
      )
    )
      mention.reason = 'compares two areas, which the checker does not work out'
    // Where.
    // "Across England and Wales, the register rose to 68,357. In the past year alone it grew by 1,616": "it" is where the last figure was.
    const isIt =
      carried.lastPlace?.kind === 'national' &&
      /\bit\s+(?:has\s+|had\s+)?[a-z]+(?:ed|ew|ose|ell|own|isen|allen)\b/i.test(text.slice(clauseStart, mention.start))
    placeOf(text, mention, sentencePlaces, clauseStart, clauseEnd, isIt ? carried.lastPlace : carried.place)
    // "…nearly 2,000 registered sex offenders – 1,963 – were on the register in Staffordshire": the rounded figure is where the exact one is.
    if (restated && (restated.placeFrom === 'carried' || restated.placeFrom === undefined) && mention.placeFrom !== 'carried') {
      restated.place = mention.place
      restated.placeFrom = mention.placeFrom
    }
    // "Sex offender register soars past 66,000": no MAPPA area counts 20,000 offenders, so a count that big with no place of its own is England and Wales's.
    if (mention.kind === 'count' && mention.value >= 20000 && mention.placeFrom !== 'attached' && mention.placeFrom !== 'clause') {
      mention.place = { kind: 'national', slug: ENGLAND_AND_WALES }
      mention.placeFrom = 'sentence'
    }
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
  // "Essex and Kent had 1,867 and 2,000 respectively": the places named before the figures, in their order.
  if (/\brespectively\b/i.test(sentence.text)) {
    const figures = found.filter((mention) => mention.kind !== 'period' && mention.kind !== 'other')
    const areas = sentencePlaces.filter((place) => place.kind === 'area' && figures.length > 0 && place.end <= figures[0].start)
    if (areas.length >= 2 && areas.length === figures.length)
      figures.forEach((mention, index) => {
        mention.place = { kind: 'area', slug: areas[index].slug }
        mention.placeFrom = 'attached'
      })
  }
  // Figures with no year of their own: the sentence's free year, or one carried for "That was…", or the edition.
  // "In 2021/22, 81 offenders were …, and 108 orders were …": a year before every figure is the whole sentence's.
  const firstFigure = found.find((mention) => mention.kind !== 'period')
  const freePeriod = sentencePeriods.find(
    (period) => !period.isSince && (!heldPeriods.has(period) || (firstFigure !== undefined && period.end <= firstFigure.start))
  )
  const anchor = sentencePeriods.find((period) => !period.isSince)
  const editionCue = sentenceRelatives.find((relative) => relative.kind === 'edition')
  const thenCue = sentenceRelatives.find((relative) => relative.kind === 'then' && !relative.isSinceThen)
  const sentenceTime: TimeRef | undefined = freePeriod
    ? { period: freePeriod.period, back: 0 }
    : thenCue && carried.time
      ? carried.time
      : frame.isReferringBack && carried.time
        ? carried.time
        : undefined
  let current: TimeRef | undefined
  /** "in 2019-20 there were 62,435, meaning the number has risen by 12 per cent": a change in its clause's present perfect runs to now. */
  const isUpToNow = (mention: Mention) =>
    (mention.kind === 'change' || mention.kind === 'percent' || mention.kind === 'ratio') &&
    UP_TO_NOW.test(
      text.slice(clauseStartOf(cues.breaks, mention.start, sentence.start), clauseEndOf(cues.breaks, mention.end, sentence.end))
    )
  // The figures the sentence's year applies to: MAPPA figures, and the other counts the tables hold.
  const framed = found.filter((mention) => mention.kind !== 'period' && (mention.kind !== 'other' || mention.measure) && !mention.row)
  // "jumped from 15,871 to 22,304": a base with only a carried place is where the figure it changed to is.
  for (const base of framed) {
    if (!base.isBase || (base.placeFrom !== 'carried' && base.placeFrom !== 'assumed')) continue
    const clauseStart = clauseStartOf(cues.breaks, base.start, sentence.start)
    const clauseEnd = clauseEndOf(cues.breaks, base.end, sentence.end)
    const to = framed.find(
      (other) =>
        !other.isBase &&
        other.measure === base.measure &&
        other.placeFrom !== 'carried' &&
        other.placeFrom !== 'assumed' &&
        other.start >= clauseStart &&
        other.end <= clauseEnd
    )
    if (to?.place) {
      base.place = to.place
      base.placeFrom = 'sentence'
    }
  }
  for (const mention of framed) {
    // "This year's report shows the rate rose to 114, from 103": a base a cue for the edition came before is still a year back.
    const isEditionOnly = mention.timeFrom === 'clause' && mention.time.period === undefined && mention.time.back === 0
    if (mention.timeFrom === 'assumed' || (mention.isBase && isEditionOnly)) {
      if (mention.isBase) {
        const reference = current ?? sentenceTime ?? { back: 0 }
        const since = sinceFor(mention) ?? sentenceSince
        mention.time = since?.period
          ? since
          : { ...reference, back: reference.back + (since?.back ?? 1), ...(since?.isSpan ? { isSpan: true } : {}) }
        mention.timeFrom = 'sentence'
      } else if (sentenceTime && !editionCue && !isUpToNow(mention)) {
        mention.time = sentenceTime
        mention.timeFrom = 'sentence'
      }
    } else if (
      mention.time.period === undefined &&
      mention.time.back > 0 &&
      !mention.time.isLoose &&
      anchor &&
      anchor.start < mention.start
    ) {
      // ("last year" is always the year before the story's, whatever year the sentence named first.)
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
    // "The figure is one more than the 1,680 recorded a year earlier", after a sentence about the rate: the change counts what its base counts.
    const clauseBase = framed.find(
      (other) => other.isBase && other.measure && other.start >= clauseStart && other.end <= clauseEnd && other.start > mention.end
    )
    if (clauseBase && (mention.measureFrom === 'carried' || mention.measureFrom === 'sentence')) {
      mention.measure = clauseBase.measure
      mention.measureFrom = 'clause'
    }
    // "That is two more than in 2021" after a sentence ending on the rate: "more" and "fewer" count offenders; a rate goes higher or lower.
    if (
      mention.kind === 'change' &&
      mention.measure === 'rso_rate' &&
      (mention.measureFrom === 'carried' || mention.measureFrom === 'sentence') &&
      /^\s+(?:more|fewer)\b/i.test(text.slice(mention.end, mention.end + 10))
    )
      mention.measure = 'rso'
    // "…up from 57,959 twelve months earlier – a rise of 15 per cent": a change with no place of its own is where its base is.
    const baseBefore = framed.filter((other) => other.isBase && other.measure === mention.measure && other.end <= mention.start).pop()
    if (baseBefore?.place && (mention.placeFrom === 'assumed' || mention.placeFrom === 'carried')) {
      mention.place = baseBefore.place
      mention.placeFrom = 'sentence'
    }
    const bases = framed.filter((other) => other.isBase && other.measure === mention.measure && other.place?.slug === mention.place?.slug)
    // A change with a start of its own ("one more than a year earlier, but five fewer than the 1,311 in 2019") takes no base from another clause.
    const baseFigure =
      bases.find((other) => other.start >= clauseStart && other.end <= clauseEnd) ??
      ((mention.since ?? sinceFor(mention, true))
        ? undefined
        : (bases.filter((other) => other.end <= mention.start).pop() ?? bases.find((other) => other.start >= mention.end)))
    const reference = mention.time
    const since = mention.since ?? sinceFor(mention)
    mention.since = baseFigure
      ? baseFigure.time
      : since?.period
        ? since
        : { ...reference, back: reference.back + (since?.back ?? 1), ...(since?.isSpan ? { isSpan: true } : {}) }
    // "In 2019 there were 787. It means a rise of 230 since 2019": a change cannot end where it starts; the year carried to it gives way to now.
    if (mention.timeFrom === 'sentence' && mention.since.period && mention.time.period && mention.since.period >= mention.time.period)
      mention.time = { back: 0 }
    // "a rise of 89 (28 per cent)": the percentage in brackets is the same change, over the same years.
    const change = [...framed].reverse().find((other) => other.end <= mention.start)
    if (mention.kind === 'percent' && change?.kind === 'change' && /^\s*\(\s*$/.test(text.slice(change.end, mention.start))) {
      mention.since = change.since
      mention.time = change.time
    }
  }
  if (carried.bracketPeriod) readBracketedLastYear(text, found, carried.bracketPeriod)
}

/**
 * Under a fact box's first line "Registered sex offenders: 1,829 (2018/19: 1,837)", a line's figure in bare brackets
 * after its own ("Violent offenders: 529 (537)") is the same count in the year that line named.
 */
function readBracketedLastYear(text: string, found: Mention[], period: string): void {
  found.forEach((figure, index) => {
    const bracketed = found[index + 1]
    if (
      !bracketed ||
      figure.kind === 'period' ||
      bracketed.kind === 'period' ||
      !/^\s*\(\s*$/.test(text.slice(figure.end, bracketed.start)) ||
      !/^\s*\)/.test(text.slice(bracketed.end, bracketed.end + 4)) ||
      !/:\s*$/.test(text.slice(Math.max(0, figure.start - 3), figure.start))
    )
      return
    Object.assign(bracketed, {
      kind: figure.kind,
      measure: figure.measure,
      measureFrom: figure.measureFrom,
      levels: figure.levels,
      reason: figure.reason,
      place: figure.place,
      placeFrom: figure.placeFrom,
      isBase: false,
      time: { period, back: 0 },
      timeFrom: 'attached'
    })
  })
}
