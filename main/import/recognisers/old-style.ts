// The MoJ's older MAPPA tables (.xls 2013-16, .xlsx 2016-23): a title and notes above, merged
// group headers over a header row with `Area` in column A, 42 area rows and a total, a notes
// block below; several tables may share a sheet. Claims a workbook only when it finds such an
// area table; other tables in it are kept through the generic reader.

import { tidyHeader } from '../../contract/measures'
import { countAreaRows, filledCount, footnotesFrom, isBlank, parseBlock, rowTexts, type Row } from '../blocks'
import type { ParsedRelease, ParsedTable, RecogniseContext, Recogniser } from '../types'
import type { SheetGrid, Workbook } from '../workbook'
import { tablesOnSheet } from './generic'
import { baseName, hiddenSheetWarnings, latestPeriod, mojEditionLabel, MIN_AREA_ROWS, periodWarnings } from './shared'

const AREA_HEADER = /^(?:mappa\s+)?areas?(?:\s+name)?$/i
const TABLE_TITLE = /^table\s*\d+[a-z]?\b/i
const NOTES_START = /^(?:notes?|source|footnotes?)\b|^\(\d+\)|^\d+\.\s/i
/** How far below a header row to look for area names: 42 areas and a few blank or total rows. */
const AREA_SCAN_ROWS = 50

function isAreaHeader(rows: Row[], index: number): boolean {
  const first = rows[index]?.[0]
  if (!first || !AREA_HEADER.test(tidyHeader(first.text)) || filledCount(rows[index]) < 2) return false
  return countAreaRows(rows, index + 1, Math.min(rows.length, index + AREA_SCAN_ROWS), 0) >= MIN_AREA_ROWS
}

function dataEnd(rows: Row[], headerIndex: number): number {
  let end = headerIndex + 1
  while (end < rows.length && !isBlank(rows[end]) && !NOTES_START.test(rows[end]![0]?.text ?? '')) end++
  return end
}

interface AreaBlock {
  table: ParsedTable
  /** Rows the block owns, title to the end of its notes, so the generic pass skips them. */
  from: number
  to: number
  footnotes: { ref: string; text: string }[]
}

function areaBlocks(sheet: SheetGrid, context: RecogniseContext, contentsTitle: string | undefined): AreaBlock[] {
  const rows = sheet.rows
  const blocks: AreaBlock[] = []
  let floor = 0
  for (let index = 0; index < rows.length; index++) {
    if (!isAreaHeader(rows, index)) continue
    let titleIndex = -1
    for (let above = index - 1; above >= floor; above--) {
      if (TABLE_TITLE.test(rows[above]?.[0]?.text ?? '')) {
        titleIndex = above
        break
      }
    }
    const preambleRows = rows
      .slice(titleIndex >= 0 ? titleIndex + 1 : floor, index - 1)
      .filter((row) => filledCount(row) === 1 && row[0] !== undefined)
    const preamble = preambleRows.map((row) => rowTexts(row)[0])
    const title = titleIndex >= 0 ? rows[titleIndex]![0]!.text : preamble.shift()
    const end = dataEnd(rows, index)
    let notesEnd = end
    while (notesEnd < rows.length && !isAreaHeader(rows, notesEnd) && !TABLE_TITLE.test(rows[notesEnd]?.[0]?.text ?? '')) notesEnd++
    const notes = rows
      .slice(end, notesEnd)
      .filter((row) => !isBlank(row))
      .map((row) => rowTexts(row).join(' '))
    const table = parseBlock({
      sheet,
      headerIndex: index,
      endIndex: end,
      title,
      notes: [...preamble, ...notes],
      periodCandidates: [
        { text: title, source: 'title' },
        ...preamble.map((text) => ({ text, source: 'notes above the table' })),
        { text: contentsTitle, source: 'contents sheet' },
        { text: sheet.name, source: 'sheet name' },
        { text: context.fileName, source: 'file name' }
      ],
      hasGroupHeaders: true
    })
    blocks.push({ table, from: titleIndex >= 0 ? titleIndex : floor, to: notesEnd, footnotes: footnotesFrom(notes) })
    floor = notesEnd
    index = notesEnd - 1
  }
  return blocks
}

/** The rest of a sheet, with the area tables' rows blanked, for the generic reader. */
function remainder(sheet: SheetGrid, blocks: AreaBlock[]): SheetGrid {
  const isClaimed = (row: number) => blocks.some((block) => row >= block.from && row < block.to)
  return { ...sheet, rows: sheet.rows.map((row, index) => (isClaimed(index) ? [] : row)) }
}

function notesSheetFootnotes(sheet: SheetGrid): { ref: string; text: string }[] {
  return footnotesFrom(sheet.rows.filter((row) => !isBlank(row)).map((row) => rowTexts(row).join(' ')))
}

export const oldStyleRecogniser: Recogniser = {
  id: 'moj-old',
  description: 'MoJ MAPPA tables, older layout (2013 to 2023)',
  recognise(workbook: Workbook, context): ParsedRelease | undefined {
    const visible = workbook.sheets.filter((sheet) => !sheet.isHidden)
    const contents = visible.find((sheet) => /^(?:contents|index)$/i.test(sheet.name))
    const contentsTitle = contents ? rowTexts(contents.rows.find((row) => !isBlank(row)))[0] : undefined
    const tables: ParsedTable[] = []
    const footnotes: { ref: string; text: string }[] = []
    let hasAreaTable = false
    for (const sheet of visible) {
      if (sheet === contents) continue
      if (/^notes?$/i.test(sheet.name)) {
        footnotes.push(...notesSheetFootnotes(sheet))
        continue
      }
      const blocks = areaBlocks(sheet, context, contentsTitle)
      hasAreaTable ||= blocks.length > 0
      for (const block of blocks) {
        tables.push(block.table)
        footnotes.push(...block.footnotes)
      }
      tables.push(...tablesOnSheet(blocks.length > 0 ? remainder(sheet, blocks) : sheet, context))
    }
    if (!hasAreaTable) return undefined
    const period = latestPeriod(tables)
    return {
      recogniser: 'moj-old',
      format: workbook.format,
      editionLabel: mojEditionLabel(period, baseName(context.fileName)),
      period,
      tables,
      footnotes: uniqueFootnotes(footnotes),
      warnings: [...hiddenSheetWarnings(workbook), ...periodWarnings(tables)]
    }
  }
}

export function uniqueFootnotes(footnotes: { ref: string; text: string }[]): { ref: string; text: string }[] {
  const byRef = new Map<string, string>()
  for (const footnote of footnotes) if (!byRef.has(footnote.ref)) byRef.set(footnote.ref, footnote.text)
  return [...byRef].map(([ref, text]) => ({ ref, text }))
}
