// The shapes recognisers hand to the import writer: tables of observations with their
// provenance, before areas are resolved against the store. Types only.

import type { ImportWarning, TableLayout } from '../contract/types'
import type { CellReading } from '../domain/markers'
import type { MeasureDefinition } from '../domain/measures'
import type { Period } from '../domain/periods'
import type { FileFormat } from './sniff'
import type { Workbook } from './workbook'

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

export type { TableLayout }

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

export interface RecogniseContext {
  fileName: string
}

/** One entry of the import registry: claims a workbook it understands, or returns undefined. */
export interface Recogniser {
  id: string
  description: string
  recognise(workbook: Workbook, context: RecogniseContext): ParsedRelease | undefined
}
