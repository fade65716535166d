// The shapes a recognised file takes on its way into the store: tables of observations with
// their provenance, before areas are resolved. Types only; the importer makes them, the store writes them.

import type { FileFormat, ImportWarning, TableLayout } from '../contract/types'
import type { CellReading } from '../contract/markers'
import type { MeasureDefinition } from '../contract/measures'
import type { Period } from '../contract/periods'

export interface ParsedObservation {
  rowLabel: string
  columnLabel: string
  measure: MeasureDefinition
  period: Period | undefined
  reading: CellReading
  raw: string
  sheet: string
  cell: string
  rowIndex: number
  colIndex: number
}

export interface ParsedTable {
  sheet: string
  title: string | undefined
  /** One-based, as a spreadsheet shows it. */
  headerRow: number
  layout: TableLayout
  /** The period the whole table is at (wide tables); long and series tables carry it per cell. */
  period: Period | undefined
  /** Where that period was read from: "title", "file name", "cover sheet", … */
  periodSource: string | undefined
  /** Footnote references found in each column's header, by column index. */
  columnFootnotes: Record<number, string[]>
  notes: string[]
  observations: ParsedObservation[]
}

export interface ParsedRelease {
  recogniser: string
  format: FileFormat
  editionLabel: string
  period: Period | undefined
  tables: ParsedTable[]
  footnotes: { ref: string; text: string }[]
  warnings: ImportWarning[]
}
