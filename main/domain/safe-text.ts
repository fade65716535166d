// Text bound for a document format (SVG, HTML, XLSX, tagged text, Markdown, CSV) or a terminal:
// drops the characters those readers refuse or obey. Pure; the exports and the command line share it.

/**
 * What XML 1.0 forbids (C0 controls but tab, line feed and carriage return; lone surrogates;
 * U+FFFE and U+FFFF) and the controls it discourages (DEL and C1). None is ever part of what a
 * reporter wrote; any one of them makes an SVG or a workbook part that no XML parser opens.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the controls are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Text fit for any document MAPPA Desk writes: a title, note, label or source line from a
 * reporter or an imported file, with every character XML forbids or discourages dropped.
 * Every writer's text escaping starts here, so no format can be given one of them.
 */
export function documentText(text: string): string {
  return text.replace(NOT_XML, '')
}

/**
 * C0 and C1 controls but line feed and tab, and DEL: ESC starts a sequence that recolours,
 * moves or retitles the terminal; a carriage return or backspace overwrites what was printed.
 */
// eslint-disable-next-line no-control-regex -- the controls are what this finds
const NOT_TERMINAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

/** A line fit for a terminal: nothing in it can drive the terminal, whatever file it came from. */
export function terminalText(text: string): string {
  return text.replace(NOT_TERMINAL, '')
}
