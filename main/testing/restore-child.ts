// Runs one restore in a process of its own and stops it at the step named, saying so on stdout,
// so a test can kill it there with SIGKILL. Test support for main/store/restore.test.ts; never part of the app.

import { writeSync } from 'node:fs'
import { restoreBackup, type RestoreStep } from '../store/backup'

const [dbPath, stopAt] = process.argv.slice(2) as [string, RestoreStep]
restoreBackup(dbPath, undefined, new Date(), (step) => {
  if (step !== stopAt) return
  writeSync(1, `${step}\n`)
  // Waits here, doing nothing, until the test kills the process.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000)
})
