// Financial-year periods: "2021/22" (1 April 2021 to 31 March 2022) is the key every figure is
// stored under. Parses the labels the MoJ and the press use; keeps no state.

export interface Period {
  /** The financial-year key, e.g. "2021/22". */
  key: string
  /** The text it was read from, as written. */
  label: string
}

const MIN_YEAR = 1990
const MAX_YEAR = 2100

export function periodKeyForStartYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`
}

/** The year of the 31 March that closes a period: "2021/22" → 2022. */
export function periodEndYear(key: string): number {
  return Number(key.slice(0, 4)) + 1
}

const isPlausible = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR

// "2021/22", "2021-22", "2021–22", "2021/2022", "2021 to 2022", "2021 to 22"
const SPAN = /(?<![\d])((?:19|20)\d\d)\s*(?:\/|-|–|—|\bto\b)\s*((?:19|20)?\d\d)(?![\d])/i
// "31 March 2022", "31st March 2022", "31 Mar 2022"
const MARCH_31 = /\b31(?:st)?\s+mar(?:ch)?\.?\s*,?\s*((?:19|20)\d\d)\b/i
// "year ending March 2022", "at the end of March 2022", "at March 2022"
const END_OF_MARCH = /\b(?:year\s+)?(?:end(?:ing|ed)?|at)\s+(?:the\s+end\s+of\s+)?(?:of\s+)?mar(?:ch)?\.?\s+((?:19|20)\d\d)\b/i
// "31/03/2022", "31.03.2022", "2022-03-31"
const MARCH_31_NUMERIC = /\b31[/.-]0?3[/.-]((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-03-31\b/
const BARE_YEAR = /^\s*((?:19|20)\d\d)\s*$/

/** Every financial year a text names; a title over a range ("2019/20 to 2021/22") names several. */
function spansIn(text: string): Period[] {
  const found: Period[] = []
  const pattern = new RegExp(SPAN.source, 'gi')
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const period = spanOf(match)
    if (period) found.push(period)
    // "2019/20 to 2021/22": resume inside a failed match, so "2020 to 2021" is not read across the range.
    pattern.lastIndex = match.index + (period ? match[0].length : 4)
  }
  return found
}

function fromSpan(text: string): Period | undefined {
  return latestOf(spansIn(text))
}

/** The latest of several periods: a range is published in the edition of its last year. */
function latestOf(periods: Period[]): Period | undefined {
  return periods.reduce<Period | undefined>((latest, period) => (!latest || period.key > latest.key ? period : latest), undefined)
}

function spanOf(match: RegExpExecArray): Period | undefined {
  const start = Number(match[1])
  const endText = match[2]
  const end =
    endText.length === 2 ? Math.floor(start / 100) * 100 + Number(endText) + (Number(endText) < start % 100 ? 100 : 0) : Number(endText)
  if (end !== start + 1 || !isPlausible(start)) return undefined
  return { key: periodKeyForStartYear(start), label: match[0].trim() }
}

function fromMarch31(text: string): Period | undefined {
  for (const pattern of [MARCH_31, MARCH_31_NUMERIC, END_OF_MARCH]) {
    const all = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
    const found: Period[] = []
    for (let match = all.exec(text); match; match = all.exec(text)) {
      const end = Number(match[1] ?? match[2])
      if (isPlausible(end)) found.push({ key: periodKeyForStartYear(end - 1), label: match[0].trim() })
    }
    if (found.length > 0) return latestOf(found)
  }
  return undefined
}

/**
 * Reads a period from free text such as a title, a file name or a Year cell.
 * A bare year ("2022") is read as "at 31 March 2022" only where the caller says so (a Year column),
 * because in a title it is too ambiguous to trust.
 */
export function parsePeriod(text: string, options: { allowBareYear?: boolean } = {}): Period | undefined {
  const found = fromMarch31(text) ?? fromSpan(text)
  if (found) return found
  if (options.allowBareYear) {
    const bare = BARE_YEAR.exec(text)
    if (bare && isPlausible(Number(bare[1]))) return { key: periodKeyForStartYear(Number(bare[1]) - 1), label: bare[1] }
  }
  return undefined
}

/** Compares period keys chronologically (they sort as text, but say so in one place). */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
