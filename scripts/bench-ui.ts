// UI benchmark in browser mode: first grid paint of the rso pivot (42 areas × 15 periods), 100 edits
// through the grid and the API, chart previews and dropped files to their import preview (`--drop-only`: that
// alone). Uses only its own temp database, server and Chromium; changes nothing else.

import { chromium, type Browser, type Page } from '@playwright/test'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { oldStyleBook } from '../main/testing/fixtures'
import { builtCli as cli } from '../e2e/server'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config'

const root = resolve(import.meta.dirname, '..')
const YEARS = Array.from({ length: 15 }, (_, index) => 2010 + index)
const NEWEST = '2023/24'
const EDITS = 100
const PAINTS = 5
// 170 s covered the grid alone; the chart editor's preview step adds about 10 s on a loaded 2-core machine.
const DEADLINE_MS = 200_000

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.9))]
const ms = (value: number) => `${value.toFixed(1)} ms`

function seed(dir: string): string {
  const db = join(dir, 'bench.sqlite')
  const files = YEARS.map((year) => {
    const file = join(dir, `mappa-${year}.xlsx`)
    writeFileSync(file, oldStyleBook('xlsx', { year }))
    return file
  })
  execFileSync(process.execPath, [cli, 'import', ...files, '--db', db], { stdio: 'ignore' })
  return db
}

function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, 'serve', '--db', db], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output)
      if (match) done({ child, url: match[0] })
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => fail(new Error(`browser mode exited with ${code}: ${output}`)))
  })
}

/** The page's clock (performance.now()) when every area row shows its newest rso figure. */
async function allAreasShownAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (period) => {
      const cells = Array.from(document.querySelectorAll(`.pivot-grid [role="gridcell"][col-id="${period}"]`))
      return cells.filter((cell) => (cell.textContent ?? '') !== '').length >= 42 ? performance.now() : false
    },
    NEWEST,
    { polling: 'raf', timeout: 30_000 }
  )
  return Number(await handle.jsonValue())
}

/** Milliseconds from navigation start until every area row shows its newest rso figure. */
async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url)
  return allAreasShownAt(page)
}

/** Milliseconds from clicking the By measure tab (coming from By area) until every area row shows. */
async function viewSwitch(page: Page): Promise<number> {
  await page.getByRole('tab', { name: 'By area' }).click()
  await page.locator('.pivot-grid [row-id="rso_rate"]').first().waitFor()
  const started = await page.evaluate(() => {
    document.querySelector<HTMLButtonElement>('#view-tab-measure')!.click()
    return performance.now()
  })
  return (await allAreasShownAt(page)) - started
}

/**
 * Clicks Save in the reason dialog and times it until the cell shows the figure; counts the rows
 * whose DOM changed until the reload that follows has landed too (a quiet 150 ms).
 */
async function saveAndWatch(page: Page, rowKey: string, expected: string): Promise<{ ms: number; rows: number }> {
  return page.evaluate(
    ({ rowKey: key, expected: text, period }) =>
      new Promise<{ ms: number; rows: number }>((done) => {
        const grid = document.querySelector('.pivot-grid')!
        const touched = new Set<string>()
        // No local functions in here: tsx would wrap them in a helper the page does not have.
        const selector = `.pivot-grid [row-id="${key}"] [col-id="${period}"]`
        const started = performance.now()
        let shown = 0
        let quiet = setTimeout(() => undefined, 0)
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            const node = record.target instanceof Element ? record.target : record.target.parentElement
            const row = node?.closest('[row-id]')?.getAttribute('row-id')
            if (row) touched.add(row)
          }
          if (shown === 0 && document.querySelector(selector)?.textContent === text) shown = performance.now() - started
          clearTimeout(quiet)
          if (shown > 0) {
            quiet = setTimeout(() => {
              observer.disconnect()
              done({ ms: shown, rows: touched.size })
            }, 150)
          }
        })
        observer.observe(grid, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] })
        document.querySelector<HTMLButtonElement>('dialog[open] button[type="submit"]')!.click()
      }),
    { rowKey, expected, period: NEWEST }
  )
}

async function editsThroughUi(page: Page): Promise<{ full: number[]; save: number[]; rows: number[] }> {
  const ids = await page.$$eval('.pivot-grid [row-id]', (rows) => rows.map((row) => row.getAttribute('row-id') ?? ''))
  const areas = [...new Set(ids)].filter((id) => id !== '' && id !== 'england-and-wales' && id !== 'wales')
  const full: number[] = []
  const save: number[] = []
  const rows: number[] = []
  for (let index = 0; index < EDITS; index++) {
    const area = areas[index % areas.length]
    const value = 3000 + index
    const started = performance.now()
    await page.locator(`.pivot-grid [row-id="${area}"] [col-id="${NEWEST}"]`).click()
    await page.keyboard.type(String(value))
    await page.keyboard.press('Enter')
    await page.getByRole('textbox', { name: 'Reason' }).fill(`Benchmark edit ${index + 1}`)
    const typed = performance.now() - started
    const timed = await saveAndWatch(page, area, value.toLocaleString('en-GB'))
    full.push(typed + timed.ms)
    save.push(timed.ms)
    rows.push(timed.rows)
  }
  return { full, save, rows }
}

/** The same work without the UI: edits:apply then pivot:measure, from the page, over HTTP. */
async function editsThroughApi(page: Page): Promise<number[]> {
  return page.evaluate(
    async ({ count, period }) => {
      const headers = { 'content-type': 'application/json', 'x-mappa-token': sessionStorage.getItem('mappa-token') ?? '' }
      const times: number[] = []
      for (let index = 0; index < count; index++) {
        const started = performance.now()
        const calls: [string, unknown][] = [
          ['edits:apply', { area: 'kent', measure: 'rso', period, value: String(5000 + index), reason: 'API benchmark' }],
          ['pivot:measure', { measure: 'rso', derived: [] }]
        ]
        for (const [channel, args] of calls) {
          const envelope: unknown = await (await fetch(`/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(args) })).json()
          if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope) || envelope.ok !== true)
            throw new Error(`${channel} failed`)
        }
        times.push(performance.now() - started)
      }
      return times
    },
    { count: EDITS, period: NEWEST }
  )
}

const PREVIEW_KEYSTROKES = 10

/** Chart editor: from a keystroke in the title to the core's redrawn preview shown (debounce, render, decode). */
async function chartPreviewUpdates(page: Page): Promise<number[]> {
  await page.getByRole('tab', { name: 'By measure' }).click()
  await page.getByRole('button', { name: 'Chart', exact: true }).click()
  const preview = page.getByRole('dialog', { name: 'Chart editor' }).getByRole('region', { name: 'Preview' })
  await preview.getByRole('img').waitFor()
  const title = page.getByRole('dialog', { name: 'Chart editor' }).getByRole('textbox', { name: 'Title', exact: true })
  await title.click()
  const times: number[] = []
  for (let key = 0; key < PREVIEW_KEYSTROKES; key++) {
    const before = await preview.getByRole('img').getAttribute('src')
    await page.keyboard.type(String.fromCharCode(65 + key))
    const handle = await page.waitForFunction(
      (previous) => {
        const region = document.querySelector<HTMLElement>('section.chart-preview')
        const image = region?.querySelector('img')
        return image && image.getAttribute('src') !== previous && region!.dataset.previewUrl === image.getAttribute('src')
          ? Number(region!.dataset.previewMs)
          : false
      },
      before,
      { polling: 'raf' }
    )
    times.push((await handle.jsonValue()) as number)
  }
  await page.keyboard.press('Escape')
  return times
}

const DROPS = 10
/** Between one drop's preview closing and the next drop. */
const DROP_PAUSE_MS = 1500

/** One drop, timed on the page's own clock (performance.now()) from the drop event; all in ms. */
interface DropTiming {
  /** Until the dialog is open and the frame showing it has been painted: the figure the reporter sees. */
  painted: number
  /** Until import:start went out (the file's bytes read and encoded). */
  sent: number
  /** Until import:start answered (the bytes uploaded, the job started). */
  started: number
  /** Until the import:status answer that carried the preview arrived (read in the worker, then the poll that found it). */
  answered: number
  /** Until the dialog was open (React's render of the preview, then showModal). */
  open: number
  /** From before Playwright dispatched the drop until it saw the dialog, on the benchmark's clock: its round trips included. */
  roundTrip: number
}

/**
 * Watches for the next preview dialog: the time it opens (showModal sets `open`) and the time of the
 * first message after the next animation frame, which runs once that frame has been painted. A string,
 * not a function: tsx would wrap local functions in a helper the page does not have.
 */
const WATCH_PREVIEW = `new Promise((done) => {
  const observer = new MutationObserver(() => {
    const dialog = document.querySelector('dialog.preview-dialog')
    if (!dialog || !dialog.open) return
    observer.disconnect()
    const open = performance.now()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => done({ open, painted: performance.now() })
      channel.port2.postMessage(null)
    })
  })
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] })
})`

/**
 * From a file dropped on the window to its import preview painted (read, sent, sniffed, recognised,
 * found by the window's poll, rendered), with where the time went. The page's resource timings give
 * the calls' times without touching them.
 */
async function dropsToPreview(page: Page): Promise<DropTiming[]> {
  const name = 'mappa-annual-report-2025-26.xlsx'
  const bytes = Array.from(oldStyleBook('xlsx', { year: 2026 }))
  const preview = page.getByRole('dialog', { name: 'Import preview' })
  const timings: DropTiming[] = []
  for (let run = 0; run < DROPS; run++) {
    // A reporter drops the next file seconds after closing a preview, not at once: the desk starts the next
    // job's worker while it is idle (job-policy.ts, SPARE_AFTER_MS), which a drop in the same breath would not find.
    await page.waitForTimeout(DROP_PAUSE_MS)
    await page.evaluate(() => {
      performance.clearResourceTimings()
      ;(window as unknown as { benchPreview?: unknown }).benchPreview = undefined
    })
    // `void`: evaluate would otherwise wait for the promise, which only the drop settles.
    await page.evaluate(`void (window.benchPreview = ${WATCH_PREVIEW})`)
    const before = performance.now()
    const dropped = await page.evaluate(
      ({ fileName, data }) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([new Uint8Array(data)], fileName))
        for (const type of ['dragenter', 'dragover'])
          document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
        const at = performance.now()
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
        return at
      },
      { fileName: name, data: bytes }
    )
    await preview.waitFor({ state: 'visible', timeout: 30_000 })
    const roundTrip = performance.now() - before
    const shown = await page.evaluate(async () => {
      const { open, painted } = await (window as unknown as { benchPreview: Promise<{ open: number; painted: number }> }).benchPreview
      const calls = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/api/import%3A'))
        .map((entry) => ({ name: entry.name, startTime: entry.startTime, responseEnd: (entry as PerformanceResourceTiming).responseEnd }))
      return { open, painted, calls }
    })
    const start = shown.calls.find((call) => call.name.includes('import%3Astart'))
    const answer = shown.calls.filter((call) => call.name.includes('import%3Astatus') && call.responseEnd <= shown.open).at(-1)
    if (!start || !answer) throw new Error('bench-ui: the drop made no import:start and import:status calls')
    timings.push({
      painted: shown.painted - dropped,
      sent: start.startTime - dropped,
      started: start.responseEnd - dropped,
      answered: answer.responseEnd - dropped,
      open: shown.open - dropped,
      roundTrip
    })
    await preview.getByRole('button', { name: 'Cancel' }).click()
    await preview.waitFor({ state: 'hidden' })
  }
  return timings
}

/** The drop's figure and its steps, as medians of the runs. */
function printDrops(drops: DropTiming[]): void {
  const at = (key: keyof DropTiming) => median(drops.map((drop) => drop[key]))
  console.log(
    `drop a MoJ workbook → import preview painted: median ${ms(at('painted'))}, p90 ${ms(p90(drops.map((drop) => drop.painted)))}, ${drops.length} runs`
  )
  console.log(
    `  medians from the drop: import:start sent ${ms(at('sent'))}, answered ${ms(at('started'))}; the status carrying the preview answered ${ms(at('answered'))}; dialog open ${ms(at('open'))}; painted ${ms(at('painted'))}`
  )
  console.log(`  the same drops as Playwright sees them (its round trips included): median ${ms(at('roundTrip'))}`)
}

async function main(): Promise<void> {
  if (!existsSync(cli)) throw new Error('out/main/cli.cjs is missing: run `npx electron-vite build` first')
  const dir = mkdtempSync(join(tmpdir(), 'mappa-bench-ui-'))
  let server: ChildProcess | undefined
  let browser: Browser | undefined
  const deadline = setTimeout(() => {
    console.error('bench-ui: over time, stopping')
    server?.kill('SIGTERM')
    void browser?.close()
    process.exit(1)
  }, DEADLINE_MS)
  try {
    const seeding = performance.now()
    const db = seed(dir)
    console.log(
      `Seeded ${YEARS.length} MoJ-style workbooks (periods ${YEARS[0] - 1}/${String(YEARS[0] % 100).padStart(2, '0')} to ${NEWEST}) in ${ms(performance.now() - seeding)}`
    )
    const started = await serve(db)
    server = started.child
    // Real scrollbars, as a desktop window has them and the e2e suite uses: headless Chromium's hidden ones become
    // AG Grid's invisible overlay scrollbar, which lies over the foot of the last row.
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--hide-scrollbars'] })
    if (process.argv.includes('--drop-only')) {
      // `--drop-only`: the drop to preview alone, the figure the import's start-up work decides.
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
      await firstPaint(page, started.url)
      printDrops(await dropsToPreview(page))
      return
    }
    const paints: number[] = []
    for (let run = 0; run < PAINTS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      paints.push(await firstPaint(await context.newPage(), started.url))
      await context.close()
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await firstPaint(page, started.url)
    const switches: number[] = []
    for (let run = 0; run < PAINTS; run++) switches.push(await viewSwitch(page))
    const ui = await editsThroughUi(page)
    const api = await editsThroughApi(page)
    const previews = await chartPreviewUpdates(page)
    const drops = await dropsToPreview(page)
    console.log('')
    console.log('MAPPA Desk UI benchmark (browser mode, Chromium, rso by area: 42 areas + England and Wales × 15 periods)')
    console.log('')
    console.log('| measure                                              | median    | p90       | runs |')
    console.log('|------------------------------------------------------|-----------|-----------|------|')
    const row = (label: string, values: number[]) =>
      console.log(
        `| ${label.padEnd(52)} | ${ms(median(values)).padStart(9)} | ${ms(p90(values)).padStart(9)} | ${String(values.length).padStart(4)} |`
      )
    row('first grid paint (navigation → all 42 rows shown)', paints)
    row('grid paint on view switch (By area → By measure)', switches)
    row('edit round trip, UI (type → reason → saved → shown)', ui.full)
    row('edit, Save click → stored → cell shows new value', ui.save)
    row('edit round trip, API only (edits:apply + pivot)', api)
    row('chart preview, keystroke → redrawn preview shown', previews)
    row(
      'drop a MoJ workbook → import preview painted',
      drops.map((drop) => drop.painted)
    )
    console.log('')
    printDrops(drops)
    console.log(`Grid rows touched per edit (DOM mutations): median ${median(ui.rows)}, max ${Math.max(...ui.rows)} of 43`)
    console.log('The UI round trip includes Playwright driving the page (click, typing, filling the reason).')
  } finally {
    clearTimeout(deadline)
    await browser?.close()
    server?.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(`bench-ui: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
