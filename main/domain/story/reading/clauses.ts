// Clauses and sentences as frames: where the clause around a figure starts and ends, the cues inside
// a span, and what a sentence names for all its figures. Looks nothing up; never decides a figure.

import { firstAtOrAfter, lastStartingBefore, type Sentence, type SubjectSpan } from '../lexicon'
import type { Cues, Mention, TimeRef } from './mention'

export function clauseStartOf(breaks: number[], at: number, sentenceStart: number): number {
  const index = firstAtOrAfter(breaks, at) - 1
  return index >= 0 && breaks[index] >= sentenceStart ? breaks[index] : sentenceStart
}

export function clauseEndOf(breaks: number[], at: number, sentenceEnd: number): number {
  const index = firstAtOrAfter(breaks, at)
  return index < breaks.length && breaks[index] < sentenceEnd ? breaks[index] : sentenceEnd
}

export interface SentenceFrame {
  /** The last MAPPA (or other) subject the sentence names. */
  subject?: SubjectSpan
  /** The local area it is about: the first it names, unless it first points back. */
  localPlace?: Mention['place']
  /** A year it names for the whole sentence. */
  explicitTime?: TimeRef
  isReferringBack: boolean
}

const REFERS_BACK =
  /^\s*["'“‘]?\s*(?:that|this|it|these|those|which|the\s+(?:figure|rate|number|total|count)|the\s+same|back\s+then|then|at\s+that\s+time)\b/i
/** "…the number has grown by 371 in three years": a change up to now, not to the year the sentence before was about. */
export const UP_TO_NOW =
  /\b(?:has|have)\s+(?:now\s+|since\s+|also\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:risen|grown|increased|fallen|dropped|climbed|gone\s+(?:up|down)|doubled|trebled|tripled|halved|jumped|soared|declined|decreased|shrunk|changed)\b|\b(?:has|have)\s+been\s+(?:an?\s+)?(?:\w+\s+)?(?:rise|increase|fall|drop|decrease|decline|jump|growth|reduction)\b/i

const COMPARED_PLACE_BEFORE =
  /\b(?:level\s+with|behind(?:\s+only)?|ahead\s+of|than(?:\s+in)?|compared\s+(?:with|to)|against|versus|like|alongside|below|above|trailing|followed\s+by|including|such\s+as|as\s+did)\s+(?:(?:the|neighbouring|nearby)\s+)?$|\)\s*(?:,|and)\s*$/i

export function sentenceFrame(cues: Cues, sentence: Sentence): SentenceFrame {
  const subjects = within(cues.subjects, sentence).filter((subject) => !subject.isVague)
  // The area a sentence is about is the first it names ("In Essex there were 1,867, against 1,200 in Kent"); one that opens
  // by pointing back ("The county shares … with Nottinghamshire") stays about the area before.
  // A place named only to compare with ("level with Thames Valley", "behind only County Durham (580), Greater Manchester (577)") is not it.
  const named = within(cues.places, sentence).filter(
    (place) =>
      (place.kind === 'area' || place.kind === 'back') &&
      !COMPARED_PLACE_BEFORE.test(sentence.text.slice(Math.max(0, place.start - sentence.start - 30), place.start - sentence.start))
  )
  const first = named[0]
  const periods = within(cues.periods, sentence).filter((period) => !period.isSince)
  return {
    subject: subjects[subjects.length - 1],
    localPlace: first?.kind === 'area' ? { kind: 'area', slug: first.slug } : undefined,
    explicitTime: periods.length > 0 ? { period: periods[0].period, back: 0 } : undefined,
    isReferringBack: REFERS_BACK.test(sentence.text) && !UP_TO_NOW.test(sentence.text)
  }
}

export function within<T extends { start: number; end: number }>(items: T[], span: { start: number; end: number }): T[] {
  const from = lastStartingBefore(items, span.start) + 1
  const found: T[] = []
  for (let index = from; index < items.length && items[index].start < span.end; index++) found.push(items[index])
  return found
}
