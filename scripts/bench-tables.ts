// `npm run bench` (tables part): the time to build the 42-area article table from the store and
// to write it in each format, median of several runs. Prints figures, asserts nothing; temp folder only.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TABLE_WRITERS } from '../main/export/tables/registry'
import { buildTableSpec } from '../main/export/tables/spec'
import { openStore } from '../main/store/database'
import { seedTableStore } from '../main/testing/table-store'

/** Runs per case: enough for a steady median on a shared 2-core machine, under ten seconds in all. */
const RUNS = 15

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function timed(run: () => unknown): Promise<number> {
  const times: number[] = []
  await run() // warm-up: module loading and SQLite's statement cache are not the export's cost
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return median(times)
}

const dir = mkdtempSync(join(tmpdir(), 'mappa-bench-tables-'))
try {
  const store = seedTableStore(openStore(join(dir, 'bench.sqlite')))
  const request = { subject: 'rso', derived: ['change', 'percentChange', 'rank'] as const }
  const spec = buildTableSpec(store.db, { ...request, derived: [...request.derived] })
  console.log(
    `\nArticle table: ${spec.rows.length} rows (42 areas and England and Wales) × ${spec.columns.length} columns (3 periods, change, % change, rank), median of ${RUNS} runs`
  )
  const specMs = await timed(() => buildTableSpec(store.db, { ...request, derived: [...request.derived] }))
  console.log(`  ${'table spec from the store'.padEnd(40)} ${specMs.toFixed(1).padStart(7)} ms`)
  for (const writer of TABLE_WRITERS) {
    const bytes = await writer.write(spec)
    const ms = await timed(() => writer.write(spec))
    console.log(
      `  ${`${writer.label} (.${writer.extension})`.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms  ${(bytes.length / 1024).toFixed(1).padStart(6)} KB`
    )
  }
  store.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
