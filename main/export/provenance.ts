// Where the figures an export shows come from: the source line naming the editions, the edits,
// notes, markers and footnotes behind them, and a citation per figure. Read-only; the one
// provenance module every export uses, so never re-derive a source line elsewhere.

import type { Annotation, Figure, FigureRef } from '../contract/types'
import { QUALIFIER_TOKENS } from '../contract/markers'
import { MARKER_MEANINGS, measureLabel } from '../contract/chart/series'
import { listAnnotations } from '../store/annotations'
import type { Db } from '../store/database'
import { activeEdit } from '../store/edits'
import { editionsLabelled, editionsWithIds, releaseFootnotes, type EditionRef } from '../store/releases'
import { formatFigure as formatNumber, joinWithAnd } from '../domain/format'

export interface Provenance {
  /** "Source: Ministry of Justice, MAPPA annual report 2023/24" — every edition the figures come
   *  from ("… annual reports 2022/23 and 2023/24"); the sample says it is sample data. */
  sourceLine: string
  /** Newest edition first. */
  editions: EditionRef[]
  /** One line per edited figure shown: "County Durham 2021/22 corrected from 941 to 942: Durham Constabulary press office, 3 Nov" */
  edits: (FigureRef & { line: string })[]
  /** Notes on the figures, areas, periods, measures and releases shown, as lines. */
  notes: { targetLabel: string; text: string; line: string }[]
  /** Each marker present, explained once: { token: '[x]', meaning: 'not available' }. */
  markers: { token: string; meaning: string }[]
  /** The releases' footnotes referenced by the figures shown ("[note 3] …"). */
  footnotes: { ref: string; text: string }[]
}

const PUBLISHER = 'Ministry of Justice'
const SAMPLE_SOURCE = 'MAPPA Desk sample data (Ministry of Justice figures as quoted by local newspapers)'

/** A figure as a reporter writes it: 1,867 rather than 1867; a marker as published. */
export function formatFigure(value: number | null, raw: string): string {
  if (value !== null) return formatNumber(value)
  return raw.trim() === '' ? '(blank)' : raw.trim()
}

/** Three or more financial years in a row ("2018/19" … "2023/24") read better as a span. */
function isRunOfYears(years: string[]): boolean {
  if (years.length < 3 || !years.every((year) => /^\d{4}\/\d{2}$/.test(year))) return false
  return years.every((year, index) => index === 0 || Number(year.slice(0, 4)) === Number(years[index - 1].slice(0, 4)) + 1)
}

/** "MAPPA annual report 2022/23" + "… 2023/24" → "MAPPA annual reports 2022/23 and 2023/24"; six in a row → "2018/19 to 2023/24". */
function editionsPhrase(labels: string[]): string {
  const split = labels.map((label) => /^(.*\breport)\s+(\S.*)$/i.exec(label))
  const prefixes = new Set(split.map((match) => match?.[1].toLowerCase()))
  if (labels.length > 1 && split.every(Boolean) && prefixes.size === 1) {
    const years = split.map((match) => match![2]).sort()
    return `${split[0]![1]}s ${isRunOfYears(years) ? `${years[0]} to ${years[years.length - 1]}` : joinWithAnd(years)}`
  }
  return joinWithAnd([...labels].reverse())
}

export function sourceLineOf(editions: Provenance['editions']): string {
  const published = editions.filter((edition) => !edition.isSample).map((edition) => edition.editionLabel)
  const hasSample = editions.some((edition) => edition.isSample)
  const parts: string[] = []
  if (published.length > 0) parts.push(`${PUBLISHER}, ${editionsPhrase([...new Set(published)])}`)
  if (hasSample) parts.push(SAMPLE_SOURCE)
  if (parts.length === 0) return `Source: ${PUBLISHER}, MAPPA annual reports`
  return `Source: ${parts.join('; ')}`
}

/** The source line for figures known by their editions' labels (a lead's), each sample or published as the store holds it. */
export function sourceLineForLabels(db: Db, labels: readonly string[]): string {
  return sourceLineOf(editionsLabelled(db, labels))
}

function shortDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
}

function editsOf(db: Db, figures: Figure[]): Provenance['edits'] {
  const edited = figures.filter((figure) => figure.edited)
  if (edited.length === 0) return []
  const isOneMeasure = new Set(figures.map((figure) => figure.measure)).size === 1
  return edited.flatMap((figure) => {
    const edit = activeEdit(db, figure)
    if (!edit) return []
    const what = isOneMeasure ? `${edit.area_name} ${edit.period}` : `${edit.area_name} ${edit.period} (${measureLabel(edit.measure)})`
    const before = formatFigure(edit.before, edit.before_raw ?? '')
    const after = formatFigure(edit.after, edit.after_raw)
    return [
      {
        area: edit.area,
        measure: edit.measure,
        period: edit.period,
        line: `${what} corrected from ${before} to ${after}: ${edit.reason}, ${shortDate(edit.at)}`
      }
    ]
  })
}

function isNoteOnShown(note: Annotation, figures: Figure[], releaseIds: Set<number>): boolean {
  const target = note.target
  switch (target.kind) {
    case 'cell':
      return figures.some((figure) => figure.area === target.area && figure.measure === target.measure && figure.period === target.period)
    case 'area':
      return figures.some((figure) => figure.area === target.area)
    case 'period':
      return figures.some((figure) => figure.period === target.period && (!target.measure || figure.measure === target.measure))
    case 'measure':
      return figures.some((figure) => figure.measure === target.measure)
    case 'release':
      return target.releaseId !== null && releaseIds.has(target.releaseId)
  }
}

function notesOf(db: Db, figures: Figure[], releaseIds: Set<number>): Provenance['notes'] {
  if (figures.length === 0) return []
  return listAnnotations(db)
    .filter((note) => isNoteOnShown(note, figures, releaseIds))
    .reverse()
    .map((note) => ({ targetLabel: note.targetLabel, text: note.text, line: `${note.targetLabel}: ${note.text}` }))
}

/** The token a figure shows for its status: "[c]" or "*" as published, "[p]" beside a number. */
function markerToken(figure: Figure): string | null {
  if (!MARKER_MEANINGS[figure.status]) return null
  const qualifier = QUALIFIER_TOKENS[figure.status]
  if (qualifier) return qualifier
  return figure.raw.trim() || null
}

function markersOf(figures: Figure[]): Provenance['markers'] {
  const seen = new Map<string, string>()
  for (const figure of figures) {
    const token = markerToken(figure)
    if (token !== null && !seen.has(token)) seen.set(token, MARKER_MEANINGS[figure.status]!)
  }
  return [...seen].map(([token, meaning]) => ({ token, meaning }))
}

function footnoteRef(ref: string): string {
  return /^\d+$/.test(ref) ? `[note ${ref}]` : ref
}

function footnotesOf(db: Db, figures: Figure[]): Provenance['footnotes'] {
  const referring = figures.filter((figure) => figure.footnotes.length > 0)
  const texts = releaseFootnotes(
    db,
    referring.map((figure) => figure.source.release_id)
  )
  const seen = new Map<string, { ref: string; text: string }>()
  for (const figure of referring) {
    for (const ref of figure.footnotes) {
      const text = texts.get(figure.source.release_id)?.get(ref)
      const footnote = { ref: footnoteRef(ref), text: text ?? '' }
      if (text !== undefined && !seen.has(`${footnote.ref}|${text}`)) seen.set(`${footnote.ref}|${text}`, footnote)
    }
  }
  return [...seen.values()]
}

export function provenanceOf(db: Db, figures: Figure[]): Provenance {
  const editions = editionsWithIds(
    db,
    figures.map((figure) => figure.source.release_id)
  )
  const releaseIds = new Set(editions.map((edition) => edition.releaseId))
  return {
    sourceLine: sourceLineOf(editions),
    editions,
    edits: editsOf(db, figures),
    notes: notesOf(db, figures, releaseIds),
    markers: markersOf(figures),
    footnotes: footnotesOf(db, figures)
  }
}

/** "1,867 (Ministry of Justice, MAPPA annual report 2021/22, sheet \"Area tables\", cell B18)" */
export function citeFigure(figure: Figure): string {
  const edition = figure.source.is_sample ? SAMPLE_SOURCE : `${PUBLISHER}, ${figure.source.release}`
  const where = `${edition}, sheet "${figure.source.sheet}", cell ${figure.source.cell}`
  const shown = formatFigure(figure.value, figure.raw)
  if (!figure.edited || !figure.original) return `${shown} (${where})`
  const original = formatFigure(figure.original.value, figure.original.raw)
  return `${shown} (corrected from ${original}: ${figure.reason ?? 'no reason given'}; ${where})`
}
