// How the current-figure rule reads on a figure: a correction a newer edition has restated, warnings
// on it, the unrounded value the sheet stored, what removing a release touches (ranks: derived.ts).
// Pure functions over the core's shapes; never decides precedence, ties or counts itself.

import type { FigureCell, ReleaseImpact, StaleEdit } from '../../../main/contract/types'
import { formatCell, formatNumber, plural } from './format'

/** "2023/24" from "MAPPA annual report 2023/24"; a label without a year stays whole, in quotes. */
export function editionName(label: string): string {
  const year = /\b(\d{4}\/\d{2})\b/.exec(label)?.[1]
  return year ?? `“${label.trim()}”`
}

/** A figure as the grid shows it, or its marker as published. */
export function shownFigure(figure: { value: number | null; raw: string }): string {
  if (figure.value === null) return figure.raw.trim() || '(blank)'
  return formatCell({ value: figure.value, status: 'value', raw: figure.raw })
}

/** "Your correction was made against the 2021/22 edition; the 2023/24 edition now says 1,872." */
export function staleEditSentence(stale: StaleEdit): string {
  return `Your correction was made against the ${editionName(stale.madeAgainst)} edition; the ${editionName(stale.newEdition)} edition now says ${shownFigure(stale.nowSays)}.`
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
export function storedValueLine(cell: Pick<FigureCell, 'value' | 'storedValue'>): string | null {
  const stored = cell.storedValue
  if (stored === null || stored === cell.value) return null
  return `Stored in the sheet as ${unrounded(stored)}`
}

/** The lines a figure's tooltip adds for the precedence rule. */
export function precedenceTooltipLines(cell: Pick<FigureCell, 'value' | 'storedValue' | 'staleEdit' | 'warnings'>): string[] {
  const lines: string[] = []
  if (cell.staleEdit)
    lines.push(`⚑ ${staleEditSentence(cell.staleEdit)} Open its details (Notes or History) to keep your correction or use the new figure.`)
  for (const warning of cell.warnings) lines.push(`⚠ ${warning.message}`)
  const stored = storedValueLine(cell)
  if (stored) lines.push(stored)
  return lines
}

/** The classes a figure carries for the precedence rule. */
export function precedenceClasses(cell: Pick<FigureCell, 'staleEdit' | 'warnings'>): string[] {
  const classes: string[] = []
  if (cell.staleEdit) classes.push('figure--stale')
  if (cell.warnings.length > 0) classes.push('figure--warning')
  return classes
}

/** What the removal confirmation says: what goes, and that edits and notes stay. */
export function removalLines(impact: ReleaseImpact): { title: string; figures: string; kept: string } {
  const what = impact.isSample ? 'the sample data' : impact.editionLabel
  const current =
    impact.currentFigures === 0
      ? 'none of them is a current figure, so no view changes'
      : impact.currentFigures === impact.figures
        ? `all of them current figures: other editions’ figures take their place where there are any`
        : `${plural(impact.currentFigures, 'current figure', 'current figures')} among them: other editions’ figures take their place where there are any`
  return {
    title: `Remove ${what} (${impact.fileName})?`,
    figures: `${plural(impact.figures, 'figure')} go with it; ${current}.`,
    kept:
      keptCount(impact) === null
        ? 'No edits or notes are tied to its figures.'
        : `Your ${keptCount(impact)} on its figures ${impact.edits + impact.notes === 1 ? 'is' : 'are'} kept: History still lists them.`
  }
}

/** "2 edits and 1 note", "1 edit", "3 notes"; null when there are none. */
export function keptCount(impact: Pick<ReleaseImpact, 'edits' | 'notes'>): string | null {
  const parts = [impact.edits > 0 ? plural(impact.edits, 'edit') : null, impact.notes > 0 ? plural(impact.notes, 'note') : null].filter(
    (part) => part !== null
  )
  return parts.length === 0 ? null : parts.join(' and ')
}

/** The status line after a removal: "Removed mappa-2021-22.xlsx (MAPPA annual report 2021/22): 473 figures; 1 edit kept". */
export function removedLine(impact: ReleaseImpact): string {
  const what = impact.isSample ? `the sample data (${impact.fileName})` : `${impact.fileName} (${impact.editionLabel})`
  const counted = keptCount(impact)
  return `Removed ${what}: ${plural(impact.figures, 'figure')}${counted === null ? '' : `; ${counted} kept`}`
}
