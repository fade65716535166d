// Reads a file and works out what it holds, without touching the store: the parsed release,
// each row's area and each column's measure (with the reporter's remembered choices), and the
// preview a reporter checks before importing. Pure and synchronous: runs in a worker thread too.

import { aliasKey } from '../contract/areas'
import { findMeasureById, type MeasureDefinition } from '../contract/measures'
import type { ImportPreview } from '../contract/types'
import type { AreaRef, CatalogueSnapshot } from '../store/catalogue'
import { recognise, RECOGNISER_LABELS } from './registry'
import type { ParsedRelease } from './types'
import { areasBySlug, assignAreas, previewTable, unknownAreasOf, unmatchedRowsWarnings, type AreaAssignments } from './preview'
import { readWorkbook } from './workbook'
import { sha256Of } from './digest'

export type { AreaAssignments, AreaRef, CatalogueSnapshot }

export interface Analysis {
  fileName: string
  sha256: string
  sizeBytes: number
  parsed: ParsedRelease
  areas: AreaAssignments
  preview: Omit<ImportPreview, 'previewId' | 'duplicateOf'>
}

/** The snapshot's records come from the store as plain objects: a row labelled "constructor" is not a key of theirs. */

export type ProgressListener = (phase: string, progress: number) => void

/** A file to analyse: its name and bytes. */
export interface FileToAnalyse {
  fileName: string
  bytes: Uint8Array
}

function rememberedMeasure(id: string, catalogue: CatalogueSnapshot): MeasureDefinition {
  const known = findMeasureById(id)
  if (known) return known
  const label = catalogue.measures.get(id)?.label ?? id
  return { id, label, unit: /rate|per 100/i.test(label) ? 'rate' : 'count', kind: 'unknown', category: null, level: null, aliases: [] }
}

/** Columns the reporter mapped before keep that mapping in every later file with the same header. */
function applyRememberedColumns(parsed: ParsedRelease, catalogue: CatalogueSnapshot): void {
  // A table has a few column labels and thousands of cells: each label is looked up once.
  const rememberedFor = new Map<string, string | undefined>()
  for (const table of parsed.tables) {
    for (const observation of table.observations) {
      let remembered = rememberedFor.get(observation.columnLabel)
      if (!rememberedFor.has(observation.columnLabel)) {
        remembered = catalogue.rememberedColumns.get(aliasKey(observation.columnLabel))
        rememberedFor.set(observation.columnLabel, remembered)
      }
      if (remembered && remembered !== observation.measure.id) observation.measure = rememberedMeasure(remembered, catalogue)
    }
  }
}

/** Reads a file, recognises its tables, matches them to the store's areas and measures, and drafts the preview. */
export function analyseFile(input: FileToAnalyse, catalogue: CatalogueSnapshot, onProgress: ProgressListener = () => undefined): Analysis {
  onProgress('Checking the file', 0.05)
  const workbook = readWorkbook(input.bytes, onProgress)
  onProgress('Recognising tables', 0.6)
  const parsed = recognise(workbook, { fileName: input.fileName })
  applyRememberedColumns(parsed, catalogue)
  onProgress('Matching areas and measures', 0.85)
  const areas = parsed.tables.map((table) => assignAreas(table, catalogue))
  const byslug = areasBySlug(catalogue)
  const unknownAreas = unknownAreasOf(parsed.tables, areas)
  const warnings = [...parsed.warnings, ...unmatchedRowsWarnings(unknownAreas)]
  const preview = {
    fileName: input.fileName,
    format: parsed.format,
    sizeBytes: input.bytes.length,
    recogniser: parsed.recogniser,
    recogniserLabel: RECOGNISER_LABELS[parsed.recogniser] ?? parsed.recogniser,
    isGeneric: parsed.recogniser === 'generic',
    editionLabel: parsed.editionLabel,
    period: parsed.period?.key ?? null,
    tables: parsed.tables.map((table, index) => previewTable(table, index, areas[index], byslug)),
    footnotes: parsed.footnotes,
    warnings,
    unknownAreas
  }
  onProgress('Ready to import', 1)
  return { fileName: input.fileName, sha256: sha256Of(input.bytes), sizeBytes: input.bytes.length, parsed, areas, preview }
}
