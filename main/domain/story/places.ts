// Where copy says a figure is: the 42 MAPPA areas by any spelling or by their police force ("Essex
// Police", "the Met"), England and Wales ("nationally"), words that point back ("the county") and
// regions that are not a MAPPA area ("the North East"). One pass over the text; never looks a figure up.

import { AREAS, aliasKey, slugify } from '../../contract/areas'

export const ENGLAND_AND_WALES = 'england-and-wales'

/** A place named in the copy: an area's slug, England and Wales, a word pointing back, or a region. */
export type PlaceKind = 'area' | 'national' | 'back' | 'region'

export interface PlaceSpan {
  kind: PlaceKind
  /** The slug for an area or England and Wales; the region's name for a region. */
  slug: string
  start: number
  end: number
}

/** Press names of areas and forces beyond the tables' own spellings. */
const PRESS_NAMES: readonly [string, string][] = [
  ['the Met', 'London'],
  ['Met Police', 'London'],
  ['Metropolitan Police', 'London'],
  ['Scotland Yard', 'London'],
  ['City of London Police', 'London'],
  ['the capital', 'London'],
  ['Greater London', 'London'],
  ['Durham Constabulary', 'County Durham'],
  ['Cleveland Police', 'Teesside'],
  ['Isle of Wight', 'Hampshire'],
  ['Devon', 'Devon and Cornwall'],
  ['Cornwall', 'Devon and Cornwall'],
  ['Somerset', 'Avon and Somerset'],
  ['Manchester', 'Greater Manchester'],
  ['Powys', 'Dyfed-Powys'],
  ['Dyfed', 'Dyfed-Powys'],
  // Councils named like another area that lie in this one: not Lincolnshire, Gloucestershire or Yorkshire.
  ['North Lincolnshire', 'Humberside'],
  ['North East Lincolnshire', 'Humberside'],
  ['East Riding of Yorkshire', 'Humberside'],
  ['East Riding', 'Humberside'],
  ['South Gloucestershire', 'Avon and Somerset']
]

/** Sums of several areas the press writes about; the tables have no such row. */
const REGIONS = [
  'North East',
  'North West',
  'South East',
  'South West',
  'East Midlands',
  'East of England',
  'Yorkshire and the Humber',
  'Yorkshire and Humber',
  'Yorkshire',
  'the Midlands',
  'Home Counties'
]

const NATIONAL = [
  'nationally',
  'across England and Wales',
  'in England and Wales',
  'England and Wales',
  'England & Wales',
  'national rate',
  'national average',
  'national figure',
  'national total',
  'national register',
  'across the country',
  'the country as a whole',
  'nationwide',
  'England and Wales as a whole'
]

const BACK = ['the county', 'the force area', 'the police force area', 'the area', 'the region', 'locally', 'the city', 'the borough']

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** "Devon and Cornwall", "Devon & Cornwall", "Dyfed-Powys", "Dyfed Powys" all match one spelling. */
const loose = (spelling: string) => escape(aliasKey(spelling)).replace(/ and /g, ' (?:and|&) ').replace(/ /g, '[\\s-]+')

interface Spelling {
  pattern: string
  kind: PlaceKind
  slug: string
}

function spellings(): Spelling[] {
  const list: Spelling[] = []
  for (const area of AREAS) {
    if (area.kind !== 'area') continue
    for (const spelling of [area.name, ...area.aliases]) list.push({ pattern: loose(spelling), kind: 'area', slug: slugify(area.name) })
  }
  for (const [spelling, name] of PRESS_NAMES)
    list.push({
      pattern: spelling.startsWith('the ') ? `the\\s+${loose(spelling.slice(4))}` : loose(spelling),
      kind: 'area',
      slug: slugify(name)
    })
  // Wales alone is the tables' own row for the four Welsh areas ("across Wales", "Wales's forces").
  for (const area of AREAS)
    if (area.kind === 'total' && area.isWelsh) {
      list.push({ pattern: loose(area.name), kind: 'area', slug: slugify(area.name) })
      // "across the country's four police force areas" in a Welsh paper, "the four Welsh forces": only Wales has four.
      const forces = String.raw`(?:police[\s-]+)?(?:force[\s-]+)?(?:areas|forces)`
      for (const start of ['across[\\s-]+the', 'the'])
        for (const four of [String.raw`country['’]?s[\s-]+four`, String.raw`four[\s-]+welsh`])
          list.push({ pattern: String.raw`${start}[\s-]+${four}[\s-]+${forces}`, kind: 'area', slug: slugify(area.name) })
    }
  for (const spelling of NATIONAL) list.push({ pattern: loose(spelling), kind: 'national', slug: ENGLAND_AND_WALES })
  for (const region of REGIONS) list.push({ pattern: loose(region), kind: 'region', slug: region.replace(/^the /, '') })
  for (const spelling of BACK) list.push({ pattern: loose(spelling), kind: 'back', slug: '' })
  // Longest first, so "West Yorkshire" wins over "Yorkshire" and "England and Wales" over "Wales".
  return list.sort((a, b) => b.pattern.length - a.pattern.length)
}

const SPELLINGS = spellings()
const WELSH_TOTAL = new Set(AREAS.filter((area) => area.kind === 'total' && area.isWelsh).map((area) => slugify(area.name)))

/**
 * Spellings by their first word, each a sticky pattern tried where a word starts: the copy is read
 * once, and at each word only the few spellings that begin with it are tried.
 */
const BY_FIRST_WORD = new Map<string, { pattern: RegExp; spelling: Spelling }[]>()
for (const spelling of SPELLINGS) {
  const first = spelling.pattern.match(/^[a-z]+/i)![0].toLowerCase()
  const list = BY_FIRST_WORD.get(first) ?? []
  list.push({ pattern: new RegExp(`(?:${spelling.pattern})(?![\\w-])`, 'iy'), spelling })
  BY_FIRST_WORD.set(first, list)
}
const WORD = /(?<![\w-])[A-Za-z]+/g
/** A superlative earlier in the same sentence, with no figure between it and the place. */
const RANK_FIELD_BEFORE = /\b(?:highest|lowest|largest|smallest|biggest|most|fewest|greatest)\b[^.!?\d]*$/i

/** Every place the copy names, in order. "South Wales Police" names South Wales; "Yorkshire" alone is a region. */
export function findPlaces(text: string): PlaceSpan[] {
  const found: PlaceSpan[] = []
  let after = 0
  /** Where the last place was named, a rank's field or not. */
  let placedAt = -1
  for (const word of text.matchAll(WORD)) {
    if (word.index < after) continue
    const candidates = BY_FIRST_WORD.get(word[0].toLowerCase())
    if (!candidates) continue
    for (const { pattern, spelling } of candidates) {
      pattern.lastIndex = word.index
      const match = pattern.exec(text)
      if (!match) continue
      // "the eighth highest rate in England and Wales": the field a rank is among, not where the figure is.
      // "the highest rate in Wales" too: the Welsh areas' own row is a field as well.
      const isField = spelling.kind === 'national' || (spelling.kind === 'area' && WELSH_TOTAL.has(spelling.slug))
      // Only the first place after the superlative: "ninth highest in England and Wales, but below the national figure of 129".
      const from = Math.max(0, word.index - 80)
      const superlative = isField ? RANK_FIELD_BEFORE.exec(text.slice(from, word.index)) : null
      const isRankField = superlative !== null && from + superlative.index > placedAt
      if (!isRankField) found.push({ kind: spelling.kind, slug: spelling.slug, start: word.index, end: word.index + match[0].length })
      placedAt = word.index
      after = word.index + match[0].length
      break
    }
  }
  return found
}

/** The areas a stretch of copy names, in order, with England and Wales for "nationally". */
export function areasNamed(words: string): { slug: string; index: number }[] {
  return findPlaces(words)
    .filter((place) => place.kind === 'area' || place.kind === 'national')
    .map((place) => ({ slug: place.slug, index: place.start }))
}
