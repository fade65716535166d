// Where a figure is: the place in its brackets, right after it, earlier in its clause or sentence, or
// carried from before; a place that names a comparison set ("the highest in England and Wales") is skipped.

import type { PlaceSpan } from '../places'
import type { Mention, Strength } from './mention'

/** Place words that name a comparison set, not where a figure is: "the highest in England and Wales". */
const COMPARISON_BEFORE =
  /\b(?:highest|lowest|largest|smallest|biggest|most|fewest|worst|best|top|bottom|rank(?:ed|s|ing)?|of\s+the\s+42)\b[^.;]{0,30}$/i

/** Words before a place that make it what a figure is compared with: "than the", "compares with 129" (nationally), "against a rate of 126 across". */
const COMPARED_WITH_BEFORE =
  /\b(?:than|below|above|compar(?:ed|es|ing)\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:the|a|an)\s+)?(?:(?:national\s+)?(?:figure|rate|average|total)\s+(?:of\s+)?)?(?:\d[\d,]*(?:\.\d+)?\s+)?(?:(?:the|in|across|for)\s+)*$/i

export function placeOf(
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
        mention.shareOf === 'national' ||
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
      !/[\d,;]|\b(?:above|below|under|than|compared|against|higher|lower|average|more|less|versus|while|whereas|and|or|but|half|twice|times|thirds?|quarters?|fifths?)\b/i.test(
        text.slice(mention.end, place.start)
      )
  )
  // "the most offenders in the region": a field a superlative ranks in, not words pointing back to a place.
  const isField = (place: PlaceSpan) =>
    place.kind === 'back' && COMPARISON_BEFORE.test(text.slice(Math.max(0, place.start - 40), place.start))
  // "…40% higher than the England and Wales rate of 110, and one in every 649": what another clause compares with is not where
  // this figure is; nor, in its own clause, where the figure compared with stands between ("below the national figure of 110 and … one in every 1,020").
  const isComparedWith = (place: PlaceSpan) =>
    place.kind !== 'area' &&
    (place.end <= clauseStart || /\d/.test(text.slice(place.end, mention.start))) &&
    COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, place.start - 50), place.start))
  const beforeInClause = [...places]
    .reverse()
    .find((place) => place.end <= mention.start && place.start >= clauseStart && !isField(place) && !isComparedWith(place))
  // After it in the sentence, with no other figure between ("Four … were also managed in Gloucestershire"): its own,
  // before any carried from the sentence before.
  const inSentence =
    [...places].reverse().find((place) => place.end <= mention.start && !isComparedWith(place) && !isField(place)) ??
    places.find(
      (place) => place.start >= mention.end && place.kind === 'area' && (!carried || !/\d/.test(text.slice(mention.end, place.start)))
    )
  const choose = (place: PlaceSpan | undefined, strength: Strength): boolean => {
    if (!place) return false
    if (place.kind === 'back') {
      // "The county" is an area: the one just named, never England and Wales or a region; else the story's own.
      mention.place = carried?.kind === 'area' ? carried : undefined
      mention.placeFrom = 'carried'
      mention.isBackReference = true
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
