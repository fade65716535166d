// `npm run bench` (story part): times checking a 1,000-word draft against the store, drafting the
// sentences for all 42 areas, and a 42-area localise run in the localise worker, with its peak
// memory. Prints figures, asserts nothing; writes only to a temp folder.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkCopy } from '../main/domain/story/check'
import { draftSentences } from '../main/domain/story/sentences'
import { essexTrendSpec } from '../main/export/chart/fixtures'
import { createLocaliseJobs } from '../main/export/localise/jobs'
import { ALL_AREAS } from '../main/export/localise/run'
import { importFile } from '../main/import/importFile'
import { openStore } from '../main/store/database'
import { houseStyle, storyData } from '../main/store/story'
import { oldStyleBook } from '../main/testing/fixtures'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`

/** A local paper's copy, about 80 words a paragraph with a dozen figures, repeated to 1,000 words. */
const PARAGRAPH =
  'The number of registered sex offenders living in Essex has risen to 1,867, new figures show. That is up from 1,684 the year previous and 1,496 in 2019. ' +
  'Essex now has 114 sex offenders in every 100,000 people, compared with 126 nationally, or one in every 877 people. ' +
  'Sex offenders made up 81 per cent of the 2,292 offenders managed under MAPPA in the county, alongside 406 violent offenders and 19 other dangerous offenders. ' +
  'A 45-year-old man from Colchester was jailed for six years on 3 November.'

function draftOfWords(words: number): string {
  const paragraphs: string[] = []
  let count = 0
  while (count < words) {
    paragraphs.push(PARAGRAPH)
    count += PARAGRAPH.split(/\s+/).length
  }
  return paragraphs.join('\n\n')
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mappa-bench-story-'))
  try {
    const store = openStore(join(dir, 'bench.sqlite'))
    for (const year of [2019, 2020, 2021, 2022]) importFile(store, { fileName: `mappa-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })

    const draft = draftOfWords(1000)
    const checkTimes: number[] = []
    let figures = 0
    for (let run = 0; run < 7; run++) {
      const started = performance.now()
      figures = checkCopy(draft, storyData(store.db), 'essex', '2021/22').length
      checkTimes.push(performance.now() - started)
    }
    console.log(`Check my copy, 1,000-word draft (${figures} numbers, store read included): median ${ms(median(checkTimes))} of 7`)

    const sentenceStart = performance.now()
    const data = storyData(store.db)
    const style = houseStyle(store.db)
    for (const area of ALL_AREAS) draftSentences(data, area, '2021/22', style)
    console.log(`Sentences for all 42 areas: ${ms(performance.now() - sentenceStart)}`)

    const jobs = createLocaliseJobs(store)
    const spec = essexTrendSpec({ periods: { from: '2018/19', to: '2021/22' }, annotations: [] })
    const started = performance.now()
    const { jobId } = jobs.start({ spec, outDir: join(dir, 'packs') })
    let peakRss = process.memoryUsage().rss
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100)
    const status = await jobs.finished(jobId)
    clearInterval(sampler)
    const seconds = (performance.now() - started) / 1000
    console.log(
      `Localise, 42 areas (86 × 70 mm at 300 dpi: PNG, SVG, PDF, CSV, HTML, story.txt) in the worker: ${seconds.toFixed(1)} s, ${(seconds / 42).toFixed(2)} s a pack, ` +
        `${status.result?.made.length ?? 0} made; process peak ${Math.round(peakRss / 1048576)} MB`
    )
    const resumed = performance.now()
    const again = jobs.start({ spec, outDir: join(dir, 'packs') })
    const second = await jobs.finished(again.jobId)
    console.log(`Localise re-run (every pack complete, resumed): ${ms(performance.now() - resumed)}, ${second.result?.kept.length ?? 0} kept`)
    jobs.close()
    store.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
