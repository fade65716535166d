// What a table cell means: a number, a nil, or one of the statistical markers the MoJ and
// gov.uk use. Keeps the raw text beside the reading; knows nothing of where the cell came from.

export type CellStatus =
  'value' | 'nil' | 'not_available' | 'not_applicable' | 'suppressed' | 'estimate' | 'provisional' | 'revised' | 'low_reliability' | 'text'

export const CELL_STATUSES = [
  'value',
  'nil',
  'not_available',
  'not_applicable',
  'suppressed',
  'estimate',
  'provisional',
  'revised',
  'low_reliability',
  'text'
] as const satisfies readonly CellStatus[]

/**
 * Decimals to show a figure with: as the spreadsheet or the reporter wrote it ("12.50" keeps two,
 * up to six), else as the number holds them, up to two (a number with no text of its own).
 */
export function shownDecimals(value: number, raw: string): number {
  const shown = /\d\.(\d+)/.exec(raw)
  if (shown) return Math.min(shown[1].length, 6)
  const own = /\.(\d+)$/.exec(String(value))
  return own ? Math.min(own[1].length, 2) : 0
}

export interface CellReading {
  value: number | null
  status: CellStatus
  /** Footnote references found in the cell: "1" for "[note 1]", "*" for a trailing asterisk. */
  footnotes: string[]
  /**
   * The unrounded number the sheet stored, in the figure's own units, where the cell shows it
   * rounded (113.6 shown as "114"): the figure is what the sheet displays, this is kept beside it.
   */
  stored?: number
}

/**
 * Markers standing alone in a cell, per the gov.uk guidance and older MoJ practice. A Map, as the
 * key is a cell's text: a cell reading "constructor" or "__proto__" is text, not a marker.
 */
const LONE_MARKERS: ReadonlyMap<string, { status: CellStatus; value: number | null }> = new Map<
  string,
  { status: CellStatus; value: number | null }
>([
  ['-', { status: 'nil', value: 0 }],
  ['–', { status: 'nil', value: 0 }],
  ['—', { status: 'nil', value: 0 }],
  ['..', { status: 'not_available', value: null }],
  [':', { status: 'not_available', value: null }],
  ['[x]', { status: 'not_available', value: null }],
  ['n/a', { status: 'not_available', value: null }],
  ['[z]', { status: 'not_applicable', value: null }],
  ['[c]', { status: 'suppressed', value: null }],
  ['*', { status: 'suppressed', value: null }],
  ['~', { status: 'suppressed', value: null }]
])

/** Shorthand that qualifies a number without hiding it, by the status it gives: written beside the number ("1,867 [p]"). */
export const QUALIFIER_TOKENS: Readonly<Partial<Record<CellStatus, string>>> = {
  estimate: '[e]',
  provisional: '[p]',
  revised: '[r]',
  low_reliability: '[u]'
}

/** The same shorthand by its token, as a cell is read. */
const QUALIFIERS: Record<string, CellStatus> = Object.fromEntries(
  Object.entries(QUALIFIER_TOKENS).map(([status, token]) => [token, status as CellStatus])
)

const NOTE_REF = /\[note\s*(\d+)\]/gi
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/

/** Reads "1,867", " 1867 ", "12.5%"-free numbers; undefined for anything that is not one number. */
export function parseNumber(text: string): number | undefined {
  const compact = text.trim().replace(/\s+/g, '')
  if (compact === '' || !/\d/.test(compact) || !NUMBER.test(compact)) return undefined
  const value = Number(compact.replace(/,/g, ''))
  return Number.isFinite(value) ? value : undefined
}

/**
 * Interprets one cell. `text` is the cell as displayed; `numeric` the stored number where the
 * spreadsheet held one (so 1867 formatted as "1,867" reads exactly).
 */
export function readCell(text: string, numeric?: number): CellReading {
  const footnotes: string[] = []
  let rest = text.replace(NOTE_REF, (_, ref: string) => {
    footnotes.push(ref)
    return ' '
  })
  rest = rest.trim()

  const lone = LONE_MARKERS.get(rest.toLowerCase())
  if (lone) return { ...lone, footnotes }

  let status: CellStatus = 'value'
  for (const [token, qualifier] of Object.entries(QUALIFIERS)) {
    if (rest.toLowerCase().includes(token)) {
      status = qualifier
      rest = rest.replace(new RegExp(token.replace(/[[\]]/g, '\\$&'), 'ig'), ' ').trim()
    }
  }
  // "320*": a figure carrying a footnote flag, not a suppression.
  if (/\d\s*\*+$/.test(rest)) {
    footnotes.push('*')
    rest = rest.replace(/\*+$/, '').trim()
  }

  // A cell formatted as a percentage stores 0.81 and shows 81%: the figure a reporter reads is 81.
  const isPercent = /%\s*$/.test(rest)
  // "81%" and "81 per cent" are figures too; the percentage sign says nothing the header does not.
  const shown = parseNumber(rest.replace(/\s*(?:%|per\s*cent)$/i, ''))
  const hasNumber = numeric !== undefined && Number.isFinite(numeric)
  if (hasNumber && status === 'value' && footnotes.length === 0 && !isPercent) {
    // The published figure is what the sheet shows; a number format that rounds keeps the stored one beside it.
    if (shown !== undefined && shown !== numeric) return { value: shown, status, footnotes, stored: numeric }
    return { value: numeric, status, footnotes }
  }
  if (shown === undefined) return { value: null, status: rest === '' && footnotes.length > 0 ? 'not_available' : 'text', footnotes }
  if (hasNumber && isPercent) {
    const stored = Math.round(numeric * 100 * 1e9) / 1e9
    if (stored !== shown) return { value: shown, status, footnotes, stored }
  }
  return { value: shown, status, footnotes }
}
