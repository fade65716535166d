// How a pivot figure shows what it is: marks (edited, stale, warning, noted, revised, nil, markers)
// and its tooltip with provenance. Pure functions over contract types; never touches the grid API or the DOM.

import { figureKey, type Annotation, type FigureCell, type Revision } from '../../../main/contract/types'
import { formatCell, STATUS_LABELS, statusClasses } from './format'
import { precedenceClasses, precedenceTooltipLines } from './precedence'

/** What tooltips look up besides the cell: notes by target and the revisions of later editions. */
export interface CellLookups {
  cellNotes: ReadonlyMap<string, string[]>
  areaNotes: ReadonlyMap<string, string[]>
  measureNotes: ReadonlyMap<string, string[]>
  periodNotes: ReadonlyMap<string, string[]>
  /** Every restatement of a figure, in the order the core lists them. */
  revisions: ReadonlyMap<string, Revision[]>
}

export const EMPTY_LOOKUPS: CellLookups = {
  cellNotes: new Map(),
  areaNotes: new Map(),
  measureNotes: new Map(),
  periodNotes: new Map(),
  revisions: new Map()
}

function push(map: Map<string, string[]>, key: string, text: string): void {
  map.set(key, [...(map.get(key) ?? []), text])
}

export function buildLookups(notes: readonly Annotation[], revisions: readonly Revision[]): CellLookups {
  const cellNotes = new Map<string, string[]>()
  const areaNotes = new Map<string, string[]>()
  const measureNotes = new Map<string, string[]>()
  const periodNotes = new Map<string, string[]>()
  for (const note of notes) {
    const { target } = note
    if (target.kind === 'cell') push(cellNotes, figureKey(target.area, target.measure, target.period), note.text)
    else if (target.kind === 'area') push(areaNotes, target.area, note.text)
    else if (target.kind === 'measure') push(measureNotes, target.measure, note.text)
    else if (target.kind === 'period') push(periodNotes, target.period, target.measure ? `${target.measure}: ${note.text}` : note.text)
  }
  const byCell = new Map<string, Revision[]>()
  for (const revision of revisions) {
    const key = figureKey(revision.area, revision.measure, revision.period)
    byCell.set(key, [...(byCell.get(key) ?? []), revision])
  }
  return { cellNotes, areaNotes, measureNotes, periodNotes, revisions: byCell }
}

export function figureClasses(cell: FigureCell | undefined): string[] {
  const classes = statusClasses(cell?.status)
  if (!cell) return classes
  if (cell.isEdited) classes.push('figure--edited')
  if (cell.isAnnotated) classes.push('figure--annotated')
  if (cell.isRevised) classes.push('figure--revised')
  if (cell.footnotes.length > 0) classes.push('figure--noted')
  classes.push(...precedenceClasses(cell))
  return classes
}

const quoted = (text: string) => `“${text.trim()}”`

/** Several lines: what the figure is, what happened to it, the notes on it and where it came from. */
export function figureTooltip(cell: FigureCell | undefined, where: string, key: string, lookups: CellLookups): string | undefined {
  if (!cell) return `${where}: no figure in any imported edition`
  const lines = [`${where}: ${formatCell(cell) || '(blank)'}`]
  if (cell.isEdited && cell.original)
    lines.push(`Edited: was ${formatCell(cell.original) || '(blank)'} — ${cell.reason ?? 'no reason recorded'}`)
  lines.push(...precedenceTooltipLines(cell))
  if (cell.isRevised) {
    const revisions = lookups.revisions.get(key) ?? []
    if (revisions.length === 0) lines.push('Revised in a later edition')
    for (const revision of revisions) {
      lines.push(
        `Revised: ${revision.old_raw.trim() || '(blank)'} in ${quoted(revision.from_release)} → ${revision.new_raw.trim() || '(blank)'} in ${quoted(revision.to_release)}`
      )
    }
  }
  if (cell.status !== 'value') lines.push(`${STATUS_LABELS[cell.status]}: published as ${quoted(cell.raw)}`)
  if (cell.footnotes.length > 0) lines.push(`Footnotes: ${cell.footnotes.join(', ')}`)
  for (const text of lookups.cellNotes.get(key) ?? []) lines.push(`Note: ${text}`)
  lines.push(`Source: ${cell.source.file} · ${cell.source.sheet}!${cell.source.cell}`, cell.source.release)
  return lines.join('\n')
}
