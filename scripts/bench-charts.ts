// `npm run bench` (charts): the core's time to draw one chart spec in each export format and as
// the editor's screen preview. Prints figures, asserts nothing; writes only to a temp folder.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChartSpecInput } from '../main/contract/chart/spec'
import { essexTrendSpec, importSixEditions, rankingSpec } from '../main/testing/chart'
import { renderChart, type ChartFormat } from '../main/export/chart/render'
import { runLocalise } from '../main/export/localise/run'
import { openStore } from '../main/store/database'

const RUNS = 15

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function timed(run: () => Promise<unknown>): Promise<{ median: number; first: number; bytes: number }> {
  const times: number[] = []
  let bytes = 0
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now()
    const result = (await run()) as { bytes: Uint8Array }
    times.push(performance.now() - started)
    bytes = result.bytes.length
  }
  return { median: median(times.slice(1)), first: times[0], bytes }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mappa-bench-charts-'))
  const store = openStore(join(dir, 'bench.sqlite'))
  try {
    importSixEditions(store)
    const line = essexTrendSpec({
      annotations: [
        { kind: 'point', area: 'essex', period: '2021/22', text: '1,867: highest yet' },
        { kind: 'last', area: 'essex', text: '' }
      ]
    })
    const ranking = rankingSpec('2023/24')
    const map = essexTrendSpec({
      type: 'map',
      areas: 'all',
      reference: null,
      periods: { from: '2023/24', to: '2023/24' },
      annotations: [],
      title: '',
      size: { widthMm: 86, heightMm: 110 }
    })
    const cases: { label: string; spec: ChartSpecInput; format: ChartFormat; isCmyk?: boolean }[] = [
      { label: 'line, 86 × 70 mm: PNG at 300 dpi', spec: line, format: 'png' },
      { label: 'line: screen preview, PNG at 150 dpi', spec: { ...line, dpi: 150 }, format: 'png' },
      { label: 'line: SVG', spec: line, format: 'svg' },
      { label: 'line: PDF (vector)', spec: line, format: 'pdf' },
      { label: 'line: CMYK PDF', spec: line, format: 'pdf', isCmyk: true },
      { label: '42-area ranking, 86 × 200 mm: PNG at 300 dpi', spec: ranking, format: 'png' },
      { label: '42-area ranking: CMYK PDF', spec: ranking, format: 'pdf', isCmyk: true },
      { label: 'tile map, 86 × 110 mm: PNG at 300 dpi', spec: map, format: 'png' },
      { label: 'tile map: SVG', spec: map, format: 'svg' },
      { label: 'tile map: PDF (vector)', spec: map, format: 'pdf' },
      { label: 'tile map: CMYK PDF', spec: map, format: 'pdf', isCmyk: true }
    ]
    console.log('')
    console.log(`MAPPA Desk chart benchmark (one spec drawn by the core, median of ${RUNS - 1} after a first run)`)
    console.log('')
    console.log('| chart and format                               | median    | first run | bytes     |')
    console.log('|------------------------------------------------|-----------|-----------|-----------|')
    for (const entry of cases) {
      const result = await timed(() => renderChart(store.db, entry.spec, entry.format, { isCmyk: entry.isCmyk }))
      console.log(
        `| ${entry.label.padEnd(46)} | ${`${result.median.toFixed(1)} ms`.padStart(9)} | ${`${result.first.toFixed(1)} ms`.padStart(9)} | ${result.bytes.toLocaleString('en-GB').padStart(9)} |`
      )
    }
    console.log('')
    // Localise: a pack per area (the map as PNG, SVG and PDF, its table, its story), each map outlining its own area.
    const packs = join(dir, 'packs')
    const started = performance.now()
    const localised = await runLocalise(store.db, { spec: map, outDir: packs })
    const seconds = (performance.now() - started) / 1000
    console.log(
      `Localise, a tile map for each of the 42 areas: ${localised.made.length} packs in ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(1, localised.made.length)).toFixed(0)} ms a pack; goal under 10 s)`
    )
    console.log('')
    console.log(
      'The editor preview adds a 25 ms debounce and the bridge; `chart preview` in the UI table below measures keystroke to image.'
    )
  } finally {
    store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(`bench-charts: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
