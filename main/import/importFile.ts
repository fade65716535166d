// Imports one file into the store: sniff, read, recognise, then write in a single transaction.
// All or nothing: any failure before the commit leaves the store exactly as it was.

import { createHash } from 'node:crypto'
import type { ImportSummary } from '../contract/types'
import type { Store } from '../store/database'
import { findReleaseBySha, writeRelease } from '../store/releases'
import { recognise } from './registry'
import { readWorkbook } from './workbook'

export type { ImportSummary }

export interface ImportRequest {
  fileName: string
  bytes: Uint8Array
  isSample?: boolean
}

export function importFile(store: Store, request: ImportRequest): ImportSummary {
  const sha256 = createHash('sha256').update(request.bytes).digest('hex')
  const existing = findReleaseBySha(store.db, sha256)
  if (existing !== undefined) return duplicateSummary(store, existing)

  const workbook = readWorkbook(request.bytes)
  const parsed = recognise(workbook, { fileName: request.fileName })
  const written = writeRelease(store.db, { fileName: request.fileName, bytes: request.bytes, sha256, isSample: request.isSample ?? false }, parsed)
  const warnings = [...parsed.warnings]
  if (written.unknownRowLabels.length > 0) {
    warnings.push(`Rows not matched to a MAPPA area: ${written.unknownRowLabels.slice(0, 8).join(', ')}${written.unknownRowLabels.length > 8 ? '…' : ''}`)
  }
  return {
    status: 'imported',
    releaseId: written.releaseId,
    fileName: request.fileName,
    editionLabel: parsed.editionLabel,
    period: parsed.period?.key ?? null,
    recogniser: parsed.recogniser,
    format: parsed.format,
    tables: parsed.tables.map((table, index) => ({
      id: written.tableIds[index],
      sheet: table.sheet,
      title: table.title ?? null,
      layout: table.layout,
      observations: table.observations.length
    })),
    observations: written.observations,
    matchedAreas: written.matchedAreas,
    unknownRowLabels: written.unknownRowLabels,
    warnings
  }
}

function duplicateSummary(store: Store, releaseId: number): ImportSummary {
  const release = store.db
    .prepare('SELECT file_name AS fileName, edition_label AS editionLabel, period, recogniser, format FROM release WHERE id = ?')
    .get(releaseId) as { fileName: string; editionLabel: string; period: string | null; recogniser: string; format: string }
  const tables = store.db
    .prepare(`SELECT t.id, t.sheet, t.title, t.layout, (SELECT count(*) FROM observation o WHERE o.source_table_id = t.id) AS observations
      FROM source_table t WHERE t.release_id = ? ORDER BY t.ordinal`)
    .all(releaseId) as ImportSummary['tables']
  return {
    status: 'duplicate',
    releaseId,
    ...release,
    tables,
    observations: tables.reduce((sum, table) => sum + table.observations, 0),
    matchedAreas: 0,
    unknownRowLabels: [],
    warnings: [`Already imported as "${release.editionLabel}" (${release.fileName}): nothing was stored twice`]
  }
}
