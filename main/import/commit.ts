// Writes an analysed file into the store with the reporter's corrections, in one transaction,
// remembers those corrections for later files, and reports what was stored and what it revised.

import type { ImportMappings, ImportSummary } from '../contract/types'
import { findMeasureById, type MeasureDefinition } from '../contract/measures'
import { AppError } from '../contract/errors'
import { backUp } from '../store/backup'
import { catalogueSnapshot, rememberAreaAlias, rememberMeasureAlias, storedMeasure } from '../store/catalogue'
import { writeTransaction, type Store } from '../store/database'
import { findRelease, findReleaseBySha, writeRelease } from '../store/releases'
import { listRevisions, sharesAFigureKey } from '../store/revisions'
import type { Analysis } from './analyse'
import { areasBySlug, previewTable, unknownAreasOf, unmatchedRowsWarnings, type AreaAssignments } from './preview'
import type { ParsedRelease } from './types'
import type { Period } from '../contract/periods'

function measureById(store: Store, id: string): MeasureDefinition {
  const measure = findMeasureById(id) ?? storedMeasure(store.db, id)
  if (!measure) throw new AppError('bad_input', `Unknown measure "${id}" in the import mappings`)
  return measure
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

export const SAMPLE_EDITION_LABEL = 'Sample data (published figures as quoted by local newspapers)'

export function duplicateSummary(store: Store, releaseId: number): ImportSummary {
  const release = findRelease(store.db, releaseId)
  if (!release) throw new AppError('not_found', `Release ${releaseId} is not in the store (was it removed already?)`)
  const tables = release.tables.map(({ id, sheet, title, layout, observations }) => ({ id, sheet, title, layout, observations }))
  return {
    status: 'duplicate',
    releaseId,
    fileName: release.fileName,
    editionLabel: release.editionLabel,
    period: release.period,
    recogniser: release.recogniser,
    format: release.format,
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
    revisions: sharesAFigureKey(store.db, written.releaseId) ? listRevisions(store.db, { releaseId: written.releaseId }) : [],
    findings: parsed.tables.map((table, index) => previewTable(table, index, areas[index], byslug))
  }
}
