// `npx tsx scripts/bench-ods.ts [--runs N]`: the large police-crime-shaped ODS read by SheetJS alone,
// by MAPPA Desk's reader alone and imported whole, each in its own process, N times: best, spread, peak RSS.

import * as XLSX from '@e965/xlsx'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { importFile } from '../main/import/importFile'
import { MAX_ROWS_PER_SHEET, readWorkbook } from '../main/import/workbook'
import { openStore } from '../main/store/database'
import { largeOds } from '../main/testing/large-ods'

type Phase = 'sheetjs' | 'reader' | 'import'
const PHASES: Record<Phase, string> = { sheetjs: 'SheetJS parse alone', reader: 'MAPPA Desk reader alone', import: 'full import' }

/** One timed run in this (child) process, so its peak memory is its own. */
function run(phase: Phase, file: string, folder: string): { ms: number; peakRss: number } {
  const bytes = new Uint8Array(readFileSync(file))
  const start = performance.now()
  if (phase === 'sheetjs') XLSX.read(bytes, { type: 'buffer', dense: true, cellDates: true, sheetRows: MAX_ROWS_PER_SHEET + 1 })
  else if (phase === 'reader') readWorkbook(bytes)
  else {
    const store = openStore(join(folder, `import-${process.pid}.sqlite`))
    importFile(store, { fileName: 'police-recorded-crime.ods', bytes })
    store.close()
  }
  return { ms: performance.now() - start, peakRss: process.resourceUsage().maxRSS * 1024 }
}

function main(): void {
  const { values } = parseArgs({
    options: { phase: { type: 'string' }, file: { type: 'string' }, folder: { type: 'string' }, runs: { type: 'string' } }
  })
  if (values.phase) {
    console.log(JSON.stringify(run(values.phase as Phase, values.file!, values.folder!)))
    return
  }
  const runs = Number(values.runs ?? 3)
  const folder = mkdtempSync(join(tmpdir(), 'mappa-bench-ods-'))
  try {
    const file = join(folder, 'police-recorded-crime.ods')
    writeFileSync(file, largeOds())
    const script = fileURLToPath(import.meta.url)
    console.log(`Police recorded crime shape (ods), ${runs} runs of each, interleaved, each in its own process:`)
    const results = new Map<Phase, { ms: number; peakRss: number }[]>()
    for (let each = 0; each < runs; each++) {
      for (const phase of Object.keys(PHASES) as Phase[]) {
        const child = spawnSync(process.execPath, [...process.execArgv, script, '--phase', phase, '--file', file, '--folder', folder], {
          encoding: 'utf8'
        })
        if (child.status !== 0) throw new Error(`${phase} failed: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`)
        results.set(phase, [...(results.get(phase) ?? []), JSON.parse(child.stdout.trim().split('\n').at(-1)!)])
      }
    }
    for (const [phase, figures] of results) {
      const times = figures.map((figure) => figure.ms)
      const best = Math.min(...times)
      const peak = Math.max(...figures.map((figure) => figure.peakRss)) / 1048576
      console.log(
        `  ${PHASES[phase].padEnd(24)} best ${Math.round(best).toLocaleString('en-GB')} ms, spread ${Math.round(Math.max(...times) - best).toLocaleString('en-GB')} ms (${times.map((time) => Math.round(time)).join(', ')}), peak RSS ${Math.round(peak)} MB`
      )
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

main()
