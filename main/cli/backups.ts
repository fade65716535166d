// The `backups` and `restore` commands: the copies of one database kept beside it, and putting one
// back in its place. The file a restore replaces is kept aside, never deleted.

import { basename } from 'node:path'
import { resolveDbPath } from '../paths'
import { backupFolder } from '../files/databases'
import { listBackups, restoreBackup } from '../store/backup'
import { holdingWriterLock, parse, type Io } from './common'

const when = (at: string) => at.replace('T', ' ').slice(0, 16) + ' UTC'

export function commandBackups(argv: string[], io: Io): number {
  const { values } = parse({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean' } } })
  const dbPath = resolveDbPath(values.db)
  const backups = listBackups(dbPath)
  if (values.json) io.out(JSON.stringify(backups, null, 2))
  else if (backups.length === 0)
    io.out(
      `No backups of ${basename(dbPath)} yet in ${backupFolder(dbPath)}: one is made before every import and release removal, and once a day.`
    )
  else {
    for (const backup of backups) {
      io.out(
        `${when(backup.at)}  ${backup.reason.padEnd(7)}  ${backup.releases} release(s), ${backup.edits} edit(s), ${backup.notes} note(s)` +
          `${backup.isIntact ? '' : '  DAMAGED'}  ${backup.file}`
      )
    }
  }
  return 0
}

export function commandRestore(argv: string[], io: Io): number {
  const { values } = parse({ args: argv, options: { db: { type: 'string' }, from: { type: 'string' } } })
  const dbPath = resolveDbPath(values.db)
  const { restored, keptAs } = holdingWriterLock(dbPath, 'restore', () => restoreBackup(dbPath, values.from))
  io.out(
    `Restored the backup of ${when(restored.at)} (${restored.releases} release(s), ${restored.edits} edit(s), ${restored.notes} note(s)) to ${dbPath}`
  )
  if (keptAs) io.out(`The database it replaced is kept at ${keptAs}`)
  return 0
}
