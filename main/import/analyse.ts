// Reads a file and works out what it holds, without touching the store: the parsed release,
// each row's area and each column's measure (with the reporter's remembered choices), and the
// preview a reporter checks before importing. Pure and synchronous: runs in a worker thread too.

import { createHash } from 'node:crypto'
import { aliasKey } from '../contract/areas'
import { findMeasureById, type MeasureDefinition } from '../contract/measures'
import type { ImportPreview, ImportWarning, MarkerCounts, PreviewColumn, PreviewRow, PreviewTable } from '../contract/types'
import type { AreaRef, CatalogueSnapshot } from '../store/catalogue'
import { recognise, RECOGNISER_LABELS } from './registry'
import type { ParsedRelease, ParsedTable } from './types'
import { readWorkbook } from './workbook'

export type { AreaRef, CatalogueSnapshot }

/** Per table: row label → area slug, or null where the row is not one of the areas. */
export type AreaAssignments = Map<string, string | null>[]

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

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
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

/**
 * Which rows are areas. "Total" alone names England and Wales only in a table that also names
 * an area; in any other table (age bands, ethnic groups) it is that table's own total.
 */
export function assignAreas(table: ParsedTable, catalogue: CatalogueSnapshot): Map<string, string | null> {
  const labels = [...new Set(table.observations.map((observation) => observation.rowLabel))]
  const found = labels.map((label) => catalogue.areas.get(aliasKey(label)))
  const isAreaTable = labels.some((label, index) => found[index] !== undefined && aliasKey(label) !== 'total')
  return new Map(labels.map((label, index) => [label, isAreaTable ? (found[index]?.slug ?? null) : null]))
}

function isAreaTable(assignment: Map<string, string | null>): boolean {
  return [...assignment.values()].some((slug) => slug !== null)
}

export function countMarkers(table: ParsedTable): MarkerCounts {
  const counts: MarkerCounts = { values: 0, nils: 0, suppressed: 0, notAvailable: 0, notApplicable: 0, flagged: 0, text: 0 }
  for (const { reading } of table.observations) {
    if (reading.status === 'value') counts.values++
    else if (reading.status === 'nil') counts.nils++
    else if (reading.status === 'suppressed') counts.suppressed++
    else if (reading.status === 'not_available') counts.notAvailable++
    else if (reading.status === 'not_applicable') counts.notApplicable++
    else if (reading.status === 'text') counts.text++
    else counts.flagged++
  }
  return counts
}

export function previewTable(table: ParsedTable, index: number, areas: Map<string, string | null>, byslug: Map<string, AreaRef>): PreviewTable {
  const columns = new Map<number, PreviewColumn>()
  const rows = new Map<string, PreviewRow>()
  const periods = new Set<string>()
  for (const observation of table.observations) {
    if (observation.period) periods.add(observation.period.key)
    if (!columns.has(observation.colIndex)) {
      columns.set(observation.colIndex, {
        column: observation.colIndex,
        header: observation.columnLabel,
        measureId: observation.measure.id,
        measureLabel: observation.measure.label,
        isCustom: observation.measure.id.startsWith('custom:'),
        period: table.layout === 'series' ? (observation.period?.key ?? null) : null,
        footnotes: table.columnFootnotes[observation.colIndex] ?? []
      })
    }
    if (!rows.has(observation.rowLabel)) {
      const slug = areas.get(observation.rowLabel) ?? null
      const area = slug ? byslug.get(slug) : undefined
      rows.set(observation.rowLabel, { label: observation.rowLabel, areaSlug: slug, areaName: area?.name ?? null, areaKind: area?.kind ?? null })
    }
  }
  const single = periods.size === 1 ? [...periods][0] : null
  return {
    index,
    sheet: table.sheet,
    title: table.title ?? null,
    headerRow: table.headerRow,
    layout: table.layout,
    period: table.period?.key ?? single,
    periodSource: table.period ? (table.periodSource ?? null) : single ? (table.periodSource ?? null) : null,
    columns: [...columns.values()].sort((a, b) => a.column - b.column),
    rows: [...rows.values()],
    counts: countMarkers(table),
    observations: table.observations.length
  }
}

export function areasBySlug(catalogue: CatalogueSnapshot): Map<string, AreaRef> {
  return new Map([...catalogue.areas.values()].map((area) => [area.slug, area]))
}

export function unknownAreasOf(tables: ParsedTable[], areas: AreaAssignments): string[] {
  const unknown = new Set<string>()
  tables.forEach((_, index) => {
    if (!isAreaTable(areas[index])) return
    for (const [label, slug] of areas[index]) if (slug === null) unknown.add(label)
  })
  return [...unknown]
}

/** The warning for rows that match no area (none when every row matched), naming the first eight. */
export function unmatchedRowsWarnings(labels: string[]): ImportWarning[] {
  if (labels.length === 0) return []
  return [{ code: 'unmatched_rows', message: `Rows not matched to a MAPPA area: ${labels.slice(0, 8).join(', ')}${labels.length > 8 ? '…' : ''}` }]
}

export function analyseFile(input: { fileName: string; bytes: Uint8Array }, catalogue: CatalogueSnapshot, onProgress: ProgressListener = () => undefined): Analysis {
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
