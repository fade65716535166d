// The project's saved charts and house styles: list, save, duplicate and delete, each spec
// checked against its schema and the built-in styles kept apart. The rows are the store's
// (store/charts.ts); nothing here draws.

import { parseChartSpec, type ChartSpec } from '../../contract/chart/spec'
import type { SavedChart, SavedStyle } from '../../contract/charts'
import { BUILT_IN_STYLES, builtInStyle, houseStyleSchema, type HouseStyle } from '../../contract/chart/theme'
import { AppError } from '../../contract/errors'
import {
  chartRow,
  chartRows,
  deleteChartRow,
  deleteStyleRow,
  styleRows,
  writeChartRow,
  writeStyleRow,
  type ChartRow
} from '../../store/charts'
import type { Db } from '../../store/database'
import { now } from '../../store/keys'
import { getSetting, setSetting } from '../../store/settings'

/** A saved spec that no longer parses (a newer version's, or edited by hand) is still listed, with the house defaults. */
function toSaved(row: ChartRow): SavedChart {
  return { id: row.id, name: row.name, spec: parseChartSpec(JSON.parse(row.spec)), createdAt: row.created_at, updatedAt: row.updated_at }
}

export function listCharts(db: Db): SavedChart[] {
  return chartRows(db).flatMap((row) => {
    try {
      return [toSaved(row)]
    } catch {
      return []
    }
  })
}

export function getChart(db: Db, id: number): SavedChart {
  const row = chartRow(db, id)
  if (!row) throw new AppError('not_found', `Chart ${id} is not in this project (was it deleted?)`)
  return toSaved(row)
}

function checkName(name: string): string {
  const trimmed = name.trim()
  if (trimmed === '') throw new AppError('bad_input', 'Give the chart a name before saving it')
  return trimmed.slice(0, 200)
}

/** Saves a new chart, or overwrites the one with `id`. */
export function saveChart(db: Db, request: { id?: number; name: string; spec: ChartSpec }): SavedChart {
  const name = checkName(request.name)
  const spec = JSON.stringify(parseChartSpec(request.spec))
  if (request.id !== undefined) getChart(db, request.id)
  return getChart(db, writeChartRow(db, { id: request.id, name, spec }, now()))
}

export function duplicateChart(db: Db, id: number): SavedChart {
  const original = getChart(db, id)
  return saveChart(db, { name: `${original.name} (copy)`, spec: original.spec })
}

export function deleteChart(db: Db, id: number): { deleted: boolean } {
  getChart(db, id)
  deleteChartRow(db, id)
  return { deleted: true }
}

export function listStyles(db: Db): SavedStyle[] {
  const saved = styleRows(db).flatMap((row) => {
    const parsed = houseStyleSchema.safeParse({ ...(JSON.parse(row.spec) as object), name: row.name })
    return parsed.success ? [{ style: parsed.data, isBuiltIn: false }] : []
  })
  return [...BUILT_IN_STYLES.map((style) => ({ style, isBuiltIn: true })), ...saved]
}

/** "Save as house style": fonts, colours, sizes, column widths and wording, under a name. */
export function saveStyle(db: Db, style: HouseStyle): SavedStyle {
  const parsed = houseStyleSchema.parse(style)
  if (builtInStyle(parsed.name))
    throw new AppError('bad_input', `"${parsed.name}" is a built-in house style: save yours under another name`)
  writeStyleRow(db, { name: parsed.name, spec: JSON.stringify(parsed) }, now())
  return { style: parsed, isBuiltIn: false }
}

export function deleteStyle(db: Db, name: string): { deleted: boolean } {
  if (builtInStyle(name)) throw new AppError('bad_input', `"${name}" is built in and cannot be deleted`)
  if (!deleteStyleRow(db, name)) throw new AppError('not_found', `There is no house style called "${name}"`)
  return { deleted: true }
}

const EXPORT_FOLDER_KEY = 'chartExportFolder'

export function lastExportFolder(db: Db): string | null {
  const value = getSetting(db, EXPORT_FOLDER_KEY)
  return typeof value === 'string' ? value : null
}

export function rememberExportFolder(db: Db, folder: string): void {
  setSetting(db, EXPORT_FOLDER_KEY, folder)
}

export type { SavedChart, SavedStyle }
