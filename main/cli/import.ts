// The `import` command: reads each file in the import worker and stores what it recognised,
// holding the writer lock; a damaged file fails alone (exit 1) and the others are still stored.
// The worker starts first, so it loads the reader while this thread loads the core and opens the database.

import { basename } from 'node:path'
import { AppError, oneLine } from '../contract/errors'
import type { Worker } from 'node:worker_threads'
import { readImportFile } from '../import/files'
import { startStandbyWorker } from '../import/worker-thread'
import { dbPathFor, holdingWriterLock, parse, UsageError, type Io } from './common'
import { describeImport, importJson } from './describe'

export async function commandImport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse({
    args: argv,
    options: { db: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true
  })
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE')
  const dbPath = dbPathFor(values.db, io)
  const standby = startStandbyWorker()
  try {
    return await holdingWriterLock(dbPath, 'import', () => importFiles(dbPath, positionals, values.json === true, io, standby))
  } finally {
    // Refused the lock or the database, nobody took it.
    void standby?.terminate()
  }
}

async function importFiles(dbPath: string, positionals: string[], json: boolean, io: Io, standby: Worker | undefined): Promise<number> {
  const { createCore } = await import('../app')
  const core = createCore({ dbPath, mode: 'browser', log: io.err })
  let failures = 0
  try {
    if (standby) core.jobs.standBy(standby)
    for (const [index, file] of positionals.entries()) {
      try {
        // Read in the import worker, within its memory and time limits: a damaged file fails alone.
        const importing = core.jobs.importNow(basename(file), readImportFile(file))
        // The next file's worker loads its modules while this one is read and written.
        if (standby && index + 1 < positionals.length) core.jobs.standBy(startStandbyWorker()!)
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
