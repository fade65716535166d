// How the command line words what it did: an import's summary (as lines, or the JSON object
// `import --json` prints) and a revision. Words only: no store, no files.

import type { Revision } from '../contract/types'
import type { ImportSummary } from '../import/importFile'
import { groupedCount } from '../domain/format'

export function describeImport(file: string, summary: ImportSummary): string[] {
  if (summary.status === 'duplicate') return [`${file}: already imported as "${summary.editionLabel}"; nothing stored`]
  const lines = [
    `${file}: imported "${summary.editionLabel}"${summary.period ? ` (${summary.period})` : ''} with the ${summary.recogniser} reader`,
    `  ${summary.tables.length} table(s), ${groupedCount(summary.observations)} observations, ${summary.matchedAreas} areas matched`
  ]
  for (const table of summary.findings) {
    const { counts } = table
    lines.push(
      `  - ${table.sheet}: ${table.title ?? '(untitled)'} [${table.layout}${table.period ? `, ${table.period} from the ${table.periodSource}` : ''}]`
    )
    lines.push(
      `    ${table.observations} cells: ${counts.values} values, ${counts.nils} nil, ${counts.suppressed} suppressed, ${counts.notAvailable} not available, ${counts.notApplicable} not applicable, ${counts.flagged} flagged, ${counts.text} text`
    )
    const custom = table.columns.filter((column) => column.isCustom).map((column) => column.header)
    lines.push(
      `    columns: ${table.columns.length - custom.length} matched to measures${custom.length > 0 ? `; new custom measures: ${custom.join('; ')}` : ''}`
    )
  }
  for (const warning of summary.warnings) lines.push(`  warning: ${warning.message}`)
  for (const revision of summary.revisions) lines.push(`  revision: ${describeRevision(revision)}`)
  return lines
}

/** `import --json`: `warnings` stays a list of lines, as documented; `warningCodes` says what each is about, in the same order. */
export function importJson(file: string, summary: ImportSummary) {
  return {
    file,
    ok: true,
    ...summary,
    warnings: summary.warnings.map((warning) => warning.message),
    warningCodes: summary.warnings.map((warning) => warning.code)
  }
}

export function describeRevision(revision: Revision): string {
  return `${revision.area_name} ${revision.measure} ${revision.period}: ${revision.old_raw} → ${revision.new_raw} (${revision.from_release} → ${revision.to_release})`
}
