// The table as one self-contained HTML fragment for the CMS: <table> with a caption, scoped
// column and row headers, figures as shown and a <tfoot> carrying source, markers and notes.
// House styling inline; never a script, a class the CMS must know, or a link to anywhere.

import { documentText } from '../../domain/safe-text'
import { footerLines, type TableCell, type TableSpec } from './spec'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text as HTML character data or an attribute value: markup escaped, characters XML forbids dropped. */
export function escapeHtml(text: string): string {
  return documentText(text).replace(/[&<>"']/g, (character) => ESCAPES[character])
}

/** House style: one sans-serif at news-table sizes, hairlines between rows, tabular figures. */
export const HOUSE = {
  table: 'border-collapse:collapse;width:100%;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.35;color:#1a1a1a',
  caption: 'caption-side:top;text-align:left;font-size:17px;font-weight:700;padding:0 0 8px',
  headCell: 'text-align:right;vertical-align:bottom;padding:6px 8px;border-bottom:2px solid #1a1a1a;font-weight:700',
  headLabel: 'text-align:left;vertical-align:bottom;padding:6px 8px;border-bottom:2px solid #1a1a1a;font-weight:700',
  rowLabel: 'text-align:left;padding:5px 8px;border-bottom:1px solid #d9d9d9;font-weight:400',
  figure: 'text-align:right;padding:5px 8px;border-bottom:1px solid #d9d9d9;font-variant-numeric:tabular-nums;white-space:nowrap',
  derived: 'font-style:italic;color:#4d4d4d',
  marker: 'color:#6b6b6b',
  highlight: 'background:#fff1b8;font-weight:700',
  total: 'border-top:2px solid #1a1a1a;font-weight:700',
  foot: 'text-align:left;padding:6px 8px 0;font-size:12px;color:#4d4d4d;font-weight:400'
}

function cellStyle(cell: TableCell): string {
  const extra = cell.status === 'derived' ? `;${HOUSE.derived}` : cell.value === null ? `;${HOUSE.marker}` : ''
  return `${HOUSE.figure}${extra}`
}

export function tableHtml(spec: TableSpec): string {
  const width = spec.columns.length + 1
  const head = [
    `<th scope="col" style="${HOUSE.headLabel}">${escapeHtml(spec.rowHeader)}</th>`,
    ...spec.columns.map((column) => `<th scope="col" style="${HOUSE.headCell}">${escapeHtml(column.header)}</th>`)
  ]
  const body = spec.rows.map((row) => {
    const rowStyle = [row.isHighlighted ? HOUSE.highlight : '', row.kind === 'total' ? HOUSE.total : ''].filter(Boolean).join(';')
    const cells = [
      `<th scope="row" style="${HOUSE.rowLabel}${row.isHighlighted || row.kind === 'total' ? ';font-weight:700' : ''}">${escapeHtml(row.label)}</th>`,
      ...row.cells.map((cell) => `<td style="${cellStyle(cell)}">${escapeHtml(cell.text)}</td>`)
    ]
    return `<tr${rowStyle ? ` style="${rowStyle}"` : ''}>${cells.join('')}</tr>`
  })
  const foot = footerLines(spec).map((text) => `<tr><td colspan="${width}" style="${HOUSE.foot}">${escapeHtml(text)}</td></tr>`)
  return [
    `<table style="${HOUSE.table}">`,
    `<caption style="${HOUSE.caption}">${escapeHtml(spec.title)}</caption>`,
    `<thead><tr>${head.join('')}</tr></thead>`,
    `<tbody>`,
    ...body,
    `</tbody>`,
    `<tfoot>`,
    ...foot,
    `</tfoot>`,
    `</table>`,
    ''
  ].join('\n')
}

export function writeHtml(spec: TableSpec): Uint8Array {
  return new TextEncoder().encode(tableHtml(spec))
}
