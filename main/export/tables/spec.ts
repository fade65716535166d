// The article-ready table every writer draws: rows, columns (published periods and the derived
// figures switched on), the highlighted area, title, source line, markers and numbered notes.
// Built from the grid's pivots and the one provenance module; read-only, never formats a file.

import type { AreaKind, CellStatus, DerivedKind, Figure, FigureCell, Pivot, TableRequest } from '../../contract/types'
import { QUALIFIER_TOKENS, shownDecimals } from '../../contract/markers'
import { matchMeasure } from '../../contract/measures'
import { AppError } from '../../contract/errors'
import type { Db } from '../../store/database'
import { currentFigures } from '../../store/figures'
import { areaRefs, measureLabels } from '../../store/keys'
import { areaPivot, measurePivot } from '../../store/pivots'
import { getSetting } from '../../store/settings'
import { formatFigure, provenanceOf } from '../provenance'
import { DERIVED_COLUMNS, derivedData, derivedText, type DerivedColumn } from '../../contract/derived-columns'

export type { TableRequest }

export interface TableColumn {
  key: string
  period: string
  kind: 'figure' | DerivedKind
  /** As a reader sees it: "2021/22", "2021/22 change". */
  header: string
  /** In CSV and XLSX: a derived column says so, and the importer leaves it out. */
  dataHeader: string
}

export interface TableCell {
  /** The figure as a number where it is one; null for a marker or a gap. */
  value: number | null
  /** As shown: "1,867", "[x]", "+183", "=3rd". */
  text: string
  /** What a data file holds: a plain number, or the marker's token ("[x]", "123 [e]"). */
  data: number | string
  /** Decimal places the number is shown with. */
  decimals: number
  /** Change and per cent change read with a sign. */
  isSigned: boolean
  status: CellStatus | 'missing' | 'derived'
  isEdited: boolean
}

export interface TableRow {
  key: string
  label: string
  kind: AreaKind | 'measure'
  isHighlighted: boolean
  cells: TableCell[]
}

export interface TableNote {
  /** "[note 1]" */
  ref: string
  text: string
  kind: 'derived' | 'footnote' | 'note' | 'edit'
}

export interface TableSpec {
  by: 'measure' | 'area'
  title: string
  /** The title as data files carry it: it names the measure, so the app reads the file back to it. */
  dataTitle: string
  subject: { id: string; label: string }
  rowHeader: string
  columns: TableColumn[]
  rows: TableRow[]
  sourceLine: string
  markers: { token: string; meaning: string }[]
  notes: TableNote[]
  /** The current figures shown, for provenance and tests. */
  figures: Figure[]
  /** ISO date the table was made. */
  madeOn: string
}

const DERIVED_NOTE =
  'Columns marked as change, per cent change, share, rate, one in N or rank are worked out by MAPPA Desk from the published figures; they are not official statistics.'

/** "Ranks are among the 42 areas with a figure (1 = highest; "=" marks a shared rank)." */
function rankNote(pivot: Pivot, periods: string[]): string {
  const counts = new Set(
    pivot.rows.flatMap((row) => periods.map((period) => row.derived[period]?.rankOf).filter((of): of is number => of !== undefined))
  )
  const among = counts.size === 1 ? `the ${[...counts][0]} areas with a figure` : 'the areas with a figure in each year'
  return ` Ranks are among ${among} (1 = highest; "=" marks a shared rank); England and Wales is not ranked.`
}
const MISSING = { token: '[x]', meaning: 'not available' }
const NOT_APPLICABLE = { token: '[z]', meaning: 'not applicable' }

/** One published figure as shown and as a data file holds it. */
export function figureCell(cell: FigureCell | undefined): TableCell {
  const base = { isSigned: false, isEdited: cell?.isEdited ?? false }
  if (!cell) return { ...base, value: null, text: MISSING.token, data: MISSING.token, decimals: 0, status: 'missing' }
  const qualifier = QUALIFIER_TOKENS[cell.status]
  if (cell.value !== null && cell.status !== 'text') {
    const decimals = shownDecimals(cell.value, cell.raw)
    const text = cell.status === 'nil' ? cell.raw.trim() || '0' : formatFigure(cell.value, cell.raw)
    // A nil is the number 0 in data files, as the gov.uk standard asks ("do not use a dash for zero").
    const data = qualifier ? `${cell.value} ${qualifier}` : cell.value
    return { ...base, value: cell.value, text: qualifier ? `${text} ${qualifier}` : text, data, decimals, status: cell.status }
  }
  const token = cell.raw.trim() || MISSING.token
  return { ...base, value: null, text: token, data: token, decimals: 0, status: cell.status }
}

function derivedCell(info: DerivedColumn, value: number | undefined, isTied: boolean, isRanked: boolean): TableCell {
  const base = { isSigned: info.isSigned, isEdited: false, status: 'derived' as const, decimals: info.decimals }
  // England and Wales, Wales and the National Security Division are never ranked among the areas.
  if (info.kind === 'rank' && !isRanked)
    return { ...base, value: null, text: NOT_APPLICABLE.token, data: NOT_APPLICABLE.token, status: 'not_applicable' }
  if (value === undefined || !Number.isFinite(value))
    return { ...base, value: null, text: MISSING.token, data: MISSING.token, status: 'missing' }
  return {
    ...base,
    value: derivedData(info.kind, value),
    text: derivedText(info.kind, value, { isTied }),
    data: derivedData(info.kind, value)
  }
}

function chosen<T extends string>(
  all: readonly T[],
  wanted: readonly string[] | undefined,
  what: string,
  known: (value: string) => boolean
): string[] {
  if (!wanted || wanted.length === 0) return [...all]
  for (const value of wanted) if (!known(value)) throw new AppError('bad_input', `Unknown ${what} "${value}"`)
  return [...new Set(wanted)]
}

function pivotOf(db: Db, request: TableRequest, kinds: ReadonlySet<DerivedKind>): Pivot {
  return request.by === 'area' ? areaPivot(db, request.subject, kinds) : measurePivot(db, request.subject, kinds)
}

/** Default rows: the 42 areas then England and Wales (by measure), or every measure (by area). */
function defaultRows(pivot: Pivot): string[] {
  if (pivot.by === 'area') return pivot.rows.map((row) => row.key)
  const areas = pivot.rows.filter((row) => row.areaKind === 'area').map((row) => row.key)
  return pivot.rows.some((row) => row.key === 'england-and-wales') ? [...areas, 'england-and-wales'] : areas
}

function rowLabels(db: Db, by: 'measure' | 'area'): Map<string, { label: string; kind: AreaKind | 'measure' }> {
  if (by === 'measure') return new Map([...areaRefs(db)].map(([slug, area]) => [slug, { label: area.name, kind: area.kind }]))
  return new Map([...measureLabels(db)].map(([id, label]) => [id, { label, kind: 'measure' as const }]))
}

function columnsOf(periods: string[], kinds: DerivedKind[]): TableColumn[] {
  const infos = DERIVED_COLUMNS.filter((info) => kinds.includes(info.kind))
  return periods.flatMap((period) => [
    { key: period, period, kind: 'figure' as const, header: period, dataHeader: period },
    ...infos.map((info) => ({
      key: `${period}|${info.kind}`,
      period,
      kind: info.kind,
      header: `${period} ${info.tableHeader}`,
      dataHeader: `${period} ${info.tableHeader} [derived]`
    }))
  ])
}

function titleOf(request: TableRequest, subjectLabel: string, periods: string[]): string {
  const given = request.title?.trim()
  if (given) return given
  const span = periods.length === 0 ? '' : periods.length === 1 ? `, ${periods[0]}` : `, ${periods[0]} to ${periods[periods.length - 1]}`
  return request.by === 'area' ? `${subjectLabel}: MAPPA figures by measure${span}` : `${subjectLabel}, by area${span}`
}

function dataTitleOf(title: string, by: 'measure' | 'area', subject: { id: string; label: string }): string {
  if (by === 'area' || matchMeasure(title)?.id === subject.id) return title
  return `${title} (${subject.label})`
}

function shownFigures(db: Db, request: TableRequest, rows: string[], periods: string[]): Figure[] {
  const query = request.by === 'area' ? { area: request.subject } : { measure: request.subject }
  const rowSet = new Set(rows)
  const periodSet = new Set(periods)
  return currentFigures(db, query).filter(
    (figure) => rowSet.has(request.by === 'area' ? figure.measure : figure.area) && periodSet.has(figure.period)
  )
}

function notesOf(provenance: ReturnType<typeof provenanceOf>, derivedNote: string | null): TableNote[] {
  const notes: Omit<TableNote, 'ref'>[] = [
    ...(derivedNote ? [{ kind: 'derived' as const, text: derivedNote }] : []),
    ...provenance.footnotes.map((footnote) => ({ kind: 'footnote' as const, text: footnote.text })),
    ...provenance.notes.map((note) => ({ kind: 'note' as const, text: note.line })),
    ...provenance.edits.map((edit) => ({ kind: 'edit' as const, text: edit.line }))
  ]
  return notes.map((note, index) => ({ ...note, ref: `[note ${index + 1}]` }))
}

export function buildTableSpec(db: Db, request: TableRequest): TableSpec {
  const by = request.by ?? 'measure'
  const kinds = [...new Set(request.derived ?? [])]
  const pivot = pivotOf(db, { ...request, by }, new Set(kinds))
  const labels = rowLabels(db, by)
  const rowKeys = chosen(defaultRows(pivot), request.rows, by === 'measure' ? 'area' : 'measure', (key) => labels.has(key))
  const periods = chosen(pivot.periods, request.periods, 'period', (period) => /^\d{4}\/\d{2}$/.test(period)).sort()
  const columns = columnsOf(periods, kinds)
  const byKey = new Map(pivot.rows.map((row) => [row.key, row]))
  const highlight = by === 'measure' ? (request.highlight === undefined ? getSetting(db, 'homeArea') : request.highlight) : null
  const rows: TableRow[] = rowKeys.map((key) => {
    const row = byKey.get(key)
    const label = labels.get(key)!
    return {
      key,
      label: row?.label ?? label.label,
      kind: label.kind,
      isHighlighted: key === highlight,
      cells: columns.map((column) => {
        if (column.kind === 'figure') return figureCell(row?.cells[column.period])
        const derived = row?.derived[column.period]
        const value = derived?.[column.kind]
        const info = DERIVED_COLUMNS.find((candidate) => candidate.kind === column.kind)!
        const isTied = column.kind === 'rank' && derived?.rankTied === true
        return derivedCell(info, value, isTied, by === 'area' || label.kind === 'area')
      })
    }
  })
  const figures = shownFigures(db, { ...request, by }, rowKeys, periods)
  const provenance = provenanceOf(db, figures)
  const markers = [...provenance.markers]
  for (const [status, marker] of [
    ['missing', MISSING],
    ['not_applicable', NOT_APPLICABLE]
  ] as const) {
    const isUsed = rows.some((row) =>
      row.cells.some((cell) => cell.status === status || (cell.status !== 'derived' && cell.data === marker.token))
    )
    if (isUsed && !markers.some((known) => known.token === marker.token)) markers.push(marker)
  }
  const subject = { id: pivot.subject.id, label: pivot.subject.label }
  const title = titleOf({ ...request, by }, subject.label, periods)
  return {
    by,
    title,
    dataTitle: dataTitleOf(title, by, subject),
    subject,
    rowHeader: by === 'measure' ? 'Area' : 'Measure',
    columns,
    rows,
    sourceLine: provenance.sourceLine,
    markers,
    notes: notesOf(provenance, kinds.length === 0 ? null : `${DERIVED_NOTE}${kinds.includes('rank') ? rankNote(pivot, periods) : ''}`),
    figures,
    madeOn: new Date().toISOString().slice(0, 10)
  }
}

/** "[x] not available; [c] suppressed": each marker in the table explained once. */
export function markersLine(spec: TableSpec): string | null {
  return spec.markers.length === 0 ? null : spec.markers.map((marker) => `${marker.token} ${marker.meaning}`).join('; ')
}

/** Every line that goes under a table, in order: source, markers, numbered notes. */
export function footerLines(spec: TableSpec): string[] {
  const markers = markersLine(spec)
  return [spec.sourceLine, ...(markers ? [`Markers: ${markers}`] : []), ...spec.notes.map((note) => `${note.ref} ${note.text}`)]
}
