// The reporter's corrections to an import preview as a draft, and the diff sent at commit.
// Pure functions over contract types: never calls the core, never renders.

import type { ImportMappings, ImportPreview, PreviewRow, PreviewTable } from '../../../main/contract/types'

/** The select value for a row the reporter says is not an area (no slug can contain "_"). */
export const NOT_AN_AREA = '__none__'
/** The select value for a row still matched to nothing. */
export const UNMATCHED = ''

export interface MappingDraft {
  /** Row label → area slug, NOT_AN_AREA or UNMATCHED. */
  areas: Record<string, string>
  /** "table:column" → measure id. */
  columns: Record<string, string>
  /** Table index → period key ("" when none was found). */
  periods: Record<number, string>
  remember: boolean
}

export const columnKey = (table: number, column: number): string => `${table}:${column}`

/** A record keyed by row labels from a file: no prototype, so a row called "constructor" or "__proto__" is just a row. */
const labelRecord = <T>(): Record<string, T> => Object.create(null) as Record<string, T>

/** The draft's areas with one row's choice changed, still without a prototype. */
export function withArea(areas: Record<string, string>, label: string, value: string): Record<string, string> {
  return Object.assign(labelRecord<string>(), areas, { [label]: value })
}

/** Every row label once, as the preview first matched it. */
export function previewRows(preview: ImportPreview): PreviewRow[] {
  const seen = new Map<string, PreviewRow>()
  for (const table of preview.tables) for (const row of table.rows) if (!seen.has(row.label)) seen.set(row.label, row)
  return [...seen.values()]
}

export function initialDraft(preview: ImportPreview): MappingDraft {
  const areas = labelRecord<string>()
  for (const row of previewRows(preview)) areas[row.label] = row.areaSlug ?? UNMATCHED
  const columns: Record<string, string> = {}
  const periods: Record<number, string> = {}
  for (const table of preview.tables) {
    for (const column of table.columns) columns[columnKey(table.index, column.column)] = column.measureId
    periods[table.index] = table.period ?? ''
  }
  return { areas, columns, periods, remember: true }
}

/** Only what differs from the preview, so the core keeps its own reading of everything else. */
export function toMappings(preview: ImportPreview, draft: MappingDraft): ImportMappings {
  const areas = labelRecord<string | null>()
  for (const row of previewRows(preview)) {
    const chosen = draft.areas[row.label] ?? UNMATCHED
    if (chosen === (row.areaSlug ?? UNMATCHED) || chosen === UNMATCHED) continue
    areas[row.label] = chosen === NOT_AN_AREA ? null : chosen
  }
  const columns: NonNullable<ImportMappings['columns']> = []
  const periods: NonNullable<ImportMappings['periods']> = []
  for (const table of preview.tables) {
    for (const column of table.columns) {
      const chosen = draft.columns[columnKey(table.index, column.column)]
      if (chosen && chosen !== column.measureId) columns.push({ table: table.index, column: column.column, measureId: chosen })
    }
    const period = draft.periods[table.index]
    if (period && period !== (table.period ?? '') && isPeriodEditable(table)) periods.push({ table: table.index, period })
  }
  const mappings: ImportMappings = { remember: draft.remember }
  if (Object.keys(areas).length > 0) mappings.areas = areas
  if (columns.length > 0) mappings.columns = columns
  if (periods.length > 0) mappings.periods = periods
  return mappings
}

export function changeCount(mappings: ImportMappings): number {
  return Object.keys(mappings.areas ?? {}).length + (mappings.columns?.length ?? 0) + (mappings.periods?.length ?? 0)
}

/** Row labels still matched to nothing (the reporter has neither chosen an area nor "not an area"). */
export function unmatchedLabels(preview: ImportPreview, draft: MappingDraft): string[] {
  return previewRows(preview)
    .map((row) => row.label)
    .filter((label) => (draft.areas[label] ?? UNMATCHED) === UNMATCHED)
}

/** Only a wide table has one period for all its figures; long and series tables read it per row or column. */
export function isPeriodEditable(table: PreviewTable): boolean {
  return table.layout === 'wide'
}

const FIRST_YEAR = 2010
const LAST_YEAR = 2030

/** Financial years 2010/11 to 2030/31, newest first, plus the table's own if it lies outside. */
export function periodOptions(current: string | null): string[] {
  const years: string[] = []
  for (let start = LAST_YEAR; start >= FIRST_YEAR; start--) years.push(`${start}/${String((start + 1) % 100).padStart(2, '0')}`)
  if (current && !years.includes(current)) years.unshift(current)
  return years
}

/** The file's warnings without the unmatched-rows one, which the preview recounts as rows are mapped. */
export function staticWarnings(preview: ImportPreview): string[] {
  return preview.warnings.filter((warning) => warning.code !== 'unmatched_rows').map((warning) => warning.message)
}

/** Zero-based column index as a spreadsheet letter: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let letters = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`
  return `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`
}
