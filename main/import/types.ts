// What recognisers are: each claims a workbook it understands and hands back the parsed release
// (its shapes live store-side, in main/store/release-shapes.ts). Types only.

import type { TableLayout } from '../contract/types'
import type { ParsedObservation, ParsedRelease, ParsedTable } from '../store/release-shapes'
import type { Workbook } from './workbook'

export type { ParsedObservation, ParsedRelease, ParsedTable, TableLayout }

export interface RecogniseContext {
  fileName: string
}

/** One entry of the import registry: claims a workbook it understands, or returns undefined. */
export interface Recogniser {
  id: string
  description: string
  recognise(workbook: Workbook, context: RecogniseContext): ParsedRelease | undefined
}
