// The fallback recogniser: finds header rows and data blocks on every visible sheet and turns
// each cell into an observation keyed by row label and column header. Must claim any workbook
// that holds at least one table, and never invent a figure.

import { customMeasureFor, findBuiltInMeasure, tidyHeader, type MeasureDefinition } from '../domain/measures'
import { readCell } from '../domain/markers'
import { parsePeriod, comparePeriods, type Period } from '../domain/periods'
import type { ParsedObservation, ParsedRelease, ParsedTable, RecogniseContext, Recogniser, TableLayout } from './types'
import { cellAddress, type Cell, type SheetGrid, type Workbook } from './workbook'

type Row = (Cell | undefined)[]

const isBlank = (row: Row | undefined) => !row || row.every((cell) => cell === undefined)
const filled = (row: Row | undefined) => (row ?? []).filter((cell) => cell !== undefined).length
const firstFilledColumn = (row: Row) => row.findIndex((cell) => cell !== undefined)

function isFigure(cell: Cell | undefined): boolean {
  if (!cell) return false
  if (cell.number !== undefined) return true
  return readCell(cell.text).status !== 'text'
}

const YEAR_HEADER = /^(?:financial\s+)?year(?:\s+ending)?$|^period$|^reporting\s+year$/i
const AREA_HEADER = /^(?:mappa\s+)?area(?:\s+name)?$|^(?:police\s+force\s+)?area$|^police\s+force$/i

function periodHeaderOf(cell: Cell | undefined): Period | undefined {
  if (!cell) return undefined
  return parsePeriod(cell.text, { allowBareYear: true })
}

/** A row is a header when it labels two or more columns and the next filled row carries figures. */
function isHeaderRow(rows: Row[], index: number): boolean {
  const row = rows[index]
  if (filled(row) < 2) return false
  const labelColumn = firstFilledColumn(row)
  const headerCells = row.filter((cell): cell is Cell => cell !== undefined)
  const isTextual = headerCells.every((cell) => cell.number === undefined || periodHeaderOf(cell) !== undefined)
  if (!isTextual) return false
  for (let next = index + 1; next < Math.min(rows.length, index + 3); next++) {
    const candidate = rows[next]
    if (isBlank(candidate)) continue
    return candidate.some((cell, column) => column > labelColumn && isFigure(cell))
  }
  return false
}

interface Block {
  title: string | undefined
  preamble: string[]
  headerIndex: number
  endIndex: number
}

function findBlocks(rows: Row[]): Block[] {
  const blocks: Block[] = []
  let cursor = 0
  while (cursor < rows.length) {
    let headerIndex = -1
    for (let index = cursor; index < rows.length; index++) {
      if (isHeaderRow(rows, index)) {
        headerIndex = index
        break
      }
    }
    if (headerIndex < 0) break
    const preamble = rows
      .slice(cursor, headerIndex)
      .filter((row) => filled(row) === 1)
      .map((row) => row.find((cell) => cell !== undefined)!.text)
    let endIndex = headerIndex + 1
    while (endIndex < rows.length && !isBlank(rows[endIndex])) endIndex++
    blocks.push({ title: preamble[0], preamble: preamble.slice(1), headerIndex, endIndex })
    cursor = endIndex
  }
  return blocks
}

/** Text of a merged group header spanning a column in the row above the header, if any. */
function groupHeaderFor(sheet: SheetGrid, headerIndex: number, column: number, labelColumn: number): string | undefined {
  const above = headerIndex - 1
  if (above < 0) return undefined
  for (const merge of sheet.merges) {
    if (merge.s.r <= above && merge.e.r >= above && merge.s.c <= column && merge.e.c >= column && merge.s.c > labelColumn) {
      return sheet.rows[merge.s.r]?.[merge.s.c]?.text
    }
  }
  return undefined
}

function measureFor(header: string, group: string | undefined): MeasureDefinition {
  return (
    findBuiltInMeasure(header) ??
    (group ? findBuiltInMeasure(`${group} ${header}`) : undefined) ??
    customMeasureFor(group ? `${group}: ${header}` : header)
  )
}

function notesAfter(rows: Row[], from: number, to: number): string[] {
  return rows
    .slice(from, to)
    .filter((row) => !isBlank(row))
    .map((row) =>
      row
        .filter((cell): cell is Cell => cell !== undefined)
        .map((cell) => cell.text)
        .join(' ')
    )
}

function parseBlock(sheet: SheetGrid, block: Block, context: RecogniseContext, notes: string[]): ParsedTable {
  const rows = sheet.rows
  const header = rows[block.headerIndex]
  const labelColumn = firstFilledColumn(header)
  const headerText = header.map((cell) => (cell ? tidyHeader(cell.text) : ''))
  const yearColumn = headerText.findIndex((text) => YEAR_HEADER.test(text))
  const areaColumn = headerText.findIndex((text) => AREA_HEADER.test(text))
  const periodColumns = header.map((cell, column) => (column > labelColumn ? periodHeaderOf(cell) : undefined))
  const layout: TableLayout =
    yearColumn >= 0 && areaColumn >= 0 ? 'long' : periodColumns.filter(Boolean).length >= 2 ? 'series' : 'wide'

  const contextPeriod =
    (block.title ? parsePeriod(block.title) : undefined) ??
    block.preamble.map((line) => parsePeriod(line)).find(Boolean) ??
    parsePeriod(sheet.name) ??
    parsePeriod(context.fileName)
  const seriesMeasure = measureFor(block.title ?? sheet.name, undefined)
  const rowLabelColumn = layout === 'long' ? areaColumn : labelColumn

  const observations: ParsedObservation[] = []
  for (let rowIndex = block.headerIndex + 1; rowIndex < block.endIndex; rowIndex++) {
    const row = rows[rowIndex]
    const rowLabel = row[rowLabelColumn]?.text ?? `Row ${rowIndex + 1}`
    const rowPeriod = layout === 'long' ? periodHeaderOf(row[yearColumn]) : contextPeriod
    row.forEach((cell, column) => {
      if (!cell || column === rowLabelColumn || column === yearColumn || column < labelColumn) return
      const columnHeader = header[column]?.text ?? `Column ${cellAddress(block.headerIndex, column).replace(/\d+$/, '')}`
      const isPeriodColumn = layout === 'series' && periodColumns[column] !== undefined
      const group = groupHeaderFor(sheet, block.headerIndex, column, labelColumn)
      const measure = isPeriodColumn ? seriesMeasure : measureFor(columnHeader, group)
      const columnLabel = tidyHeader(columnHeader) || columnHeader
      observations.push({
        rowLabel,
        columnLabel: group ? `${tidyHeader(group)}: ${columnLabel}` : columnLabel,
        measure,
        period: isPeriodColumn ? periodColumns[column] : rowPeriod,
        reading: readCell(cell.text, cell.number),
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
    title: block.title,
    headerRow: block.headerIndex + 1,
    layout,
    notes: [...block.preamble, ...notes],
    observations
  }
}

export function recogniseTables(workbook: Workbook, context: RecogniseContext): { tables: ParsedTable[]; warnings: string[] } {
  const tables: ParsedTable[] = []
  const warnings: string[] = []
  for (const sheet of workbook.sheets) {
    if (sheet.isHidden) {
      warnings.push(`Sheet "${sheet.name}" is hidden in the workbook and was not imported`)
      continue
    }
    const blocks = findBlocks(sheet.rows)
    blocks.forEach((block, index) => {
      const nextStart = blocks[index + 1]?.headerIndex ?? sheet.rows.length
      const trailing = index + 1 < blocks.length ? [] : notesAfter(sheet.rows, block.endIndex, nextStart)
      const table = parseBlock(sheet, block, context, trailing)
      if (table.observations.length > 0) tables.push(table)
    })
  }
  for (const table of tables) {
    if (table.observations.some((observation) => observation.period === undefined)) {
      warnings.push(`No period found for the table on sheet "${table.sheet}": its figures are kept but are not in any time series`)
    }
  }
  return { tables, warnings }
}

function latestPeriod(tables: ParsedTable[]): Period | undefined {
  let latest: Period | undefined
  for (const table of tables) {
    for (const { period } of table.observations) {
      if (period && (!latest || comparePeriods(period.key, latest.key) > 0)) latest = period
    }
  }
  return latest
}

export const genericRecogniser: Recogniser = {
  id: 'generic',
  description: 'Any sheet with a header row and rows of figures: each cell kept by row label and column header',
  recognise(workbook, context): ParsedRelease | undefined {
    const { tables, warnings } = recogniseTables(workbook, context)
    if (tables.length === 0) return undefined
    const period = latestPeriod(tables)
    const baseName = context.fileName.replace(/\.[^.]+$/, '')
    return {
      recogniser: 'generic',
      format: workbook.format,
      editionLabel: tables[0].title ?? baseName,
      period,
      tables,
      footnotes: [],
      warnings
    }
  }
}
