// How a figure or a list is written in the core's own words (warnings, source lines, notes, alt
// text, history): en-GB thousands separators, no more decimals than the figure has. Pure; the
// renderer has its own cell formatting for the grid.

const formatters = new Map<number, Intl.NumberFormat>()

/** 1867 → "1,867"; 113.6 → "113.6"; at most `maxDecimals` decimals (default 2). */
export function formatFigure(value: number, maxDecimals = 2): string {
  let formatter = formatters.get(maxDecimals)
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDecimals })
    formatters.set(maxDecimals, formatter)
  }
  return formatter.format(value)
}

/**
 * A count in the command line's words: 473 → "473"; 148203 → "148,203", as en-GB writes it.
 * Whole numbers are grouped here rather than through Intl, whose en-GB data takes about 16 ms to
 * load the first time, longer than the command line takes to write a MoJ table.
 */
export function groupedCount(value: number): string {
  if (!Number.isSafeInteger(value)) return formatFigure(value)
  const digits = String(Math.abs(value))
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',')
  return value < 0 ? `-${grouped}` : grouped
}

/** "Essex"; "Essex and Kent"; "Essex, Kent and Surrey": a list as a sentence runs it, with no comma before "and". */
export function joinWithAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
