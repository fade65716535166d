// The shapes that cross the contract: what the store and the importer return and the renderer
// shows. Types only, importing nothing with Node or DOM dependencies, so both sides can use them.

import type { AreaKind } from '../domain/areas'
import type { CellStatus } from '../domain/markers'

export type { AreaKind, CellStatus }

export interface StoredTable {
  id: number
  ordinal: number
  sheet: string
  title: string | null
  headerRow: number | null
  layout: string
  observations: number
}

export interface StoredRelease {
  id: number
  fileName: string
  sha256: string
  sizeBytes: number
  format: string
  recogniser: string
  editionLabel: string
  period: string | null
  isSample: boolean
  importedAt: string
  tables: StoredTable[]
}

export interface ImportSummary {
  status: 'imported' | 'duplicate'
  releaseId: number
  fileName: string
  editionLabel: string
  period: string | null
  recogniser: string
  format: string
  tables: { id: number; sheet: string; title: string | null; layout: string; observations: number }[]
  observations: number
  matchedAreas: number
  unknownRowLabels: string[]
  warnings: string[]
}

export interface FigureQuery {
  area?: string
  measure?: string
  period?: string
}

/** A current figure as `figures --json` prints it: snake_case keys are part of the CLI contract. */
export interface Figure {
  area: string
  area_name: string
  area_kind: AreaKind
  measure: string
  period: string
  value: number | null
  status: CellStatus
  raw: string
  footnotes: string[]
  edited: boolean
  source: { file: string; sheet: string; cell: string; release: string; release_id: number }
}

export interface GridColumn {
  key: string
  /** The column's header as imported. */
  label: string
  measureId: string
  measureLabel: string
  period: string | null
}

export interface GridCell {
  value: number | null
  status: CellStatus
  raw: string
  cell: string
  footnotes: string | null
}

export interface GridRow {
  key: string
  label: string
  areaSlug: string | null
  areaKind: AreaKind | null
  cells: Record<string, GridCell>
}

export interface TableGrid {
  table: {
    id: number
    releaseId: number
    sheet: string
    title: string | null
    layout: string
    headerRow: number | null
    notes: string | null
    fileName: string
    editionLabel: string
  }
  columns: GridColumn[]
  rows: GridRow[]
}

export interface AppInfo {
  name: string
  version: string
  mode: 'electron' | 'browser'
  dbPath: string
  releases: number
  observations: number
}
