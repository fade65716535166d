// Numbers in copy that are not MAPPA figures: money, ages, dates, lengths of time, fixed phrases
// ("per 100,000", "Category 1") and counts of something else. Judged from the words beside the number only.

import { MONTH_WORDS } from '../lexicon'

/**
 * Other counts the tables hold, from the words of the claim: breaches of notification requirements,
 * returns to custody, Sexual Harm Prevention Orders and Sexual Risk Orders, serious further offence
 * charges. Checked when the store has them.
 */
export function tableMeasureOf(words: string): string | undefined {
  // "returned to custody for breaching their licence", "recalled to prison for breaching a sexual harm prevention order".
  const returned = /\b(?:returned|recalled|sent\s+back)\s+to\s+(?:custody|prison|jail)\b([^.;,]{0,60})/i.exec(words)
  if (returned) return /\b(?:orders?|shpos?|sopos?)\b/i.test(returned[1]) ? 'returned_custody_order' : 'returned_custody_licence'
  if (
    /\bbreach(?:es|ed|ing)?\b[^.;]{0,60}\b(?:notification|registration|register)\b|\bnotification\s+requirements?\b[^.;]{0,40}\bbreach|\bcautioned\s+or\s+convicted\b[^.;]{0,40}\bbreach|\b(?:cautioned|convicted)\b[^.;]{0,80}\bnotification\s+(?:requirements?|rules|conditions)|\b(?:cautioned|convicted)\b[^.;]{0,60}\b(?:(?:fail(?:ing|ed|ure)?)\s+to\s+(?:comply\s+with\s+(?:their\s+)?notification|notify|register|keep\s+(?:the\s+)?police\s+informed|tell\s+(?:the\s+)?police|inform\s+(?:the\s+)?police)|rules\s+on\s+telling\s+(?:the\s+)?police)|\bbr(?:oke|oken|eak(?:s|ing)?)\s+(?:the\s+)?(?:register|registration|notification)\s+(?:rules|requirements|conditions)/i.test(
      words
    )
  )
    return 'breaches_notification'
  if (/\bsexual\s+harm\s+prevention\s+orders?\b|\bshpos?\b/i.test(words)) return 'shpo'
  if (/\bsexual\s+risk\s+orders?\b|\bsros?\b/i.test(words)) return 'sro'
  if (/\bcharged\b[^.;]{0,40}\bserious\s+further\s+offen[cs]es?\b/i.test(words)) return 'sfo_charged'
  return undefined
}

/**
 * The tables' own words for a count, which no other count shares: "cautioned or convicted for
 * breaching their notification requirements", "charged with a serious further offence".
 */
export const isTableWording = (measure: string, words: string): boolean =>
  (measure === 'breaches_notification' && /\b(?:cautioned|convicted)\b[^.;]{0,60}\bnotification\s+requirements?\b/i.test(words)) ||
  (measure === 'sfo_charged' && /\bcharged\s+with\s+(?:a\s+)?serious\s+further\s+offen[cs]es?\b/i.test(words))

/** Words ending in s after a number that are not what it counts. */
export const NOT_NOUNS: ReadonlySet<string> = new Set([
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

/** Where they are, between the subject and what they did: "sex offenders [in the area] were cautioned". */
const PLACE_BEFORE_VERB =
  /^\s+(?:(?:living|based|managed)\s+)?(?:in|on|across|within|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?=(?:who|that|were|was|have|had|are|has)\b)/i
export const withoutPlace = (words: string) => words.replace(PLACE_BEFORE_VERB, ' ')

/** "45 sex offenders were cautioned for breaches": a count of what some of them did, not of them. */
export const SUBCOUNT =
  /^\s*(?:,\s*)?(?:who\s+|that\s+)?(?:were|was|have|had|are|has)?\s*(?:been\s+)?(?:also\s+)?((?:cautioned|convicted|charged|recalled|returned|sent\s+back|jailed|imprisoned|arrested|breach(?:ed|ing)|(?:gone\s+|went\s+)?missing|wanted|committed|re-?offended|found\s+guilty|prosecuted|absconded|deported|living\s+abroad|on\s+the\s+run|given|issued|made\s+subject|compl(?:ied|y|ying|ies)\s+with|(?:non-)?compliant|fail(?:ed|s)?\s+to|kept\s+to|stuck\s+to|(?:go(?:es)?|went|gone)\s+on\s+to\s+[a-z]+|br(?:oke|oken|eak(?:s|ing)?)|commit(?:s)?\b|(?:placed|put)\s+on|added\s+to|removed\s+from|taken\s+off|(?:never\s+)?(?:come|came)\s+to\s+(?:our|police|the\s+police['’]s?)\s+attention)(?:\s+or\s+[a-z]+)?)\b/i

/** "per 100,000", "aged 10 and over", "the 42 areas", "Category 1": numbers in fixed phrases, never figures. */
export function isFixedPhrase(before: string, value: number, after: string): boolean {
  if (value === 100000 && /\b(?:per|in|for|every|of)\s*$/i.test(before)) return true
  if (
    (value === 10 || value === 9) &&
    (/^\s*(?:and|or|\+)\s*(?:over|above|older|upwards)\b|^\+/i.test(after) ||
      /\b(?:aged?|ages|over|above|older\s+than)\s+(?:of\s+)?(?:over\s+|above\s+)?$/i.test(before))
  )
    return true
  if (value === 42 && /^\s*(?:mappa\s+|police\s+|policing\s+|force\s+)?(?:areas?|forces?|regions?)\b/i.test(after)) return true
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
export function otherReason(before: string, after: string, currency: string | undefined, isOrdinal: boolean): string | undefined {
  if (/^\s*(?:million|m\b)\s+(?:people|residents|population|inhabitants)\b/i.test(after)) return 'a population'
  if (currency || /^\s*(?:pounds|pence|million|billion|bn\b|m\b|k\b|p\b)/i.test(after)) return 'money'
  if (
    /^\s*-?(?:years?|yrs?)[\s-]+old\b|^\s*-year-old|^\s*-years-old/i.test(after) ||
    /\b(?:aged|age\s+of|ages\s+of)\s*$/i.test(before) ||
    /\b(?:aged|ages)\s+\d{1,2}\s*(?:to|and|-|–)\s*$/i.test(before)
  )
    return 'an age'
  if (
    /[A-Za-z]\s*,\s*$/.test(before) &&
    // "the largest number of registered sex offenders, 2,065, and …" gives the figure, not an age.
    !/\b(?:offenders?|rsos?|smallest|largest|biggest|highest|lowest|most|fewest|total|number|figure|rate|register)\s*,\s*$/i.test(before) &&
    /^\s*,\s*(?:of|from|who|was|is|has|had|and|appeared|pleaded|admitted|denied|formerly|previously|a|an|the|now|said|says|added|adds|told|explained|warned|claimed|insisted|revealed|confirmed|described|lives|lived)\b/.test(
      after
    )
  )
    return 'an age'
  // "Oct 26 2023", "March 31, 2022": a day between its month and its year.
  const isDayBeforeYear = MONTH_BEFORE.test(before) && /^(?:st|nd|rd|th)?\s*,?\s*(?:19|20)\d\d\b/.test(after)
  if (
    MONTH_AFTER.test(after) ||
    (MONTH_BEFORE.test(before) && (!/^\s*\d/.test(after) || isDayBeforeYear)) ||
    (isOrdinal && ORDINAL_DATE.test(after))
  )
    return 'a date'
  if (/^\s*-?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b/i.test(after)) return 'a length of time'
  if (/^\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)\b/i.test(after) || /^:\d\d/.test(after)) return 'a time of day'
  if (/^\s*(?:square|sq\.?)\s+(?:miles?|km|kilometres?|metres?)\b|^\s*(?:acres|hectares)\b/i.test(after)) return 'an area of land'
  if (/^\s*(?:miles?|km|metres?|feet|ft|mph)\b/i.test(after)) return 'a distance'
  // "between junctions 2 and 3", "page 4": a number that names something.
  if (
    /\b(?:junctions?|exits?|platforms?|pages?|chapters?|sections?|paragraphs?|clauses?|rooms?|flats?|routes?|gates?)\s+(?:\d+\s*(?:and|,|to|or|-|–)\s*)?$/i.test(
      before
    )
  )
    return 'a reference number'
  if (
    /\bpopulations?\b[^.;]{0,30}?\b(?:grown|grew|risen|rose|increased|fallen|fell|dropped|shrunk|changed)\s+by\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i.test(
      before
    )
  )
    return 'a change in population'
  if (
    /\bpopulations?(?:\s+(?:of|is|was))?[\s:,]+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i.test(
      before
    )
  )
    return 'a population'
  if (/^-(?:strong|member|man|woman|person|seat(?:er)?|bed(?:room)?|page|point|acre|storey|inch|foot)\b/i.test(after))
    return 'the size of something ("30-strong")'
  if (/\b(?:call|ring|phone|telephone|tel\.?|text|on)\s*$/i.test(before) && /^\s\d{3}/.test(after)) return 'a phone number'
  return undefined
}
