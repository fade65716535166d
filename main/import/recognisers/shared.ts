// Pieces every recogniser uses to describe what it found: the release's period and edition
// label from its tables. Pure functions over parsed tables.

import { findBuiltInArea } from '../../contract/areas'
import { comparePeriods, type Period } from '../../contract/periods'
import type { ImportWarning } from '../../contract/types'
import type { ParsedTable } from '../types'
import type { Workbook } from '../workbook'

/** The latest period any figure in the file is at: an edition is named for its newest year. */
export function latestPeriod(tables: ParsedTable[]): Period | undefined {
  let latest: Period | undefined
  for (const table of tables) {
    for (const { period } of table.observations) {
      if (period && (!latest || comparePeriods(period.key, latest.key) > 0)) latest = period
    }
  }
  return latest
}

export function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '')
}

/** Warns about tables whose figures could not be placed in time. */
export function periodWarnings(tables: ParsedTable[]): ImportWarning[] {
  return tables
    .filter((table) => table.observations.some((observation) => observation.period === undefined))
    .map((table) => ({
      code: 'no_period',
      message: `No period found for the table on sheet "${table.sheet}": set it in the preview, or its figures stay out of every time series`
    }))
}

/** Warns about the workbook's hidden sheets, which no recogniser imports. */
export function hiddenSheetWarnings(workbook: Workbook): ImportWarning[] {
  return workbook.sheets
    .filter((sheet) => sheet.isHidden)
    .map((sheet) => ({ code: 'hidden_sheet', message: `Sheet "${sheet.name}" is hidden in the workbook and was not imported` }))
}

/** The edition label MAPPA Desk gives a MoJ release: the report's financial year. */
export function mojEditionLabel(period: Period | undefined, fallback: string): string {
  return period ? `MAPPA annual report ${period.key}` : fallback
}

/** True when at least five of a table's row labels name one of the 42 areas. */
export function isAreaTable(table: ParsedTable): boolean {
  const labels = new Set(table.observations.map((observation) => observation.rowLabel))
  let areas = 0
  for (const label of labels) if (findBuiltInArea(label)?.kind === 'area') areas++
  return areas >= MIN_AREA_ROWS
}

/** Five areas: enough to tell an area table from a table of age bands, few enough for regional extracts. */
export const MIN_AREA_ROWS = 5
