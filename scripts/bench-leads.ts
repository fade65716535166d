// `npm run bench` (leads part): times finding an edition's leads across the 42 areas and England and
// Wales from a store of five editions, the store read and the finding apart, as the Leads view and
// `mappa leads` do it. Prints figures, asserts nothing; writes only to a temp folder.

import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { leadsResult } from '../main/domain/story/leads'
import { sourceLineForLabels } from '../main/export/provenance'
import { importFile } from '../main/import/importFile'
import { openStore } from '../main/store/database'
import { leadsData } from '../main/store/leads'
import { houseStyle } from '../main/store/story'
import { accessibleBook, oldStyleBook } from '../main/testing/fixtures'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`
const RUNS = 7

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'mappa-bench-leads-'))
  try {
    const store = openStore(join(dir, 'bench.sqlite'))
    for (const year of [2019, 2020, 2021, 2022])
      importFile(store, { fileName: `mappa-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })
    // The 2022/23 edition restates 2021/22, Kent by a fifth: one restatement to check.
    importFile(store, {
      fileName: 'mappa-2023.xlsx',
      bytes: accessibleBook('xlsx', { year: 2023, years: 2, overrides: { 'Kent|2022|rso': 1500 } })
    })
    const { db } = store

    const reads: number[] = []
    const finds: number[] = []
    const wholes: number[] = []
    let leads = 0
    let toCheck = 0
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now()
      const data = leadsData(db)
      const style = houseStyle(db)
      const read = performance.now()
      const result = leadsResult(data, style, {}, (releases) => sourceLineForLabels(db, releases))
      const done = performance.now()
      reads.push(read - started)
      finds.push(done - read)
      wholes.push(done - started)
      leads = result.leads.length
      toCheck = result.restatementsToCheck.length
    }
    console.log(
      `Leads for 42 areas and England and Wales, 2022/23 edition of 5 (${leads} leads, ${toCheck} restatement to check): ` +
        `median ${ms(median(wholes))} of ${RUNS} (store read ${ms(median(reads))}, finding and wording ${ms(median(finds))}; load average ${loadavg()[0].toFixed(1)})`
    )
    store.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main()
