// MoJ MAPPA figures saved as CSV (by the MoJ or by a colleague): one sheet, wide or long, read
// with the generic table finder and claimed when it holds an area table.

import type { ParsedRelease, Recogniser } from '../types'
import type { Workbook } from '../workbook'
import { tablesOnSheet } from './generic'
import { baseName, isAreaTable, latestPeriod, mojEditionLabel, periodWarnings } from './shared'

export const csvRecogniser: Recogniser = {
  id: 'moj-csv',
  description: 'MoJ MAPPA figures in a CSV file',
  recognise(workbook: Workbook, context): ParsedRelease | undefined {
    if (workbook.format !== 'csv') return undefined
    const tables = workbook.sheets.flatMap((sheet) => tablesOnSheet(sheet, context))
    if (!tables.some(isAreaTable)) return undefined
    const period = latestPeriod(tables)
    return {
      recogniser: 'moj-csv',
      format: 'csv',
      editionLabel: mojEditionLabel(period, tables[0].title ?? baseName(context.fileName)),
      period,
      tables,
      footnotes: [],
      warnings: periodWarnings(tables)
    }
  }
}
