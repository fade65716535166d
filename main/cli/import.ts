// The `import` command: reads each file in the import worker and stores what it recognised,
// holding the writer lock; a damaged file fails alone (exit 1) and the others are still stored.

import { basename } from 'node:path'
import { AppError, oneLine } from '../contract/errors'
import { readImportFile } from '../import/files'
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
  return holdingWriterLock(dbPath, 'import', () => importFiles(dbPath, positionals, values.json === true, io))
}

async function importFiles(dbPath: string, positionals: string[], json: boolean, io: Io): Promise<number> {
  const { createCore } = await import('../app')
  const core = createCore({ dbPath, mode: 'browser', log: io.err })
  let failures = 0
  try {
    for (const file of positionals) {
      try {
        // Read in the import worker, within its memory and time limits: a damaged file fails alone.
        const summary = await core.jobs.importNow(basename(file), readImportFile(file))
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
