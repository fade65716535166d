// The table as a Markdown pipe table for a CMS or a chat: title, figures as shown, the
// highlighted area in bold, and the source, markers and notes below. Text only; no HTML.

import { footerLines, type TableSpec } from './spec'

/** Characters that would end a cell or start emphasis, code or HTML are escaped. */
export function markdownText(text: string): string {
  return text.replace(/[\\|*_`<>]/g, (character) => `\\${character}`).replace(/[\r\n]+/g, ' ')
}

export function tableMarkdown(spec: TableSpec): string {
  const header = [spec.rowHeader, ...spec.columns.map((column) => column.header)].map(markdownText)
  const align = [':---', ...spec.columns.map(() => '---:')]
  const rows = spec.rows.map((row) => {
    const cells = [row.label, ...row.cells.map((cell) => cell.text)].map(markdownText)
    return row.isHighlighted ? cells.map((cell) => `**${cell}**`) : cells
  })
  const pipe = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    `**${markdownText(spec.title)}**`,
    '',
    pipe(header),
    pipe(align),
    ...rows.map(pipe),
    '',
    ...footerLines(spec).flatMap((text) => [markdownText(text), ''])
  ].join('\n')
}

export function writeMarkdown(spec: TableSpec): Uint8Array {
  return new TextEncoder().encode(tableMarkdown(spec))
}
