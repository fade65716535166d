// `npm run test:crash`: kills `mappa import` of a large ODS with SIGKILL at 20 moments spread
// over reading and writing, and after each checks the database is intact, the release wholly
// present or absent, and the next import works. Prints every kill; exits 1 on any failure.

import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { checkStore, problemsAfterKill, runImport, spreadMoments, type KillMoment } from '../main/testing/crash'
import { largeOds } from '../main/testing/large-ods'
import { oldStyleBook } from '../main/testing/fixtures'

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '20' }, sheets: { type: 'string', default: '2' }, keep: { type: 'boolean' } }
})
const kills = Number(values.kills)
const folder = mkdtempSync(join(tmpdir(), 'mappa-crash-'))
const number = (value: number) => Math.round(value).toLocaleString('en-GB')
const describeMoment = (moment: KillMoment) =>
  'afterMs' in moment ? `after ${number(moment.afterMs)} ms` : `once the log grew ${number(moment.walGrowthBytes / 1024)} KB`

/** A small MoJ workbook of another year each time, so each is a new release. */
function smallFile(index: number): string {
  const file = join(folder, `mappa-${2000 + index}.xlsx`)
  writeFileSync(file, oldStyleBook('xlsx', { year: 2000 + index }))
  return file
}

async function main(): Promise<number> {
  const bigBytes = largeOds({ sheets: Number(values.sheets) })
  const big = join(folder, 'police-recorded-crime.ods')
  writeFileSync(big, bigBytes)
  const base = join(folder, 'base.sqlite')
  const seeded = await runImport(smallFile(0), base)
  if (seeded.exitCode !== 0) throw new Error(`the first small import failed: ${seeded.stderr.trim()}`)

  const reference = join(folder, 'reference.sqlite')
  copyFileSync(base, reference)
  const full = await runImport(big, reference)
  if (full.exitCode !== 0) throw new Error(`the uninterrupted import failed: ${full.stderr.trim()}`)
  const expected = checkStore(reference, bigBytes)
  console.log(
    `mappa import of a ${number(bigBytes.length / 1024)} KB ODS (${expected.tables} tables, ${number(expected.observations)} figures): ` +
      `${number(full.ms)} ms uninterrupted, its write grows the log by ${number(full.walPeak / 1024)} KB. Killing it ${kills} times:`
  )

  let failures = 0
  let killed = 0
  let duringWrite = 0
  const moments = spreadMoments(kills, full.ms, full.walPeak)
  let last = ''
  for (let attempt = 0; killed < kills && attempt < kills * 2; attempt++) {
    // Where the import finished before a moment came, more moments follow, spread over its first nine tenths.
    const moment = moments[attempt] ?? { afterMs: Math.round(full.ms * (0.05 + 0.85 * ((attempt * 0.618) % 1))) }
    const db = join(folder, `trial-${attempt}.sqlite`)
    copyFileSync(base, db)
    const run = await runImport(big, db, moment)
    const check = checkStore(db, bigBytes)
    const problems = run.killed ? problemsAfterKill(check, expected) : []
    if (!run.killed && !(run.exitCode === 0 && check.isPresent && check.observations === expected.observations))
      problems.push(`finished badly: exit ${run.exitCode}, ${run.stderr.trim()}`)
    const next = await runImport(smallFile(attempt + 1), db)
    if (next.exitCode !== 0 || !next.stdout.includes('imported'))
      problems.push(`the next import failed: exit ${next.exitCode}, ${next.stderr.trim()}`)
    problems.push(...problemsAfterKill(checkStore(db, bigBytes), expected))
    const phase = run.walGrowth > 1024 * 1024 ? 'during the write' : 'while reading'
    if (run.killed) {
      killed++
      if (phase === 'during the write') duringWrite++
    }
    const what = run.killed
      ? `killed ${phase} at ${number(run.ms)} ms (log +${number(run.walGrowth / 1024)} KB)`
      : `finished first (${number(run.ms)} ms)`
    console.log(
      `  ${String(attempt + 1).padStart(2)}. ${describeMoment(moment)}: ${what}; release ${check.isPresent ? 'wholly present' : 'absent'}; ${problems.length === 0 ? 'integrity ok, next import ok' : `FAILED: ${problems.join('; ')}`}`
    )
    failures += problems.length > 0 ? 1 : 0
    last = db
  }

  const finish = await runImport(big, last)
  const after = checkStore(last, bigBytes)
  const finished = finish.exitCode === 0 && after.isPresent && after.observations === expected.observations && after.integrity === 'ok'
  if (!finished) failures++
  console.log(
    `  then the whole import on the last killed database: ${finished ? `ok (${number(after.observations)} figures)` : `FAILED: exit ${finish.exitCode}, ${finish.stderr.trim()}`}`
  )
  if (killed < kills) {
    failures++
    console.log(`FAILED: only ${killed} of ${kills} runs were still going when killed`)
  }
  console.log(
    `${killed} kills (${killed - duringWrite} while reading, ${duringWrite} during the write): ${failures === 0 ? 'every database intact, every release wholly present or absent, every next import fine' : `${failures} failure(s)`}`
  )
  return failures === 0 ? 0 : 1
}

main()
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    console.error(`crash test could not run: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  })
  .finally(() => values.keep || rmSync(folder, { recursive: true, force: true }))
