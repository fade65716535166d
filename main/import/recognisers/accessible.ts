// The gov.uk accessible layout the MoJ uses from about 2021 (.ods or .xlsx): Cover, Contents
// and Notes sheets, then one table per `Table_1` / `Table 1` sheet with its title in A1, a few
// preamble rows and a single header row; wide (a row per area) or long (Year | Area | …).

import { filledCount, footnotesFrom, isBlank, isFigure, parseBlock, rowTexts } from '../blocks'
import type { ImportWarning } from '../../contract/types'
import type { ParsedRelease, ParsedTable, Recogniser } from '../types'
import type { SheetGrid, Workbook } from '../workbook'
import { uniqueFootnotes } from './old-style'
import { baseName, hiddenSheetWarnings, isAreaTable, latestPeriod, mojEditionLabel, periodWarnings } from './shared'

const TABLE_SHEET = /^table[ _]?\d+[a-z]?$/i
const COVER = /^cover(?:[ _]sheet)?$/i
const NOTES = /^notes$/i
const CONTENTS = /^(?:contents|table[ _]of[ _]contents)$/i

/** The header: the first row after the title with two or more cells, followed by figures. */
function headerIndexOf(sheet: SheetGrid): number {
  for (let index = 1; index < sheet.rows.length; index++) {
    if (filledCount(sheet.rows[index]) < 2) continue
    const next = sheet.rows[index + 1]
    if (next?.some((cell, column) => column > 0 && isFigure(cell))) return index
  }
  return -1
}

function tableOf(sheet: SheetGrid, coverLines: string[], fileName: string): ParsedTable | undefined {
  const headerIndex = headerIndexOf(sheet)
  if (headerIndex < 0) return undefined
  const title = rowTexts(sheet.rows[0])[0]
  const preamble = sheet.rows
    .slice(1, headerIndex)
    .filter((row) => !isBlank(row))
    .map((row) => rowTexts(row).join(' '))
  let end = headerIndex + 1
  while (end < sheet.rows.length && !isBlank(sheet.rows[end])) end++
  const trailing = sheet.rows
    .slice(end)
    .filter((row) => !isBlank(row))
    .map((row) => rowTexts(row).join(' '))
  return parseBlock({
    sheet,
    headerIndex,
    endIndex: end,
    title,
    notes: [...preamble, ...trailing],
    periodCandidates: [
      { text: title, source: 'title' },
      ...preamble.map((text) => ({ text, source: 'notes above the table' })),
      ...coverLines.map((text) => ({ text, source: 'cover sheet' })),
      { text: fileName, source: 'file name' }
    ],
    hasGroupHeaders: false
  })
}

/** The Notes sheet: a "Note number | Note text" table, `[note 1]` or `1` in the first column. */
function notesOf(sheet: SheetGrid | undefined): { ref: string; text: string }[] {
  if (!sheet) return []
  const notes: { ref: string; text: string }[] = []
  for (const row of sheet.rows) {
    const [first, second] = rowTexts(row)
    const ref = first && /^\[?(?:note\s*)?(\d+)\]?$/i.exec(first.trim())?.[1]
    if (ref && second) notes.push({ ref, text: second })
  }
  return notes.length > 0 ? notes : footnotesFrom(sheet.rows.map((row) => rowTexts(row).join(' ')))
}

export const accessibleRecogniser: Recogniser = {
  id: 'moj-accessible',
  description: 'MoJ MAPPA tables, accessible layout (2021 on)',
  recognise(workbook: Workbook, context): ParsedRelease | undefined {
    if (workbook.format === 'csv') return undefined
    const visible = workbook.sheets.filter((sheet) => !sheet.isHidden)
    const cover = visible.find((sheet) => COVER.test(sheet.name))
    const notesSheet = visible.find((sheet) => NOTES.test(sheet.name))
    const tableSheets = visible.filter((sheet) => TABLE_SHEET.test(sheet.name))
    const saysAccessible = tableSheets.some((sheet) =>
      sheet.rows.slice(1, 6).some((row) => /this (?:work)?sheet contains/i.test(rowTexts(row).join(' ')))
    )
    if (tableSheets.length === 0 || !(cover || notesSheet || saysAccessible)) return undefined

    const coverLines = cover ? cover.rows.filter((row) => !isBlank(row)).map((row) => rowTexts(row).join(' ')) : []
    const tables = tableSheets
      .map((sheet) => tableOf(sheet, coverLines, context.fileName))
      .filter((table): table is ParsedTable => table !== undefined && table.observations.length > 0)
    if (!tables.some(isAreaTable)) return undefined
    const others = visible.filter(
      (sheet) => sheet !== cover && sheet !== notesSheet && !TABLE_SHEET.test(sheet.name) && !CONTENTS.test(sheet.name)
    )
    const warnings: ImportWarning[] = [
      ...hiddenSheetWarnings(workbook),
      ...others.map((sheet) => ({
        code: 'not_a_table_sheet' as const,
        message: `Sheet "${sheet.name}" is not a table sheet and was not imported`
      }))
    ]
    const period = latestPeriod(tables)
    return {
      recogniser: 'moj-accessible',
      format: workbook.format,
      editionLabel: mojEditionLabel(period, coverLines[0] ?? baseName(context.fileName)),
      period,
      tables,
      footnotes: uniqueFootnotes(notesOf(notesSheet)),
      warnings: [...warnings, ...periodWarnings(tables)]
    }
  }
}
