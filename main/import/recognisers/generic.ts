// The fallback recogniser: finds header rows and data blocks on every visible sheet and keeps
// each cell by row label and column header. Claims any workbook with at least one table of
// figures, and never invents one.

import { isBlank, isFigure, filledCount, firstFilledColumn, parseBlock, rowTexts, type Row } from '../blocks'
import type { ParsedRelease, ParsedTable, RecogniseContext, Recogniser } from '../types'
import type { SheetGrid, Workbook } from '../workbook'
import { baseName, hiddenSheetWarnings, latestPeriod, periodWarnings } from './shared'

/** A row is a header when it labels two or more columns and the next filled row carries figures. */
export function isHeaderRow(rows: Row[], index: number): boolean {
  const row = rows[index]
  if (filledCount(row) < 2) return false
  const labelColumn = firstFilledColumn(row)
  const isTextual = row.every((cell) => !cell || cell.number === undefined || (cell.number >= 1990 && cell.number <= 2100))
  if (!isTextual) return false
  for (let next = index + 1; next < Math.min(rows.length, index + 3); next++) {
    const candidate = rows[next]
    if (isBlank(candidate)) continue
    return candidate.some((cell, column) => column > labelColumn && isFigure(cell))
  }
  return false
}

export function tablesOnSheet(sheet: SheetGrid, context: RecogniseContext): ParsedTable[] {
  const rows = sheet.rows
  const tables: ParsedTable[] = []
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
      .filter((row) => filledCount(row) === 1)
      .map((row) => rowTexts(row)[0])
    let endIndex = headerIndex + 1
    while (endIndex < rows.length && !isBlank(rows[endIndex])) endIndex++
    let nextHeader = endIndex
    while (nextHeader < rows.length && !isHeaderRow(rows, nextHeader)) nextHeader++
    const trailing = rows
      .slice(endIndex, nextHeader)
      .filter((row) => !isBlank(row))
      .map((row) => rowTexts(row).join(' '))
    const table = parseBlock({
      sheet,
      headerIndex,
      endIndex,
      title: preamble[0],
      notes: [...preamble.slice(1), ...(nextHeader >= rows.length ? trailing : [])],
      periodCandidates: [
        { text: preamble[0], source: 'title' },
        ...preamble.slice(1).map((text) => ({ text, source: 'notes above the table' })),
        { text: sheet.name, source: 'sheet name' },
        { text: context.fileName, source: 'file name' }
      ],
      hasGroupHeaders: true
    })
    if (table.observations.length > 0) tables.push(table)
    cursor = endIndex
  }
  return tables
}

export const genericRecogniser: Recogniser = {
  id: 'generic',
  description: 'Any sheet with a header row and rows of figures (not recognised as a MoJ MAPPA layout)',
  recognise(workbook: Workbook, context): ParsedRelease | undefined {
    const tables: ParsedTable[] = []
    for (const sheet of workbook.sheets) {
      if (!sheet.isHidden) tables.push(...tablesOnSheet(sheet, context))
    }
    if (tables.length === 0) return undefined
    return {
      recogniser: 'generic',
      format: workbook.format,
      editionLabel: tables[0].title ?? baseName(context.fileName),
      period: latestPeriod(tables),
      tables,
      footnotes: [],
      warnings: [...hiddenSheetWarnings(workbook), ...periodWarnings(tables)]
    }
  }
}
