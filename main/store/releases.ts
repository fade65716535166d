// Writes a recognised release into the store in one transaction, resolving row labels to
// areas through the alias table; lists releases and their tables. Never parses files.

import { aliasKey } from '../domain/areas'
import type { StoredRelease, StoredTable } from '../contract/types'
import type { ParsedRelease } from '../import/types'
import { upsertMeasure } from './catalogue'
import type { Db } from './database'

export interface WriteResult {
  releaseId: number
  tableIds: number[]
  observations: number
  matchedAreas: number
  unknownRowLabels: string[]
}

export function findReleaseBySha(db: Db, sha256: string): number | undefined {
  return db.prepare('SELECT id FROM release WHERE sha256 = ?').pluck().get(sha256) as number | undefined
}

export function writeRelease(
  db: Db,
  file: { fileName: string; bytes: Uint8Array; sha256: string; isSample: boolean },
  parsed: ParsedRelease
): WriteResult {
  const insertRelease = db.prepare(`INSERT INTO release
    (file_name, sha256, size_bytes, bytes, format, recogniser, edition_label, period, period_label, is_sample, imported_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const insertTable = db.prepare(`INSERT INTO source_table (release_id, ordinal, sheet, title, header_row, layout, notes)
    VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const insertFootnote = db.prepare('INSERT OR REPLACE INTO footnote (release_id, ref, text) VALUES (?, ?, ?)')
  const insertObservation = db.prepare(`INSERT INTO observation
    (release_id, source_table_id, row_label, column_label, area_id, measure_id, period, period_label, value, status, raw, sheet, cell, row_index, col_index, footnotes)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const areaByAlias = db.prepare('SELECT area_id FROM area_alias WHERE alias_key = ?').pluck()
  const knownMeasure = db.prepare('SELECT 1 FROM measure WHERE id = ?').pluck()
  const nextMeasureOrder = db.prepare('SELECT coalesce(max(sort_order), 0) + 1 FROM measure').pluck()

  return db.transaction((): WriteResult => {
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

    const areaCache = new Map<string, number | null>()
    const resolveArea = (label: string) => {
      const key = aliasKey(label)
      if (!areaCache.has(key)) areaCache.set(key, (areaByAlias.get(key) as number | undefined) ?? null)
      return areaCache.get(key)!
    }
    const tableIds: number[] = []
    const unknown = new Set<string>()
    const matched = new Set<number>()
    let observations = 0
    parsed.tables.forEach((table, ordinal) => {
      const tableId = Number(
        insertTable.run(releaseId, ordinal, table.sheet, table.title ?? null, table.headerRow, table.layout, table.notes.join('\n') || null).lastInsertRowid
      )
      tableIds.push(tableId)
      const resolved = table.observations.map((observation) => resolveArea(observation.rowLabel))
      // "Total" alone names England and Wales only in a table that also names an area; in any
      // other table (ethnic groups, age bands) it is that table's own total.
      const isAreaTable = table.observations.some((observation, index) => resolved[index] !== null && aliasKey(observation.rowLabel) !== 'total')
      const tableAreas = resolved.map((id) => (isAreaTable ? id : null))
      table.observations.forEach((observation, index) => {
        if (!knownMeasure.get(observation.measure.id)) {
          upsertMeasure(db, observation.measure, nextMeasureOrder.get() as number, true)
        }
        const areaId = tableAreas[index]
        if (areaId !== null) matched.add(areaId)
        else if (isAreaTable) unknown.add(observation.rowLabel)
        insertObservation.run(
          releaseId,
          tableId,
          observation.rowLabel,
          observation.columnLabel,
          areaId,
          observation.measure.id,
          observation.period?.key ?? null,
          observation.period?.label ?? null,
          observation.reading.value,
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
    return { releaseId, tableIds, observations, matchedAreas: matched.size, unknownRowLabels: [...unknown] }
  })()
}

export function listReleases(db: Db): StoredRelease[] {
  const releases = db
    .prepare(`SELECT id, file_name AS fileName, sha256, size_bytes AS sizeBytes, format, recogniser,
      edition_label AS editionLabel, period, is_sample AS isSample, imported_at AS importedAt
      FROM release ORDER BY period IS NULL, period DESC, id DESC`)
    .all() as (Omit<StoredRelease, 'tables' | 'isSample'> & { isSample: number })[]
  const tables = db
    .prepare(`SELECT t.id, t.release_id AS releaseId, t.ordinal, t.sheet, t.title, t.header_row AS headerRow, t.layout,
      (SELECT count(*) FROM observation o WHERE o.source_table_id = t.id) AS observations
      FROM source_table t ORDER BY t.release_id, t.ordinal`)
    .all() as (StoredTable & { releaseId: number })[]
  return releases.map((release) => ({
    ...release,
    isSample: release.isSample === 1,
    tables: tables.filter((table) => table.releaseId === release.id).map(({ releaseId: _, ...table }) => table)
  }))
}
