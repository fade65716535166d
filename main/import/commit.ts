// Writes an analysed file into the store with the reporter's corrections, in one transaction,
// remembers those corrections for later files, and reports what was stored and what it revised.

import type { ImportMappings, ImportSummary } from '../contract/types'
import { findMeasureById, type MeasureDefinition } from '../contract/measures'
import { AppError } from '../contract/errors'
import { backUp } from '../store/backup'
import { catalogueSnapshot, rememberAreaAlias, rememberMeasureAlias } from '../store/catalogue'
import { writeTransaction, type Store } from '../store/database'
import { findReleaseBySha, writeRelease } from '../store/releases'
import { listRevisions } from '../store/revisions'
import type { Analysis } from './analyse'
import { areasBySlug, previewTable, unknownAreasOf, unmatchedRowsWarnings, type AreaAssignments } from './preview'
import type { ParsedRelease } from './types'
import type { Period } from '../contract/periods'

function measureById(store: Store, id: string): MeasureDefinition {
  const known = findMeasureById(id)
  if (known) return known
  const row = store.db.prepare('SELECT id, label, unit, kind, category, level FROM measure WHERE id = ?').get(id) as
    (Omit<MeasureDefinition, 'aliases'> & { unit: 'count' | 'rate' }) | undefined
  if (!row) throw new AppError('bad_input', `Unknown measure "${id}" in the import mappings`)
  return { ...row, aliases: [] }
}

/** Applies column and period corrections to a copy of the parsed release. */
function applyMappings(store: Store, parsed: ParsedRelease, mappings: ImportMappings): ParsedRelease {
  const columnMeasures = new Map<string, MeasureDefinition>()
  for (const { table, column, measureId } of mappings.columns ?? []) columnMeasures.set(`${table}:${column}`, measureById(store, measureId))
  const periods = new Map((mappings.periods ?? []).map(({ table, period }) => [table, period]))
  // Nothing to apply (the one-step import, most previews): the tables stay as read, uncopied.
  const tables =
    columnMeasures.size === 0 && periods.size === 0
      ? parsed.tables
      : parsed.tables.map((table, index) => {
          const period = periods.get(index)
          const periodValue = period ? { key: period, label: period } : undefined
          return {
            ...table,
            period: periodValue && table.layout === 'wide' ? periodValue : table.period,
            periodSource: periodValue && table.layout === 'wide' ? 'set by hand' : table.periodSource,
            observations: table.observations.map((observation) => ({
              ...observation,
              measure: columnMeasures.get(`${index}:${observation.colIndex}`) ?? observation.measure,
              period: periodValue && table.layout === 'wide' ? periodValue : observation.period
            }))
          }
        })
  // The edition's own year includes a period the reporter set by hand, so its figures can lead.
  const period = latestPeriodOf([
    parsed.period,
    ...tables.flatMap((table) => [table.period, ...table.observations.map((observation) => observation.period)])
  ])
  return { ...parsed, period, tables }
}

function latestPeriodOf(periods: (Period | undefined)[]): Period | undefined {
  return periods.reduce<Period | undefined>(
    (latest, period) => (period && (!latest || period.key > latest.key) ? period : latest),
    undefined
  )
}

/** The reporter's row mappings by label, own keys only: a row called "toString" maps nothing it did not choose. */
const chosenAreas = (mappings: ImportMappings) => new Map(Object.entries(mappings.areas ?? {}))

function applyAreaMappings(areas: AreaAssignments, mappings: ImportMappings): AreaAssignments {
  const chosen = chosenAreas(mappings)
  return areas.map((assignment) => new Map([...assignment].map(([label, slug]) => [label, chosen.has(label) ? chosen.get(label)! : slug])))
}

function remember(store: Store, analysis: Analysis, mappings: ImportMappings): void {
  if (mappings.remember === false) return
  for (const [label, slug] of chosenAreas(mappings)) if (slug) rememberAreaAlias(store.db, label, slug)
  for (const { table, column, measureId } of mappings.columns ?? []) {
    const header = analysis.parsed.tables[table]?.observations.find((observation) => observation.colIndex === column)?.columnLabel
    if (header) rememberMeasureAlias(store.db, header, measureId)
  }
}

/**
 * Whether any other release has a figure for an (area, measure, period) this one has: without
 * one there can be no revision, and the revision view (which ranks every stored figure) is skipped.
 */
function sharesAFigureKey(store: Store, releaseId: number): boolean {
  // The first release of a database shares nothing; asked before anything is looked up.
  if (store.db.prepare('SELECT 1 FROM release WHERE id <> ? LIMIT 1').pluck().get(releaseId) === undefined) return false
  // One statement over the stored figures, by their tables (indexed) and each key (indexed), stopping at the first shared one.
  return (
    store.db
      .prepare(
        `SELECT 1 FROM observation o
         WHERE o.source_table_id IN (SELECT id FROM source_table WHERE release_id = ?) AND o.area_id IS NOT NULL AND o.period IS NOT NULL
           AND EXISTS (SELECT 1 FROM observation p WHERE p.area_id = o.area_id AND p.measure_id = o.measure_id AND p.period = o.period AND p.release_id <> o.release_id)
         LIMIT 1`
      )
      .pluck()
      .get(releaseId) !== undefined
  )
}

export const SAMPLE_EDITION_LABEL = 'Sample data (published figures as quoted by local newspapers)'

export function duplicateSummary(store: Store, releaseId: number): ImportSummary {
  const release = store.db
    .prepare('SELECT file_name AS fileName, edition_label AS editionLabel, period, recogniser, format FROM release WHERE id = ?')
    .get(releaseId) as { fileName: string; editionLabel: string; period: string | null; recogniser: string; format: string }
  const tables = store.db
    .prepare(
      `SELECT t.id, t.sheet, t.title, t.layout, (SELECT count(*) FROM observation o WHERE o.source_table_id = t.id) AS observations
      FROM source_table t WHERE t.release_id = ? ORDER BY t.ordinal`
    )
    .all(releaseId) as ImportSummary['tables']
  return {
    status: 'duplicate',
    releaseId,
    ...release,
    tables,
    observations: tables.reduce((sum, table) => sum + table.observations, 0),
    matchedAreas: 0,
    unknownRowLabels: [],
    warnings: [
      { code: 'duplicate', message: `Already imported as "${release.editionLabel}" (${release.fileName}): nothing was stored twice` }
    ],
    revisions: [],
    findings: []
  }
}

export function commitAnalysis(
  store: Store,
  analysis: Analysis,
  bytes: Uint8Array,
  mappings: ImportMappings = {},
  /** `isBackedUp`: the connection that started the import has a backup of the database as it is (backup.ts, isBackedUpAsItIs). */
  options: { isSample?: boolean; isBackedUp?: boolean } = {}
): ImportSummary {
  const existing = findReleaseBySha(store.db, analysis.sha256)
  if (existing !== undefined) return duplicateSummary(store, existing)

  // Before anything is written, a copy of what the database held goes to backups/.
  if (!options.isBackedUp) backUp(store, 'import')
  const mapped = applyMappings(store, analysis.parsed, mappings)
  // The bundled sample is one clearly labelled release, never mistaken for an MoJ edition.
  const parsed = options.isSample ? { ...mapped, editionLabel: SAMPLE_EDITION_LABEL } : mapped
  const areas = applyAreaMappings(analysis.areas, mappings)
  const written = writeTransaction(store.db, () => {
    const result = writeRelease(
      store.db,
      { fileName: analysis.fileName, bytes, sha256: analysis.sha256, isSample: options.isSample ?? false },
      parsed,
      areas
    )
    remember(store, analysis, mappings)
    return result
  })

  const byslug = areasBySlug(catalogueSnapshot(store.db))
  // A row the reporter marked "Not an area" is kept by its label, and no longer reported as unmatched.
  const chosen = chosenAreas(mappings)
  const unknown = unknownAreasOf(parsed.tables, areas).filter((label) => chosen.get(label) !== null)
  const warnings = [...analysis.preview.warnings.filter((warning) => warning.code !== 'unmatched_rows'), ...unmatchedRowsWarnings(unknown)]
  return {
    status: 'imported',
    releaseId: written.releaseId,
    fileName: analysis.fileName,
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
    unknownRowLabels: unknown,
    warnings,
    revisions: sharesAFigureKey(store, written.releaseId) ? listRevisions(store.db, { releaseId: written.releaseId }) : [],
    findings: parsed.tables.map((table, index) => previewTable(table, index, areas[index], byslug))
  }
}
