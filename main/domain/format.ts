// How a figure is written in the core's own words (warnings, source lines, history): en-GB
// thousands separators, no more decimals than the figure has. Pure; the renderer has its own
// cell formatting for the grid.

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
