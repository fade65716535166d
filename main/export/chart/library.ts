// The project's saved charts (the `chart` table) and house styles (the `template` table): list,
// save, duplicate and delete. Specs are stored as JSON a person can read in the sqlite3 shell;
// nothing here draws.

import { parseChartSpec, type ChartSpec } from '../../contract/chart/spec'
import type { SavedChart, SavedStyle } from '../../contract/charts'
import { BUILT_IN_STYLES, builtInStyle, houseStyleSchema, type HouseStyle } from '../../contract/chart/theme'
import { AppError } from '../../contract/errors'
import type { Db } from '../../store/database'
import { now } from '../../store/keys'
import { getSetting, setSetting } from '../../store/settings'

interface ChartRow {
  id: number
  name: string
  spec: string
  created_at: string
  updated_at: string
}

/** A saved spec that no longer parses (a newer version's, or edited by hand) is still listed, with the house defaults. */
function toSaved(row: ChartRow): SavedChart {
  return { id: row.id, name: row.name, spec: parseChartSpec(JSON.parse(row.spec)), createdAt: row.created_at, updatedAt: row.updated_at }
}

export function listCharts(db: Db): SavedChart[] {
  const rows = db.prepare('SELECT id, name, spec, created_at, updated_at FROM chart ORDER BY updated_at DESC, id DESC').all() as ChartRow[]
  return rows.flatMap((row) => {
    try {
      return [toSaved(row)]
    } catch {
      return []
    }
  })
}

export function getChart(db: Db, id: number): SavedChart {
  const row = db.prepare('SELECT id, name, spec, created_at, updated_at FROM chart WHERE id = ?').get(id) as ChartRow | undefined
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
  const at = now()
  if (request.id !== undefined) {
    getChart(db, request.id)
    db.prepare('UPDATE chart SET name = ?, spec = ?, updated_at = ? WHERE id = ?').run(name, spec, at, request.id)
    return getChart(db, request.id)
  }
  const id = Number(
    db.prepare('INSERT INTO chart (name, spec, created_at, updated_at) VALUES (?, ?, ?, ?)').run(name, spec, at, at).lastInsertRowid
  )
  return getChart(db, id)
}

export function duplicateChart(db: Db, id: number): SavedChart {
  const original = getChart(db, id)
  return saveChart(db, { name: `${original.name} (copy)`, spec: original.spec })
}

export function deleteChart(db: Db, id: number): { deleted: boolean } {
  getChart(db, id)
  db.prepare('DELETE FROM chart WHERE id = ?').run(id)
  return { deleted: true }
}

export function listStyles(db: Db): SavedStyle[] {
  const rows = db.prepare('SELECT name, spec FROM template ORDER BY name').all() as { name: string; spec: string }[]
  const saved = rows.flatMap((row) => {
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
  db.prepare('INSERT INTO template (name, spec, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET spec = excluded.spec').run(
    parsed.name,
    JSON.stringify(parsed),
    now()
  )
  return { style: parsed, isBuiltIn: false }
}

export function deleteStyle(db: Db, name: string): { deleted: boolean } {
  if (builtInStyle(name)) throw new AppError('bad_input', `"${name}" is built in and cannot be deleted`)
  const result = db.prepare('DELETE FROM template WHERE name = ?').run(name)
  if (result.changes === 0) throw new AppError('not_found', `There is no house style called "${name}"`)
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
