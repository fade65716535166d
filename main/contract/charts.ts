// The shapes the chart channels carry: renders for the preview, exports, saved charts and house
// styles. Types only, shared by main, preload and renderer.

import type { ChartSpec } from './chart/spec'
import type { HouseStyle } from './chart/theme'

export type { ChartSpec, HouseStyle }

/** The words around a chart: drawn above and below the plot, each drafted when left empty. */
export interface ChartTexts {
  title: string
  subtitle: string
  notes: string
  source: string
  byline: string
}

export type ChartFormat = 'png' | 'svg' | 'pdf'

/** One drawing of a spec: the bytes the preview shows are the bytes the export writes. */
export interface ChartRender {
  bytes: Uint8Array
  mime: string
  fileName: string
  widthPx: number
  heightPx: number
  dpi: number
  altText: string
  source: string
  warnings: string[]
  /** The texts drawn, and what each would be if left empty. */
  texts: ChartTexts
  drafts: ChartTexts & { altText: string }
}

export interface ChartExport {
  fileName: string
  mime: string
  format: ChartFormat
  isCmyk: boolean
  widthPx: number
  heightPx: number
  dpi: number
  altText: string
  warnings: string[]
  /** Browser mode: the file to download. Electron: null, the file is written where the reporter chose. */
  bytes: Uint8Array | null
  /** Where the file (and its alt text beside it) were written; null in browser mode or when cancelled. */
  savedTo: string | null
  isCancelled: boolean
}

export interface SavedChart {
  id: number
  name: string
  spec: ChartSpec
  createdAt: string
  updatedAt: string
}

export interface SavedStyle {
  style: HouseStyle
  isBuiltIn: boolean
}
