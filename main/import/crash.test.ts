import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkStore, problemsAfterKill, runImport, spreadMoments } from '../testing/crash'
import { largeOds } from '../testing/large-ods'
import { oldStyleBook } from '../testing/fixtures'
import { tempDir } from '../testing/temp'

// The short version of `npm run test:crash` (20 kills of a larger file): a few kills of the command-line import.
describe('an import killed with SIGKILL', () => {
  it('leaves the database intact, the release wholly there or not at all, and the next import fine', async () => {
    const folder = tempDir()
    const bigBytes = largeOds({ sheets: 1, rowsPerSheet: 8_000 })
    const big = join(folder, 'police-recorded-crime.ods')
    writeFileSync(big, bigBytes)
    const small = (year: number) => {
      const file = join(folder, `mappa-${year}.xlsx`)
      writeFileSync(file, oldStyleBook('xlsx', { year }))
      return file
    }
    const base = join(folder, 'base.sqlite')
    expect((await runImport(small(2019), base)).exitCode).toBe(0)
    const reference = join(folder, 'reference.sqlite')
    copyFileSync(base, reference)
    const full = await runImport(big, reference)
    expect(full.exitCode).toBe(0)
    const expected = checkStore(reference, bigBytes)
    expect(expected).toMatchObject({ integrity: 'ok', isPresent: true, observations: 8_000 * 3, tables: 1 })

    // One kill early in the reading, two part-way through the write.
    const [early] = spreadMoments(1, full.ms, full.walPeak)
    const moments = [early, ...spreadMoments(4, full.ms, full.walPeak).slice(2)]
    let killed = 0
    for (const [index, moment] of moments.entries()) {
      const db = join(folder, `trial-${index}.sqlite`)
      copyFileSync(base, db)
      const run = await runImport(big, db, moment)
      if (run.killed) killed++
      const check = checkStore(db, bigBytes)
      // Where the import finished before the moment came, it must have finished whole.
      if (!run.killed) expect(check).toMatchObject({ isPresent: true, observations: expected.observations })
      expect(problemsAfterKill(check, expected)).toEqual([])
      const next = await runImport(small(2020 + index), db)
      expect(next.exitCode).toBe(0)
      expect(next.stdout).toContain('imported')
      expect(problemsAfterKill(checkStore(db, bigBytes), expected)).toEqual([])
      if (index === moments.length - 1) {
        expect((await runImport(big, db)).exitCode).toBe(0)
        expect(checkStore(db, bigBytes)).toMatchObject({ integrity: 'ok', isPresent: true, observations: expected.observations })
      }
    }
    expect(killed).toBeGreaterThan(0)
  }, 240_000)
})
