// The table as a Markdown pipe table for a CMS or a chat: title, figures as shown, the
// highlighted area in bold, and the source, markers and notes below. Text only: whatever a title,
// label, note or source line holds, the Markdown carries no link, image, HTML or code of its own.

import { documentText } from '../../domain/safe-text'
import { footerLines, type TableSpec } from './spec'

/**
 * Every character that can open Markdown syntax in a line of text: links and images (`[ ] ( ) !`),
 * HTML, autolinks and entities (`< > &`), code (`` ` ``), emphasis and strikethrough (`* _ ~`),
 * a cell's end (`|`) and the escape itself. CommonMark and GitHub's renderer show each escaped
 * character as typed.
 */
const INLINE_SYNTAX = /[\\`*_~[\]()!<>&|]/g
/** What GitHub-flavoured renderers turn into a link with no brackets at all: `https://…`, `www.…`, `name@host`. */
const BARE_LINK = /:(?=\/\/)|(?<=\bwww)\.|@/gi
/** What opens a heading, list or rule at the start of a paragraph (`#`, `-`, `+`, `=`, "1." or "1)"); `>` is escaped anyway. */
const BLOCK_START = /^(#|-|\+|=)|^(\d+)([.)])/

/**
 * Text as one line of Markdown that renders as typed: syntax escaped with backslashes, line
 * breaks made spaces, characters XML forbids dropped (a renderer's HTML must parse), no space at
 * either end (four would start a code block).
 */
export function markdownText(text: string): string {
  return documentText(text)
    .replace(/[\r\n]+/g, ' ')
    .trim()
    .replace(INLINE_SYNTAX, (character) => `\\${character}`)
    .replace(BARE_LINK, (character) => `\\${character}`)
}

/** Text as a paragraph of its own (a line under the table): inline text that cannot open a heading, list or rule either. */
export function markdownParagraph(text: string): string {
  return markdownText(text).replace(
    BLOCK_START,
    (_, mark: string | undefined, number: string | undefined, delimiter: string | undefined) =>
      mark ? `\\${mark}` : `${number}\\${delimiter}`
  )
}

const bold = (text: string) => (text === '' ? '' : `**${text}**`)

export function tableMarkdown(spec: TableSpec): string {
  const header = [spec.rowHeader, ...spec.columns.map((column) => column.header)].map(markdownText)
  const align = [':---', ...spec.columns.map(() => '---:')]
  const rows = spec.rows.map((row) => {
    const cells = [row.label, ...row.cells.map((cell) => cell.text)].map(markdownText)
    return row.isHighlighted ? cells.map(bold) : cells
  })
  const pipe = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    bold(markdownText(spec.title)),
    '',
    pipe(header),
    pipe(align),
    ...rows.map(pipe),
    '',
    ...footerLines(spec).flatMap((text) => [markdownParagraph(text), ''])
  ].join('\n')
}

export function writeMarkdown(spec: TableSpec): Uint8Array {
  return new TextEncoder().encode(tableMarkdown(spec))
}
