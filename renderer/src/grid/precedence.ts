// How the current-figure rule reads on a figure: a correction a newer edition has restated, warnings
// on it, the unrounded value the sheet stored, a rank "6th of 42", what removing a release touches.
// Pure functions over the core's shapes; never decides precedence, ties or counts itself.

import { formatCell, formatNumber, plural } from './format'
import { ordinal } from './derived'

/** A correction made against an older edition of a figure that a newer edition now restates. */
export interface StaleEdit {
  editId: number
  madeAgainst: string
  newEdition: string
  nowSays: { value: number | null; raw: string }
}

export interface FigureWarning {
  code: 'rate_count_disagree'
  message: string
}

/** What the precedence rule adds to a pivot figure. */
export interface PrecedenceFields {
  storedValue?: number | null
  staleEdit?: StaleEdit | null
  warnings?: readonly FigureWarning[]
}

/** What removing one release touches, as the core counts it. */
export interface ReleaseImpactCounts {
  editionLabel: string
  fileName: string
  isSample: boolean
  figures: number
  currentFigures: number
  edits: number
  notes: number
}

/** "2023/24" from "MAPPA annual report 2023/24"; a label without a year stays whole, in quotes. */
export function editionName(label: string): string {
  const year = /\b(\d{4}\/\d{2})\b/.exec(label)?.[1]
  return year ?? `“${label.trim()}”`
}

/** A figure as the grid shows it, or its marker as published. */
function shown(figure: { value: number | null; raw: string }): string {
  if (figure.value === null) return figure.raw.trim() || '(blank)'
  return formatCell({ value: figure.value, status: 'value', raw: figure.raw })
}

/** "Your correction was made against the 2021/22 edition; the 2023/24 edition now says 1,872." */
export function staleEditSentence(stale: StaleEdit): string {
  return `Your correction was made against the ${editionName(stale.madeAgainst)} edition; the ${editionName(stale.newEdition)} edition now says ${shown(stale.nowSays)}.`
}

/** The button that drops the correction for the newer edition's figure. */
export function newFigureButtonLabel(stale: StaleEdit): string {
  const name = editionName(stale.newEdition)
  return name.startsWith('“') ? 'Use the new edition’s figure' : `Use the ${name} figure`
}

/** All the digits a stored number carries (up to 6 decimals), grouped as the grid groups them. */
function unrounded(value: number): string {
  const decimals = /\.(\d+)$/.exec(String(value))?.[1].length ?? 0
  return formatNumber(value, Math.min(decimals, 6))
}

/** "Stored in the sheet as 113.6" where the sheet's number differs from the published figure. */
export function storedValueLine(cell: { value: number | null } & PrecedenceFields): string | null {
  const stored = cell.storedValue
  if (stored === undefined || stored === null || stored === cell.value) return null
  return `Stored in the sheet as ${unrounded(stored)}`
}

/** "6th of 42", "=3rd of 12"; "6th" when the core did not say how many were ranked. */
export function rankLabel(rank: number | undefined, rankOf?: number, isTied = false): string {
  if (rank === undefined || !Number.isFinite(rank)) return ''
  const place = `${isTied ? '=' : ''}${ordinal(rank)}`
  return rankOf === undefined ? place : `${place} of ${formatNumber(rankOf)}`
}

/** The lines a figure's tooltip adds for the precedence rule. */
export function precedenceTooltipLines(cell: { value: number | null } & PrecedenceFields): string[] {
  const lines: string[] = []
  if (cell.staleEdit) lines.push(`⚑ ${staleEditSentence(cell.staleEdit)} Open its details (Notes or History) to keep your correction or use the new figure.`)
  for (const warning of cell.warnings ?? []) lines.push(`⚠ ${warning.message}`)
  const stored = storedValueLine(cell)
  if (stored) lines.push(stored)
  return lines
}

/** The classes a figure carries for the precedence rule. */
export function precedenceClasses(cell: PrecedenceFields): string[] {
  const classes: string[] = []
  if (cell.staleEdit) classes.push('figure--stale')
  if ((cell.warnings?.length ?? 0) > 0) classes.push('figure--warning')
  return classes
}

/** What the removal confirmation says: what goes, and that edits and notes stay. */
export function removalLines(impact: ReleaseImpactCounts): { title: string; figures: string; kept: string } {
  const what = impact.isSample ? 'the sample data' : impact.editionLabel
  const current =
    impact.currentFigures === 0
      ? 'none of them is a current figure, so no view changes'
      : impact.currentFigures === impact.figures
        ? `all of them current figures: other editions’ figures take their place where there are any`
        : `${plural(impact.currentFigures, 'current figure', 'current figures')} among them: other editions’ figures take their place where there are any`
  const keptEdits = plural(impact.edits, 'edit')
  const keptNotes = plural(impact.notes, 'note')
  return {
    title: `Remove ${what} (${impact.fileName})?`,
    figures: `${plural(impact.figures, 'figure')} go with it; ${current}.`,
    kept:
      impact.edits + impact.notes === 0
        ? 'No edits or notes are tied to its figures.'
        : `Your ${keptEdits} and ${keptNotes} on its figures are kept: History still lists them.`
  }
}
