// The `verify` command: reads every release's kept file again with the import's reader and says
// whether each stored figure still matches its source cell. Reads only; exit 0 only when all match.

import { createCore } from '../app'
import { describeMismatch, verifySources } from '../import/verify'
import { dbPathFor, parse, type Io } from './common'
import { groupedCount } from '../domain/format'

export async function commandVerify(argv: string[], io: Io): Promise<number> {
  const { values } = parse({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean' } } })
  const core = createCore({ dbPath: dbPathFor(values.db, io), mode: 'browser', log: io.err })
  try {
    // One line on stderr as each release is read, so a long check shows where it is.
    let shown = -1
    const check = await verifySources(
      core.store.db,
      (fileName, bytes) => core.jobs.readNow(fileName, bytes),
      ({ done, total, current }) => {
        if (current === null || done === shown) return
        shown = done
        io.err(`[${done + 1}/${total}] reading ${current}`)
      }
    )
    if (values.json) io.out(JSON.stringify(check, null, 2))
    else {
      for (const release of check.releases) {
        const verdict = release.mismatches.length === 0 ? 'all match' : `${groupedCount(release.mismatches.length)} do not match`
        io.out(
          `${String(release.releaseId).padStart(4)}  ${release.editionLabel}  ${release.fileName}: ${groupedCount(release.figures)} figures checked, ${verdict}`
        )
        for (const mismatch of release.mismatches) io.out(`        ${describeMismatch(mismatch)}`)
      }
      io.out(check.line)
    }
    return check.mismatchCount === 0 ? 0 : 1
  } finally {
    core.close()
  }
}
