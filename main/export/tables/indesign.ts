// The table as InDesign tagged text for the print desk: paragraph and cell styles named in the
// house style, defined at the top, so the table flows into a page without retyping. Grammar as
// in Adobe's "Using InDesign Tagged Text"; UTF-16 little-endian with <UNICODE-WIN>.

import { documentText } from '../../domain/safe-text'
import { footerLines, type TableSpec } from './spec'

/** The house style names the print desk's templates define; the definitions here are fallbacks. */
export const INDESIGN_STYLES = {
  title: 'MAPPA Table Title',
  head: 'MAPPA Table Head',
  headFigure: 'MAPPA Table Head Figure',
  label: 'MAPPA Table Label',
  figure: 'MAPPA Table Figure',
  derived: 'MAPPA Table Derived',
  source: 'MAPPA Table Source',
  note: 'MAPPA Table Note',
  headCell: 'MAPPA Head Cell',
  bodyCell: 'MAPPA Body Cell',
  highlightCell: 'MAPPA Highlight Cell',
  totalCell: 'MAPPA Total Cell'
} as const

const FONT = '<cFont:Arial>'

const DEFINITIONS = [
  '<ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1><MAPPA Highlight:COLOR:CMYK:Process:0,0.05,0.3,0>>',
  `<DefineParaStyle:${INDESIGN_STYLES.title}=${FONT}<cTypeface:Bold><cSize:11><pSpaceAfter:4>>`,
  `<DefineParaStyle:${INDESIGN_STYLES.head}=${FONT}<cTypeface:Bold><cSize:7.5><pTextAlignment:Left>>`,
  `<DefineParaStyle:${INDESIGN_STYLES.headFigure}=<BasedOn:${INDESIGN_STYLES.head}><pTextAlignment:Right>>`,
  `<DefineParaStyle:${INDESIGN_STYLES.label}=${FONT}<cSize:7.5><pTextAlignment:Left>>`,
  `<DefineParaStyle:${INDESIGN_STYLES.figure}=${FONT}<cSize:7.5><pTextAlignment:Right>>`,
  `<DefineParaStyle:${INDESIGN_STYLES.derived}=<BasedOn:${INDESIGN_STYLES.figure}><cTypeface:Italic>>`,
  `<DefineParaStyle:${INDESIGN_STYLES.source}=${FONT}<cSize:6.5><pSpaceBefore:3>>`,
  `<DefineParaStyle:${INDESIGN_STYLES.note}=${FONT}<cSize:6.5>>`,
  `<DefineCellStyle:${INDESIGN_STYLES.headCell}=<tCellAttrBottomStrokeWeight:1>>`,
  `<DefineCellStyle:${INDESIGN_STYLES.bodyCell}=<tCellAttrBottomStrokeWeight:0.25>>`,
  `<DefineCellStyle:${INDESIGN_STYLES.highlightCell}=<BasedOn:${INDESIGN_STYLES.bodyCell}><tCellFillColor:MAPPA Highlight><tCellAttrFillTint:100>>`,
  `<DefineCellStyle:${INDESIGN_STYLES.totalCell}=<BasedOn:${INDESIGN_STYLES.bodyCell}><tCellAttrTopStrokeWeight:1>>`
]

/**
 * Angle brackets and backslashes are tag syntax: escaped with a backslash; line breaks become
 * spaces; control characters (which InDesign reads as nothing it can set) are dropped.
 */
export function indesignText(text: string): string {
  return documentText(text)
    .replace(/[\\<>]/g, (character) => `\\${character}`)
    .replace(/[\r\n\t]+/g, ' ')
}

const para = (style: string, text: string) => `<ParaStyle:${style}>${indesignText(text)}`
const cell = (cellStyle: string, paraStyle: string, text: string) =>
  `<CellStyle:${cellStyle}><StylePriority:2><CellStart:1,1>${para(paraStyle, text)}<CellEnd:>`

export function tableTaggedText(spec: TableSpec): string {
  const rows = spec.rows.length + 1
  const columns = spec.columns.length + 1
  const header = [
    cell(INDESIGN_STYLES.headCell, INDESIGN_STYLES.head, spec.rowHeader),
    ...spec.columns.map((column) => cell(INDESIGN_STYLES.headCell, INDESIGN_STYLES.headFigure, column.header))
  ]
  const body = spec.rows.map((row) => {
    const cellStyle = row.isHighlighted
      ? INDESIGN_STYLES.highlightCell
      : row.kind === 'total'
        ? INDESIGN_STYLES.totalCell
        : INDESIGN_STYLES.bodyCell
    const cells = [
      cell(cellStyle, INDESIGN_STYLES.label, row.label),
      ...row.cells.map((figure) =>
        cell(cellStyle, figure.status === 'derived' ? INDESIGN_STYLES.derived : INDESIGN_STYLES.figure, figure.text)
      )
    ]
    return `<RowStart:>${cells.join('')}<RowEnd:>`
  })
  const table = `<TableStart:${rows},${columns}:1:0<tCellDefaultCellType:Text>>${`<ColStart:>`.repeat(columns)}<RowStart:>${header.join('')}<RowEnd:>${body.join('')}<TableEnd:>`
  const [source, ...notes] = footerLines(spec)
  const lines = [
    '<UNICODE-WIN>',
    '<Version:8><FeatureSet:InDesign-Roman>',
    ...DEFINITIONS,
    para(INDESIGN_STYLES.title, spec.title),
    `<ParaStyle:${INDESIGN_STYLES.label}>${table}`,
    para(INDESIGN_STYLES.source, source),
    ...notes.map((note) => para(INDESIGN_STYLES.note, note))
  ]
  return lines.join('\r\n')
}

/** UTF-16 little-endian with a byte-order mark, as <UNICODE-WIN> declares. */
export function writeIndesign(spec: TableSpec): Uint8Array {
  const text = `\uFEFF${tableTaggedText(spec)}`
  const bytes = new Uint8Array(text.length * 2)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    bytes[index * 2] = code & 0xff
    bytes[index * 2 + 1] = code >> 8
  }
  return bytes
}
