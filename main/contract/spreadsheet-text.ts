// Text bound for a spreadsheet (clipboard TSV, CSV): neutralises what Excel, LibreOffice or Google
// Sheets would run as a formula. Pure: runs in the renderer and in Node alike; no Node, no DOM.

/** What a spreadsheet reads as the start of a formula, or (tab, CR) as a way to hide one (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/** A signed number as shown ("-12", "+183", "-1,234.5", "+10.9%"): it stays a number. */
const SIGNED_NUMBER = /^[+-](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/

/**
 * Prefixes a single quote to text a spreadsheet would treat as a formula (OWASP's advice), so it
 * is shown as typed: "=3rd" (a tied rank), "@SUM(A1)", "+cmd|…". Signed numbers and the lone "-"
 * of a nil figure, which no spreadsheet evaluates, are left as they are.
 */
export function neutraliseFormula(text: string): string {
  if (!FORMULA_START.test(text) || text === '-' || SIGNED_NUMBER.test(text)) return text
  return `'${text}`
}
