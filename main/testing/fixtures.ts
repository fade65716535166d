// Writes realistic MAPPA workbooks for tests and benchmarks: real .xlsx, .xls, .ods and .csv
// bytes through SheetJS, shaped like the MoJ's tables. Test data only: never shipped as sample.

import * as XLSX from '@e965/xlsx'
import { AREAS } from '../domain/areas'

export type FixtureFormat = 'xlsx' | 'xls' | 'ods' | 'csv'

export interface AreaFigures {
  rso: number | string
  violent: number | string
  other_dangerous: number | string
  rso_rate: number | string
}

/** Published figures where we have them (31 March 2022); a deterministic stand-in elsewhere. */
export const KNOWN_2022: Record<string, AreaFigures> = {
  Essex: { rso: 1867, violent: 406, other_dangerous: 19, rso_rate: 114 },
  'England and Wales': { rso: 66741, violent: 22304, other_dangerous: 393, rso_rate: 126 }
}

export function standInFigures(name: string): Record<keyof AreaFigures, number> {
  const seed = [...name].reduce((sum, char) => sum + char.charCodeAt(0), 0)
  return { rso: 400 + (seed % 1700), violent: 100 + (seed % 500), other_dangerous: seed % 40, rso_rate: 80 + (seed % 60) }
}

export interface AreaTableOptions {
  /** Title line; the period is read from it. */
  title?: string
  /** Spellings to use instead of the canonical names, e.g. { 'County Durham': 'Durham' }. */
  spellings?: Record<string, string>
  /** Overrides for particular cells, e.g. { Dorset: { other_dangerous: '[c]' } }. */
  overrides?: Record<string, Partial<AreaFigures>>
  /** Cell values as text with thousands separators ("1,867"), as some MoJ tables hold them. */
  isTextNumbers?: boolean
  /** Extra rows to append to the area table (for size benchmarks). */
  extraRows?: number
}

/** An area table in the old MoJ style: title and notes above, header row with `Area`, 42 areas, total, notes below. */
export function areaTableRows(options: AreaTableOptions = {}): (string | number | null)[][] {
  const title = options.title ?? 'Table 1: MAPPA-eligible offenders at 31 March 2022, by area'
  const format = (value: number | string) => (options.isTextNumbers && typeof value === 'number' ? value.toLocaleString('en-GB') : value)
  const rows: (string | number | null)[][] = [
    [title],
    ['Multi-Agency Public Protection Arrangements annual report 2021/22'],
    [],
    ['Area', 'Category 1 registered sexual offenders', 'Category 2 violent offenders', 'Category 3 other dangerous offenders', 'RSOs per 100,000 population aged 10 and over']
  ]
  const areaNames = AREAS.filter((area) => area.kind !== 'other').map((area) => area.name)
  for (const name of [...areaNames.filter((n) => n !== 'England and Wales' && n !== 'Wales'), 'Wales', 'England and Wales']) {
    const figures = { ...(KNOWN_2022[name] ?? standInFigures(name)), ...options.overrides?.[name] }
    rows.push([options.spellings?.[name] ?? name, format(figures.rso), format(figures.violent), format(figures.other_dangerous), format(figures.rso_rate)])
  }
  for (let extra = 0; extra < (options.extraRows ?? 0); extra++) {
    rows.push([`Extra row ${extra + 1}`, extra % 997, extra % 89, extra % 7, extra % 150])
  }
  rows.push([], ['Notes'], ['1. Figures are at 31 March 2022.'], ['2. [c] Figures of fewer than 5 are suppressed.'])
  return rows
}

export function workbookBytes(sheets: Record<string, (string | number | null)[][]>, format: FixtureFormat): Uint8Array {
  const book = XLSX.utils.book_new()
  for (const [name, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name)
  }
  if (format === 'csv') {
    const [first] = Object.values(sheets)
    const text = XLSX.utils.sheet_to_csv(XLSX.utils.aoa_to_sheet(first))
    return new TextEncoder().encode(text)
  }
  const bookType = format === 'xls' ? 'biff8' : format
  return new Uint8Array(XLSX.write(book, { bookType, type: 'buffer' }) as Buffer)
}

/** A whole old-style workbook: a Contents sheet, then the area table on the last sheet. */
export function oldStyleWorkbook(format: FixtureFormat, options: AreaTableOptions = {}): Uint8Array {
  if (format === 'csv') return workbookBytes({ Table1: areaTableRows(options) }, 'csv')
  return workbookBytes(
    {
      Contents: [['MAPPA annual report 2021/22: tables'], ['Table 1', 'MAPPA-eligible offenders by area']],
      'Table 1': areaTableRows(options)
    },
    format
  )
}
