// `npm run bench` (story part): times checking a 1,000-word draft and the largest draft the caps
// accept, here and through the draft worker; refusing a .docx bomb, with the peak memory of
// `mappa check` doing so; drafting the sentences for all 42 areas; and a 42-area localise run in
// the localise worker, with its peak memory. Prints figures, asserts nothing; writes only to a temp folder.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { checkCopy } from '../main/domain/story/check'
import { MAX_DRAFT_CHARS, MAX_DRAFT_NUMBERS, refuseOverlongDraft } from '../main/domain/story/limits'
import { createDrafts } from '../main/jobs/drafts'
import { docxBomb } from '../main/testing/docx'
import { mappaCheckRefused } from './bench-processes'
import { draftSentences } from '../main/domain/story/sentences'
import { essexTrendSpec } from '../main/testing/chart'
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

/** The most paragraphs the caps accept (MAX_DRAFT_CHARS, MAX_DRAFT_NUMBERS). */
function largestDraft(): { text: string; paragraphs: number } {
  const accepts = (paragraphs: number) => {
    try {
      refuseOverlongDraft(Array(paragraphs).fill(PARAGRAPH).join('\n\n'))
      return true
    } catch {
      return false
    }
  }
  let [low, high] = [1, MAX_DRAFT_CHARS / PARAGRAPH.length + 1]
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (accepts(middle)) low = middle
    else high = middle
  }
  return { text: Array(low).fill(PARAGRAPH).join('\n\n'), paragraphs: low }
}

/** The built draft worker, as the app starts it (npm run bench builds first); else its source under tsx. */
const builtDraftWorker = resolve(import.meta.dirname, '..', 'out', 'main', 'draft-worker.cjs')
const drafts = createDrafts(existsSync(builtDraftWorker) ? { path: builtDraftWorker } : undefined)

async function medianOf(runs: number, measure: () => unknown): Promise<number> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await measure()
    times.push(performance.now() - started)
  }
  return median(times)
}

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
    // Fifteen editions, as a newsroom's store holds them after years of use.
    for (let year = 2010; year <= 2024; year++) importFile(store, { fileName: `mappa-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })

    const draft = draftOfWords(1000)
    let data = storyData(store.db)
    const read = await medianOf(7, () => (data = storyData(store.db)))
    let figures = 0
    const here = await medianOf(7, () => (figures = checkCopy(draft, data, 'essex', '2021/22').length))
    // The app's path: the store read kept until the next write, the check in the kept draft worker.
    const inWorker = await medianOf(7, () => drafts.check(draft, data, { area: 'essex', period: '2021/22' }))
    console.log(
      `Check my copy, 1,000-word draft (${figures} numbers, 15 editions in the store): median ${ms(inWorker)} of 7 through the draft worker (${existsSync(builtDraftWorker) ? 'built' : 'source under tsx'}), as the app runs it; ${ms(here)} in-process (aim: under 50 ms)`
    )
    console.log(
      `  the store read it is checked against (${data.figures.length.toLocaleString('en-GB')} figures): median ${ms(read)} of 7, once per version of the store`
    )

    const largest = largestDraft()
    let numbers = 0
    const largestHere = await medianOf(3, () => (numbers = checkCopy(largest.text, data, 'essex', '2021/22').length))
    console.log(
      `Largest draft the caps accept (${largest.paragraphs} paragraphs, ${largest.text.length.toLocaleString('en-GB')} characters, ${numbers.toLocaleString('en-GB')} figures read; caps ${MAX_DRAFT_CHARS.toLocaleString('en-GB')} characters, ${MAX_DRAFT_NUMBERS.toLocaleString('en-GB')} numbers): median ${ms(largestHere)} of 3 (aim: under 2 s)`
    )
    console.log(
      `  the same through the draft worker: median ${ms(await medianOf(3, () => drafts.check(largest.text, data, { area: 'essex', period: '2021/22' })))} of 3`
    )
    const growth = []
    for (const share of [4, 2, 1]) {
      const part = Array(Math.floor(largest.paragraphs / share))
        .fill(PARAGRAPH)
        .join('\n\n')
      growth.push(`${ms(await medianOf(3, () => checkCopy(part, data, 'essex', '2021/22')))} for ${Math.floor(largest.paragraphs / share)}`)
    }
    console.log(`  growth with length (paragraphs, here): ${growth.join(', ')}`)

    // The shape of the .docx that killed the desk: under 1.3 MB, its document.xml unpacking to 306 MB.
    const bomb = join(dir, 'bomb.docx')
    const bombBytes = docxBomb(306 * 1000 * 1000)
    writeFileSync(bomb, bombBytes)
    const rssBefore = process.memoryUsage().rss
    let line = ''
    const refusedHere = await medianOf(3, () => drafts.read('bomb.docx', bombBytes).catch((error: Error) => (line = error.message)))
    console.log(
      `.docx bomb (${(bombBytes.length / 1048576).toFixed(1)} MB unpacking to 306 MB) refused in the draft worker: median ${ms(refusedHere)} of 3, this process grew ${Math.round((process.memoryUsage().rss - rssBefore) / 1048576)} MB`
    )
    const whole = mappaCheckRefused(bomb, join(dir, 'bench.sqlite'))
    console.log(
      `  mappa check bomb.docx, whole process: ${ms(whole.ms)}, peak ${whole.peakRss === undefined ? 'not measured (no /usr/bin/time)' : `${Math.round(whole.peakRss / 1048576)} MB`}; said: ${whole.stderr.trim() || line}`
    )

    const sentenceStart = performance.now()
    const sentenceData = storyData(store.db)
    const style = houseStyle(store.db)
    for (const area of ALL_AREAS) draftSentences(sentenceData, area, '2021/22', style)
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
    console.log(
      `Localise re-run (every pack complete, resumed): ${ms(performance.now() - resumed)}, ${second.result?.kept.length ?? 0} kept`
    )
    jobs.close()
    store.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
