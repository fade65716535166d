// Turns one block of a sheet (a header row and the data rows under it) into a ParsedTable:
// wide (a row per area), long (Year | Area | measures) or series (a column per period).
// Shared by every recogniser; knows nothing of where blocks start or which file they came from.

import { findBuiltInArea } from '../contract/areas'
import { readCell, type CellReading } from '../contract/markers'
import { customMeasureFor, matchMeasure, tidyHeader, type MeasureDefinition } from '../contract/measures'
import { parsePeriod, type Period } from '../contract/periods'
import type { ParsedObservation, ParsedTable, TableLayout } from './types'
import { cellAddress, type Cell, type SheetGrid } from './workbook'

export type Row = (Cell | undefined)[]

/** Readings kept per table for reuse; past this many distinct cells a table's texts rarely repeat. */
const MAX_CACHED_READINGS = 50_000

export const isBlank = (row: Row | undefined) => !row || row.every((cell) => cell === undefined)
export const filledCount = (row: Row | undefined) => (row ?? []).filter((cell) => cell !== undefined).length
export const firstFilledColumn = (row: Row) => row.findIndex((cell) => cell !== undefined)
export const rowTexts = (row: Row | undefined) => (row ?? []).filter((cell): cell is Cell => cell !== undefined).map((cell) => cell.text)

export function isFigure(cell: Cell | undefined): boolean {
  if (!cell) return false
  if (cell.number !== undefined) return true
  return readCell(cell.text).status !== 'text'
}

const YEAR_HEADER = /^(?:financial\s+)?year(?:\s+ending(?:\s+31\s+march)?)?$|^period$|^reporting\s+year$|^date$/i
/** A column MAPPA Desk worked out (change, rank, …) and marked so in its own exports: not a published figure, never imported. */
const DERIVED_HEADER = /\[derived\]\s*$/i
const AREA_HEADER = /^(?:mappa\s+)?area(?:\s+name)?$|^(?:police\s+force\s+)?area$|^police\s+force$|^mappa\s+area$/i

export function periodOfHeader(cell: Cell | undefined): Period | undefined {
  if (!cell) return undefined
  return parsePeriod(cell.text, { allowBareYear: true })
}

/** Footnote references in a header: "(2)", "[note 3]", "[Note 3]". */
export function headerFootnotes(text: string): string[] {
  const refs: string[] = []
  for (const match of text.matchAll(/\[note\s*(\d+)\]|\(\s*(\d+)\s*\)/gi)) refs.push(match[1] ?? match[2])
  return refs
}

export interface PeriodCandidate {
  text: string | undefined
  source: string
}

export interface BlockSpec {
  sheet: SheetGrid
  headerIndex: number
  /** First row after the data (exclusive). */
  endIndex: number
  title: string | undefined
  notes: string[]
  /** Where to look for the table's period, in order of trust. */
  periodCandidates: PeriodCandidate[]
  /** Whether merged or sparse cells in the rows above the header are group headers. */
  hasGroupHeaders: boolean
}

/** Text of the group header over a column: a merged cell above the header, or a sparse row filled forward. */
function groupHeaders(sheet: SheetGrid, headerIndex: number, labelColumn: number): Map<number, string> {
  const groups = new Map<number, string>()
  const above = headerIndex - 1
  if (above < 0) return groups
  for (const merge of sheet.merges) {
    if (merge.s.r <= above && merge.e.r >= above && merge.s.c > labelColumn) {
      const text = sheet.rows[merge.s.r]?.[merge.s.c]?.text
      if (text) for (let column = merge.s.c; column <= merge.e.c; column++) groups.set(column, text)
    }
  }
  const row = sheet.rows[above]
  if (groups.size === 0 && row && !isBlank(row) && row[labelColumn] === undefined && firstFilledColumn(row) > labelColumn) {
    let current: string | undefined
    const width = Math.max(row.length, sheet.rows[headerIndex]?.length ?? 0)
    for (let column = labelColumn + 1; column < width; column++) {
      current = row[column]?.text ?? current
      if (current) groups.set(column, current)
    }
  }
  return groups
}

function measureFor(header: string, group: string | undefined): MeasureDefinition {
  return matchMeasure(header, group) ?? customMeasureFor(group ? `${group}: ${header}` : header)
}

function firstPeriod(candidates: PeriodCandidate[]): { period: Period; source: string } | undefined {
  for (const candidate of candidates) {
    const period = candidate.text ? parsePeriod(candidate.text) : undefined
    if (period) return { period, source: candidate.source }
  }
  return undefined
}

function chooseLayout(
  headerText: string[],
  header: Row,
  labelColumn: number
): { layout: TableLayout; yearColumn: number; areaColumn: number } {
  const yearColumn = headerText.findIndex((text) => YEAR_HEADER.test(text))
  const areaColumn = headerText.findIndex((text) => AREA_HEADER.test(text))
  if (yearColumn >= 0 && areaColumn >= 0) return { layout: 'long', yearColumn, areaColumn }
  const periodColumns = header.filter((cell, column) => column > labelColumn && periodOfHeader(cell) !== undefined).length
  return { layout: periodColumns >= 2 ? 'series' : 'wide', yearColumn: -1, areaColumn }
}

export function parseBlock(spec: BlockSpec): ParsedTable {
  const { sheet } = spec
  const rows = sheet.rows
  const header = rows[spec.headerIndex]
  const labelColumn = Math.max(0, firstFilledColumn(header))
  const headerText = header.map((cell) => (cell ? tidyHeader(cell.text) : ''))
  const { layout, yearColumn, areaColumn } = chooseLayout(headerText, header, labelColumn)
  const groups = spec.hasGroupHeaders ? groupHeaders(sheet, spec.headerIndex, labelColumn) : new Map<number, string>()
  const context = firstPeriod(spec.periodCandidates)
  const seriesMeasure = measureFor(spec.title ?? sheet.name, undefined)
  const rowLabelColumn = layout === 'long' ? areaColumn : labelColumn

  const columnFootnotes: Record<number, string[]> = {}
  header.forEach((cell, column) => {
    const refs = cell ? headerFootnotes(cell.text) : []
    if (refs.length > 0) columnFootnotes[column] = refs
  })

  // What a column means is the same for every row: worked out once per column, not once per cell.
  interface ColumnMeaning {
    columnLabel: string
    measure: MeasureDefinition
    seriesPeriod: Period | undefined
  }
  const columns = new Map<number, ColumnMeaning>()
  const columnMeaning = (column: number): ColumnMeaning => {
    let meaning = columns.get(column)
    if (!meaning) {
      const rawHeader = header[column]?.text ?? `Column ${cellAddress(spec.headerIndex, column).replace(/\d+$/, '')}`
      const seriesPeriod = layout === 'series' ? periodOfHeader(header[column]) : undefined
      const group = groups.get(column)
      const columnLabel = tidyHeader(rawHeader) || rawHeader
      meaning = {
        columnLabel: group ? `${tidyHeader(group)}: ${columnLabel}` : columnLabel,
        measure: seriesPeriod ? seriesMeasure : measureFor(columnLabel, group ? tidyHeader(group) : undefined),
        seriesPeriod
      }
      columns.set(column, meaning)
    }
    return meaning
  }
  // A long table repeats a few year labels down thousands of rows.
  const rowPeriods = new Map<string, Period | undefined>()
  const rowPeriodOf = (cell: Cell | undefined): Period | undefined => {
    if (!cell) return undefined
    if (!rowPeriods.has(cell.text)) rowPeriods.set(cell.text, periodOfHeader(cell))
    return rowPeriods.get(cell.text)
  }

  // The same few texts fill most cells of a big table (offence names, years, small counts).
  const readings = new Map<string, CellReading>()
  const readingOf = (cell: Cell): CellReading => {
    const key = cell.number === undefined ? cell.text : `${cell.text}\u0000${Object.is(cell.number, -0) ? '-0' : cell.number}`
    let reading = readings.get(key)
    if (!reading) {
      reading = readCell(cell.text, cell.number)
      if (readings.size < MAX_CACHED_READINGS) readings.set(key, reading)
    }
    return reading
  }

  const observations: ParsedObservation[] = []
  for (let rowIndex = spec.headerIndex + 1; rowIndex < spec.endIndex; rowIndex++) {
    const row = rows[rowIndex]
    if (!row || isBlank(row)) continue
    const rowLabel = row[rowLabelColumn]?.text ?? `Row ${rowIndex + 1}`
    const rowPeriod = layout === 'long' ? rowPeriodOf(row[yearColumn]) : context?.period
    row.forEach((cell, column) => {
      if (!cell || column === rowLabelColumn || column === yearColumn || column < labelColumn) return
      if (DERIVED_HEADER.test(header[column]?.text ?? '')) return
      const { columnLabel, measure, seriesPeriod } = columnMeaning(column)
      observations.push({
        rowLabel,
        columnLabel,
        measure,
        period: seriesPeriod ?? rowPeriod,
        reading: readingOf(cell),
        raw: cell.text,
        sheet: sheet.name,
        cell: cellAddress(rowIndex, column),
        rowIndex,
        colIndex: column
      })
    })
  }
  return {
    sheet: sheet.name,
    title: spec.title,
    headerRow: spec.headerIndex + 1,
    layout,
    period: layout === 'wide' ? context?.period : undefined,
    periodSource: layout === 'wide' ? context?.source : layout === 'long' ? 'year column' : 'column headers',
    columnFootnotes,
    notes: spec.notes,
    observations
  }
}

/** How many of a block's row labels name one of the 42 areas (totals and NSD not counted). */
export function countAreaRows(rows: Row[], from: number, to: number, labelColumn: number): number {
  let count = 0
  for (let index = from; index < to; index++) {
    const label = rows[index]?.[labelColumn]?.text
    if (label && findBuiltInArea(label)?.kind === 'area') count++
  }
  return count
}

/** Reads a notes block ("1. Figures are…", "(2) …", "Note 3: …") into footnotes by reference. */
export function footnotesFrom(lines: string[]): { ref: string; text: string }[] {
  const notes: { ref: string; text: string }[] = []
  for (const line of lines) {
    const match = /^\s*(?:\[?note\s*)?\(?(\d{1,2})\)?\]?[.:)\s-]+\s*(.+)$/i.exec(line)
    if (match) notes.push({ ref: match[1], text: match[2].trim() })
  }
  return notes
}
