// The project's saved charts (the `chart` table) and house styles (the `template` table), each
// kept as JSON a person can read in the sqlite3 shell. Rows only: parsing and the built-in
// styles belong to export/chart/library.ts.

import { writeTransaction, type Db } from './transaction'

export interface ChartRow {
  id: number
  name: string
  /** The chart spec as JSON. */
  spec: string
  created_at: string
  updated_at: string
}

export interface StyleRow {
  name: string
  /** The house style as JSON. */
  spec: string
}

const CHART_COLUMNS = 'id, name, spec, created_at, updated_at'

/** The most recently changed first. */
export function chartRows(db: Db): ChartRow[] {
  return db.prepare(`SELECT ${CHART_COLUMNS} FROM chart ORDER BY updated_at DESC, id DESC`).all() as ChartRow[]
}

export function chartRow(db: Db, id: number): ChartRow | undefined {
  return db.prepare(`SELECT ${CHART_COLUMNS} FROM chart WHERE id = ?`).get(id) as ChartRow | undefined
}

/** Writes a new chart, or the chart with `id` over; the id of the row written. */
export function writeChartRow(db: Db, chart: { id?: number; name: string; spec: string }, at: string): number {
  return writeTransaction(db, () => {
    if (chart.id !== undefined) {
      db.prepare('UPDATE chart SET name = ?, spec = ?, updated_at = ? WHERE id = ?').run(chart.name, chart.spec, at, chart.id)
      return chart.id
    }
    const inserted = db
      .prepare('INSERT INTO chart (name, spec, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(chart.name, chart.spec, at, at)
    return Number(inserted.lastInsertRowid)
  })
}

export function deleteChartRow(db: Db, id: number): void {
  writeTransaction(db, () => db.prepare('DELETE FROM chart WHERE id = ?').run(id))
}

/** By name. */
export function styleRows(db: Db): StyleRow[] {
  return db.prepare('SELECT name, spec FROM template ORDER BY name').all() as StyleRow[]
}

/** The saved style's JSON, or undefined where none has that name. */
export function styleSpec(db: Db, name: string): string | undefined {
  return db.prepare('SELECT spec FROM template WHERE name = ?').pluck().get(name) as string | undefined
}

/** Saves a style under its name, over one saved before under the same name. */
export function writeStyleRow(db: Db, style: StyleRow, at: string): void {
  writeTransaction(db, () =>
    db
      .prepare('INSERT INTO template (name, spec, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET spec = excluded.spec')
      .run(style.name, style.spec, at)
  )
}

/** Whether a style of that name was there to delete. */
export function deleteStyleRow(db: Db, name: string): boolean {
  return writeTransaction(db, () => db.prepare('DELETE FROM template WHERE name = ?').run(name).changes > 0)
}
