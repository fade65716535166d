// The `import` command: reads each file in the import worker and stores what it recognised,
// holding the writer lock; a damaged file fails alone (exit 1) and the others are still stored.
// The worker starts first, before the core is even loaded, and is given the first file at once:
// it loads the reader and reads the file while this thread loads the core and opens the database.

import { basename } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { AppError, oneLine } from '../contract/errors'
import type { ImportSummary } from '../import/importFile'
import type { ImportJobs } from '../import/jobs'
import { readImportFile } from '../import/files'
import { giveFileAhead, startStandbyWorker, takeEarlyStandby, type FileAhead } from '../import/worker-start'
import { dbPathFor, holdingWriterLock, parse, UsageError, type Io } from './common'
import { describeImport, importJson } from './describe'

export async function commandImport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true })
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE')
  const dbPath = dbPathFor(values.db, io)
  // Started by the launcher (npm run mappa) before it loaded the command line, else now.
  const standby = takeEarlyStandby() ?? startStandbyWorker()
  const ahead = standby && readAhead(positionals[0], standby)
  try {
    return await holdingWriterLock(dbPath, 'import', () => importFiles(dbPath, positionals, values.json === true, io, standby, ahead))
  } finally {
    // Taken by the first file, the core has ended it already; refused the lock or the database, nobody took it.
    void standby?.terminate()
  }
}

/**
 * The first file, read and given to the worker before the core loads. One that cannot be read is
 * not given: it is read again in its turn, which reports why in one line.
 */
function readAhead(file: string, standby: Worker): FileAhead | undefined {
  try {
    return giveFileAhead(standby, { fileName: basename(file), bytes: readImportFile(file) })
  } catch {
    return undefined
  }
}

async function importFiles(dbPath: string, positionals: string[], json: boolean, io: Io, standby: Worker | undefined, ahead: FileAhead | undefined): Promise<number> {
  // Loaded once the worker has started, so the two overlap.
  const { createCore } = await import('../app')
  const importOne = async (jobs: ImportJobs, file: string, bytes?: Uint8Array) => jobs.importNow(basename(file), bytes ?? readImportFile(file))
  let first: Promise<ImportSummary> | undefined
  const core = createCore({
    dbPath,
    mode: 'browser',
    log: io.err,
    beforeDailyBackup: (jobs) => {
      if (standby) jobs.standBy(standby, ahead)
      // Read in the import worker, within its memory and time limits: a damaged file fails alone.
      first = importOne(jobs, positionals[0], ahead?.bytes)
      // A failure is reported in its turn below; until then it is not unhandled.
      first.catch(() => undefined)
    }
  })
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
