// The `import` command: reads each file in the import worker and stores what it recognised,
// holding the writer lock; a damaged file fails alone (exit 1) and the others are still stored.
// The worker starts first, so it loads the reader while this thread opens the database.

import { basename } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { createCore } from '../app'
import { AppError, oneLine } from '../contract/errors'
import type { ImportSummary } from '../import/importFile'
import { startStandbyWorker, type ImportJobs } from '../import/jobs'
import { dbPathFor, holdingWriterLock, parse, UsageError, type Io } from './common'
import { describeRevision } from './figures'

function describeImport(file: string, summary: ImportSummary): string[] {
  if (summary.status === 'duplicate') return [`${file}: already imported as "${summary.editionLabel}"; nothing stored`]
  const lines = [
    `${file}: imported "${summary.editionLabel}"${summary.period ? ` (${summary.period})` : ''} with the ${summary.recogniser} reader`,
    `  ${summary.tables.length} table(s), ${summary.observations.toLocaleString('en-GB')} observations, ${summary.matchedAreas} areas matched`
  ]
  for (const table of summary.findings) {
    const { counts } = table
    lines.push(`  - ${table.sheet}: ${table.title ?? '(untitled)'} [${table.layout}${table.period ? `, ${table.period} from the ${table.periodSource}` : ''}]`)
    lines.push(
      `    ${table.observations} cells: ${counts.values} values, ${counts.nils} nil, ${counts.suppressed} suppressed, ${counts.notAvailable} not available, ${counts.notApplicable} not applicable, ${counts.flagged} flagged, ${counts.text} text`
    )
    const custom = table.columns.filter((column) => column.isCustom).map((column) => column.header)
    lines.push(`    columns: ${table.columns.length - custom.length} matched to measures${custom.length > 0 ? `; new custom measures: ${custom.join('; ')}` : ''}`)
  }
  for (const warning of summary.warnings) lines.push(`  warning: ${warning.message}`)
  for (const revision of summary.revisions) lines.push(`  revision: ${describeRevision(revision)}`)
  return lines
}

/** `import --json`: `warnings` stays a list of lines, as documented; `warningCodes` says what each is about, in the same order. */
function importJson(file: string, summary: ImportSummary) {
  return { file, ok: true, ...summary, warnings: summary.warnings.map((warning) => warning.message), warningCodes: summary.warnings.map((warning) => warning.code) }
}

export async function commandImport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true })
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE')
  const dbPath = dbPathFor(values.db, io)
  const standby = startStandbyWorker()
  try {
    return await holdingWriterLock(dbPath, 'import', () => importFiles(dbPath, positionals, values.json === true, io, standby))
  } finally {
    // Taken by the first file, the core has ended it already; refused the lock or the database, nobody took it.
    void standby?.terminate()
  }
}

async function importFiles(dbPath: string, positionals: string[], json: boolean, io: Io, standby: Worker | undefined): Promise<number> {
  // files.ts brings SheetJS (for its size limit): loaded after the worker started, the two overlap.
  const { readImportFile } = await import('../import/files')
  const importOne = async (jobs: ImportJobs, file: string) => jobs.importNow(basename(file), readImportFile(file))
  let first: Promise<ImportSummary> | undefined
  const core = createCore({
    dbPath,
    mode: 'browser',
    log: io.err,
    beforeDailyBackup: (jobs) => {
      if (standby) jobs.standBy(standby)
      // Read in the import worker, within its memory and time limits: a damaged file fails alone.
      first = importOne(jobs, positionals[0])
      // A failure is reported in its turn below; until then it is not unhandled.
      first.catch(() => undefined)
    }
  })
  // The summary's first number loads ICU's en-GB data (about 17 ms): this thread does it while the worker reads.
  setImmediate(() => (0).toLocaleString('en-GB'))
  let failures = 0
  try {
    for (const [index, file] of positionals.entries()) {
      const importing = index === 0 && first ? first : importOne(core.jobs, file)
      importing.catch(() => undefined)
      // The next file's worker loads its modules while this one is read and written.
      if (standby && index + 1 < positionals.length) core.jobs.standBy(startStandbyWorker()!)
      try {
        const summary = await importing
        if (json) io.out(JSON.stringify(importJson(file, summary)))
        else describeImport(file, summary).forEach((line) => io.out(line))
      } catch (error) {
        failures++
        const code = error instanceof AppError ? error.code : 'internal'
        if (json) io.out(JSON.stringify({ file, ok: false, error: { code, message: oneLine(error) } }))
        else io.err(`${file}: ${oneLine(error)}`)
      }
    }
  } finally {
    core.close()
  }
  return failures > 0 ? 1 : 0
}
