// Writes a recognised release into the store in one transaction, resolving row labels to
// areas through the alias table; lists releases and their tables, and gives back a release's kept
// file and stored cells. Never parses files.

import { AppError, printable } from '../contract/errors'
import { CELL_STATUSES } from '../contract/markers'
import type { CellFigure, ReleaseImpact, StoredRelease, StoredTable } from '../contract/types'
import { EDITION_ORDER_SQL } from '../domain/precedence'
import type { ParsedObservation, ParsedRelease } from './release-shapes'
import { upsertMeasure } from './catalogue'
import { writeTransaction, type Db } from './database'

export interface WriteResult {
  releaseId: number
  tableIds: number[]
  observations: number
  matchedAreas: number
  unknownRowLabels: string[]
}

const KNOWN_STATUSES: ReadonlySet<string> = new Set(CELL_STATUSES)

/**
 * A cell is stored with what it means, or the file is refused naming the cell: a reading the
 * store cannot hold never reaches SQLite's NOT NULL or CHECK constraints as an internal error.
 */
function checkReading(observation: ParsedObservation): void {
  if (KNOWN_STATUSES.has(observation.reading?.status)) return
  throw new AppError(
    'unsupported_file',
    `The cell ${observation.sheet}!${observation.cell} ("${printable(observation.raw, 40)}") could not be read as a figure, a marker or text, so nothing was stored`
  )
}

const OBSERVATION_COLUMNS =
  'release_id, source_table_id, row_label, column_label, area_id, measure_id, period, period_label, value, stored_value, status, raw, sheet, cell, row_index, col_index, footnotes'
const OBSERVATION_FIELDS = OBSERVATION_COLUMNS.split(', ').length
/**
 * Rows per INSERT: a statement of 200 rows costs SQLite one parse-and-step where 200 one-row
 * statements cost 200 (a 148,000-row ODS wrote in a third of the time); 200 × 17 values stays
 * far below SQLite's 32,766 bound parameters.
 */
const ROWS_PER_INSERT = 200

/** Inserts observations in order, many rows to a statement, all statements prepared once. */
function observationInserter(db: Db): { add: (...values: unknown[]) => void; flush: () => void } {
  const statement = (rows: number) =>
    db.prepare(
      `INSERT INTO observation (${OBSERVATION_COLUMNS}) VALUES ${Array.from({ length: rows }, () => `(${Array(OBSERVATION_FIELDS).fill('?').join(', ')})`).join(', ')}`
    )
  const many = statement(ROWS_PER_INSERT)
  const one = statement(1)
  let pending: unknown[] = []
  return {
    add(...values) {
      pending.push(...values)
      if (pending.length === ROWS_PER_INSERT * OBSERVATION_FIELDS) {
        many.run(pending)
        pending = []
      }
    },
    flush() {
      for (let at = 0; at < pending.length; at += OBSERVATION_FIELDS) one.run(pending.slice(at, at + OBSERVATION_FIELDS))
      pending = []
    }
  }
}

export function findReleaseBySha(db: Db, sha256: string): number | undefined {
  return db.prepare('SELECT id FROM release WHERE sha256 = ?').pluck().get(sha256) as number | undefined
}

/**
 * Writes a release in one transaction. `areas[i]` maps each row label of table i to an area
 * slug, or null where the row is not an area; the caller decides (see import/analyse.ts).
 */
export function writeRelease(
  db: Db,
  file: { fileName: string; bytes: Uint8Array; sha256: string; isSample: boolean },
  parsed: ParsedRelease,
  areas: Map<string, string | null>[]
): WriteResult {
  const insertRelease = db.prepare(`INSERT INTO release
    (file_name, sha256, size_bytes, bytes, format, recogniser, edition_label, period, period_label, is_sample, imported_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const insertTable = db.prepare(`INSERT INTO source_table (release_id, ordinal, sheet, title, header_row, layout, notes)
    VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const insertFootnote = db.prepare('INSERT OR REPLACE INTO footnote (release_id, ref, text) VALUES (?, ?, ?)')
  const insertObservations = observationInserter(db)
  const areaBySlug = db.prepare('SELECT id FROM area WHERE slug = ?').pluck()
  // Every observation names a measure: look each one up once, not once per cell.
  const knownMeasures = new Set(db.prepare('SELECT id FROM measure').pluck().all() as string[])
  const nextMeasureOrder = db.prepare('SELECT coalesce(max(sort_order), 0) + 1 FROM measure').pluck()

  return writeTransaction(db, (): WriteResult => {
    const releaseId = Number(
      insertRelease.run(
        file.fileName,
        file.sha256,
        file.bytes.length,
        Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
        parsed.format,
        parsed.recogniser,
        parsed.editionLabel,
        parsed.period?.key ?? null,
        parsed.period?.label ?? null,
        file.isSample ? 1 : 0,
        new Date().toISOString()
      ).lastInsertRowid
    )
    for (const footnote of parsed.footnotes) insertFootnote.run(releaseId, footnote.ref, footnote.text)

    const idCache = new Map<string, number>()
    const areaId = (slug: string | null | undefined): number | null => {
      if (!slug) return null
      if (!idCache.has(slug)) {
        const id = areaBySlug.get(slug) as number | undefined
        if (id === undefined) throw new AppError('bad_input', `Unknown area "${slug}" in the import mappings`)
        idCache.set(slug, id)
      }
      return idCache.get(slug)!
    }
    const tableIds: number[] = []
    const unknown = new Set<string>()
    const matched = new Set<number>()
    let observations = 0
    parsed.tables.forEach((table, ordinal) => {
      const tableId = Number(
        insertTable.run(releaseId, ordinal, table.sheet, table.title ?? null, table.headerRow, table.layout, table.notes.join('\n') || null)
          .lastInsertRowid
      )
      tableIds.push(tableId)
      const assignment = areas[ordinal] ?? new Map<string, string | null>()
      const isAreaTable = [...assignment.values()].some((slug) => slug !== null)
      const tableAreas = table.observations.map((observation) => areaId(assignment.get(observation.rowLabel)))
      table.observations.forEach((observation, index) => {
        if (!knownMeasures.has(observation.measure.id)) {
          upsertMeasure(db, observation.measure, nextMeasureOrder.get() as number, true)
          knownMeasures.add(observation.measure.id)
        }
        checkReading(observation)
        const areaId = tableAreas[index]
        if (areaId !== null) matched.add(areaId)
        else if (isAreaTable) unknown.add(observation.rowLabel)
        insertObservations.add(
          releaseId,
          tableId,
          observation.rowLabel,
          observation.columnLabel,
          areaId,
          observation.measure.id,
          observation.period?.key ?? null,
          observation.period?.label ?? null,
          observation.reading.value,
          observation.reading.stored ?? null,
          observation.reading.status,
          observation.raw,
          observation.sheet,
          observation.cell,
          observation.rowIndex,
          observation.colIndex,
          observation.reading.footnotes.length > 0 ? observation.reading.footnotes.join(' ') : null
        )
        observations++
      })
    })
    insertObservations.flush()
    return { releaseId, tableIds, observations, matchedAreas: matched.size, unknownRowLabels: [...unknown] }
  })
}

/** Every release (or only the one with `releaseId`) with its tables, in edition order. */
function releasesWith(db: Db, releaseId?: number): StoredRelease[] {
  const only = releaseId === undefined ? [] : [releaseId]
  const releases = db
    .prepare(
      `SELECT id, file_name AS fileName, sha256, size_bytes AS sizeBytes, format, recogniser,
      edition_label AS editionLabel, period, is_sample AS isSample, imported_at AS importedAt
      FROM release r ${only.length > 0 ? 'WHERE r.id = ?' : ''} ORDER BY ${EDITION_ORDER_SQL}`
    )
    .all(...only) as (Omit<StoredRelease, 'tables' | 'isSample'> & { isSample: number })[]
  const tables = db
    .prepare(
      `SELECT t.id, t.release_id AS releaseId, t.ordinal, t.sheet, t.title, t.header_row AS headerRow, t.layout,
      (SELECT count(*) FROM observation o WHERE o.source_table_id = t.id) AS observations
      FROM source_table t ${only.length > 0 ? 'WHERE t.release_id = ?' : ''} ORDER BY t.release_id, t.ordinal`
    )
    .all(...only) as (StoredTable & { releaseId: number })[]
  return releases.map((release) => ({
    ...release,
    isSample: release.isSample === 1,
    tables: tables.filter((table) => table.releaseId === release.id).map(({ releaseId: _, ...table }) => table)
  }))
}

export const listReleases = (db: Db): StoredRelease[] => releasesWith(db)

/** One release with its tables; undefined where the store has none with that id. */
export const findRelease = (db: Db, releaseId: number): StoredRelease | undefined => releasesWith(db, releaseId)[0]

/** The file a release was imported from, as the store keeps it. */
export function releaseBytes(db: Db, releaseId: number): Uint8Array {
  return new Uint8Array(db.prepare('SELECT bytes FROM release WHERE id = ?').pluck().get(releaseId) as Buffer)
}

/** Each figure a release stored, by the sheet and cell it was read from, in the order it was written. */
export function releaseCells(db: Db, releaseId: number): (CellFigure & { sheet: string; cell: string })[] {
  return db
    .prepare('SELECT sheet, cell, value, status, raw FROM observation WHERE release_id = ? ORDER BY id')
    .all(releaseId) as (CellFigure & { sheet: string; cell: string })[]
}

/** A release as a source line and a citation name it. */
export interface EditionRef {
  releaseId: number
  editionLabel: string
  fileName: string
  isSample: boolean
}

const EDITION_COLUMNS = 'r.id AS releaseId, r.edition_label AS editionLabel, r.file_name AS fileName, r.is_sample AS isSample'

type EditionRow = Omit<EditionRef, 'isSample'> & { isSample: number }

const toEdition = (row: EditionRow): EditionRef => ({ ...row, isSample: row.isSample === 1 })

/** The releases whose `column` is one of `values`, newest edition first. */
function editionsWhere(db: Db, column: 'r.id' | 'r.edition_label', values: readonly (number | string)[]): EditionRef[] {
  const unique = [...new Set(values)]
  if (unique.length === 0) return []
  const rows = db
    .prepare(
      `SELECT ${EDITION_COLUMNS} FROM release r WHERE ${column} IN (${unique.map(() => '?').join(', ')}) ORDER BY ${EDITION_ORDER_SQL}`
    )
    .all(...unique) as EditionRow[]
  return rows.map(toEdition)
}

/** The editions with these release ids, newest first. */
export function editionsWithIds(db: Db, releaseIds: readonly number[]): EditionRef[] {
  return editionsWhere(db, 'r.id', releaseIds)
}

/** The editions with these labels ("MAPPA annual report 2021/22"), newest first. */
export function editionsLabelled(db: Db, labels: readonly string[]): EditionRef[] {
  return editionsWhere(db, 'r.edition_label', labels)
}

/** The text of each footnote of these releases, by release id then by its reference ("1", "[note 1]"). */
export function releaseFootnotes(db: Db, releaseIds: readonly number[]): Map<number, Map<string, string>> {
  const unique = [...new Set(releaseIds)]
  const footnotes = new Map<number, Map<string, string>>(unique.map((id) => [id, new Map()]))
  if (unique.length === 0) return footnotes
  const rows = db
    .prepare(`SELECT release_id AS releaseId, ref, text FROM footnote WHERE release_id IN (${unique.map(() => '?').join(', ')})`)
    .all(...unique) as { releaseId: number; ref: string; text: string }[]
  for (const row of rows) footnotes.get(row.releaseId)!.set(row.ref, row.text)
  return footnotes
}

function impactOf(db: Db, releaseId: number): ReleaseImpact {
  const row = db.prepare(`SELECT ${EDITION_COLUMNS} FROM release r WHERE r.id = ?`).get(releaseId) as EditionRow | undefined
  if (!row) throw new AppError('not_found', `Release ${releaseId} is not in the store (was it removed already?)`)
  const count = (sql: string) => db.prepare(sql).pluck().get({ id: releaseId }) as number
  return {
    ...toEdition(row),
    figures: count('SELECT count(*) FROM observation WHERE release_id = @id'),
    currentFigures: count('SELECT count(*) FROM current_figure WHERE release_id = @id'),
    // Edits and notes on the figures this release holds (by their key), and notes on the release itself.
    edits: count(`SELECT count(*) FROM edit e WHERE e.undone_at IS NULL AND EXISTS (SELECT 1 FROM observation o WHERE o.release_id = @id
      AND o.area_id = e.area_id AND o.measure_id = e.measure_id AND o.period = e.period)`),
    notes:
      count(`SELECT count(*) FROM annotation n WHERE n.deleted_at IS NULL AND (n.release_id = @id OR (n.target_kind = 'cell' AND EXISTS (
      SELECT 1 FROM observation o WHERE o.release_id = @id AND o.area_id = n.area_id AND o.measure_id = n.measure_id AND o.period = n.period)))`)
  }
}

/** What removing a release would touch: for the confirmation a reporter reads first. */
export function releaseImpact(db: Db, releaseId: number): ReleaseImpact {
  return impactOf(db, releaseId)
}

/**
 * Removes a release and its figures in one transaction. Edits and notes are never deleted with
 * it: edits stay on their figures (the next edition's figure, or none until one is imported), and
 * notes on the release keep its name.
 */
export function removeRelease(db: Db, releaseId: number): ReleaseImpact {
  return writeTransaction(db, () => {
    const impact = impactOf(db, releaseId)
    db.prepare('UPDATE annotation SET release_label = ?, release_id = NULL WHERE release_id = ?').run(impact.editionLabel, releaseId)
    db.prepare('DELETE FROM release WHERE id = ?').run(releaseId)
    return impact
  })
}

/** How many releases and figures the store holds. */
export function storeCounts(db: Db): { releases: number; observations: number } {
  return db.prepare('SELECT (SELECT count(*) FROM release) AS releases, (SELECT count(*) FROM observation) AS observations').get() as {
    releases: number
    observations: number
  }
}
