// Derived figures a reporter adds beside the published ones: change, per cent change, share,
// rate per 100,000, "one in N" and rank. Pure functions: each is undefined (never zero) where
// an input is missing, suppressed or otherwise not a number.

/** A figure that may be missing: null or undefined where the table has no usable number. */
export type Maybe = number | null | undefined

const isNumber = (value: Maybe): value is number => typeof value === 'number' && Number.isFinite(value)

/** Change on the previous period: 1,867 − 1,684 = 183. */
export function change(current: Maybe, previous: Maybe): number | undefined {
  return isNumber(current) && isNumber(previous) ? current - previous : undefined
}

/** Per cent change on the previous period; undefined from a base of zero. */
export function percentChange(current: Maybe, previous: Maybe): number | undefined {
  if (!isNumber(current) || !isNumber(previous) || previous === 0) return undefined
  return ((current - previous) / previous) * 100
}

/** Share of a whole, in per cent (e.g. registered sexual offenders as a share of all MAPPA offenders). */
export function share(part: Maybe, whole: Maybe): number | undefined {
  if (!isNumber(part) || !isNumber(whole) || whole === 0) return undefined
  return (part / whole) * 100
}

/** Counts and the rates published for them, per 100,000 people aged 10 and over. */
export const RATE_PAIRS: readonly { count: string; rate: string; label: string }[] = [
  { count: 'rso', rate: 'rso_rate', label: 'registered sexual offenders' },
  { count: 'total', rate: 'total_rate', label: 'MAPPA-eligible offenders' }
]

/** Rate per 100,000 people: count / population × 100,000. */
export function ratePer100k(count: Maybe, population: Maybe): number | undefined {
  if (!isNumber(count) || !isNumber(population) || population <= 0) return undefined
  return (count / population) * 100_000
}

/**
 * The population aged 10 and over a published count and its published rate imply
 * (count / rate × 100,000). The MoJ rounds rates to whole numbers, so this is approximate.
 */
export function impliedPopulation(count: Maybe, rate: Maybe): number | undefined {
  if (!isNumber(count) || !isNumber(rate) || rate <= 0) return undefined
  return (count / rate) * 100_000
}

/**
 * The population aged 10 and over of one area, as its published counts and rates imply: from the
 * first pair (registered sexual offenders, then all MAPPA offenders) that `period` has both of, else
 * from the nearest of `otherPeriods` that has (populations move by well under 2% a year). `published`
 * gives a figure as published, never an edit, so an edited count never moves the population.
 */
export function areaPopulation(
  published: (measure: string, period: string) => Maybe,
  period: string,
  otherPeriods: readonly string[] = []
): number | undefined {
  const yearOf = (key: string) => Number(key.slice(0, 4))
  const nearestFirst = [
    period,
    ...otherPeriods
      .filter((other) => other !== period)
      .sort((a, b) => Math.abs(yearOf(a) - yearOf(period)) - Math.abs(yearOf(b) - yearOf(period)) || (a < b ? -1 : 1))
  ]
  for (const candidate of nearestFirst) {
    for (const pair of RATE_PAIRS) {
      const population = impliedPopulation(published(pair.count, candidate), published(pair.rate, candidate))
      if (population !== undefined) return population
    }
  }
  return undefined
}

/** A rate per 100,000 worked out from a count, rounded to a whole number as the MoJ publishes rates (an implied population allows no more). */
export function wholeRate(count: Maybe, population: Maybe): number | undefined {
  const rate = ratePer100k(count, population)
  return rate === undefined ? undefined : Math.round(rate)
}

/** "One in N" people: 100,000 / rate per 100,000, so a rate of 114 is one in 877. */
export function oneInN(ratePer100kValue: Maybe): number | undefined {
  if (!isNumber(ratePer100kValue) || ratePer100kValue <= 0) return undefined
  return 100_000 / ratePer100kValue
}

/**
 * Ranks values highest first, ties sharing a rank ("1, 2, 2, 4"). Keys without a number get no
 * rank and take no place.
 */
export function rankDescending<K>(values: ReadonlyMap<K, Maybe>): Map<K, number> {
  return new Map([...rankAmong(values)].map(([key, place]) => [key, place.rank]))
}

export interface Place {
  /** 1 = highest. */
  rank: number
  /** How many had a figure to rank: "6th of 42", "3rd of 12 areas with a figure". */
  of: number
  /** Shares its rank with another ("=3rd"). */
  isTied: boolean
}

/**
 * Places values highest first among those that have one. Ties are on the figure as published:
 * values are compared at six decimal places, so float noise in a stored value never splits a tie.
 */
export function rankAmong<K>(values: ReadonlyMap<K, Maybe>): Map<K, Place> {
  const ranked = [...values]
    .filter((entry): entry is [K, number] => isNumber(entry[1]))
    .map(([key, value]): [K, number] => [key, Math.round(value * 1e6) / 1e6])
    .sort((a, b) => b[1] - a[1])
  const counts = new Map<number, number>()
  for (const [, value] of ranked) counts.set(value, (counts.get(value) ?? 0) + 1)
  const places = new Map<K, Place>()
  let rank = 0
  ranked.forEach(([key, value], index) => {
    if (index === 0 || ranked[index - 1][1] !== value) rank = index + 1
    places.set(key, { rank, of: ranked.length, isTied: counts.get(value)! > 1 })
  })
  return places
}
