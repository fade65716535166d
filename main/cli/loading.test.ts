import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { oldStyleBook, oldStyleWorkbook } from '../testing/fixtures'
import { tempDir } from '../testing/temp'

const root = resolve(import.meta.dirname, '..', '..')

/** The libraries only exports, charts, drafts and the schemas need: a command that does none of those loads none. */
const EXPORT_LIBRARIES = ['pdfkit', 'svg-to-pdfkit', 'exceljs', 'mammoth', '@napi-rs/canvas', 'chart.js', 'zod']

/**
 * Runs the command line from its sources in a fresh Node, with module hooks that write down every
 * module the main thread loads (loaded.0; the import worker, started from an eval'd bootstrap, runs no --import).
 */
function runTraced(argv: string[], script: string[] = [join(root, 'main', 'cli.ts')]) {
  const dir = tempDir()
  const trace = join(dir, 'loaded')
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs'
let out
export function initialize(data) { out = data.out }
export async function load(url, context, next) { appendFileSync(out, url + '\\n'); return next(url, context) }`
  )
  writeFileSync(
    join(dir, 'trace.mjs'),
    `import { register } from 'node:module'
import { threadId } from 'node:worker_threads'
register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)}, { data: { out: ${JSON.stringify(trace)} + '.' + threadId } })`
  )
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', pathToFileURL(join(dir, 'trace.mjs')).href, ...script, ...argv], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MAPPA_DB: join(dir, 'desk.sqlite') }
  })
  const main = existsSync(`${trace}.0`) ? readFileSync(`${trace}.0`, 'utf8').trim().split('\n') : []
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, main }
}

const packagesIn = (urls: string[]) => new Set(urls.flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []))
const sourcesIn = (urls: string[]) =>
  urls.filter((url) => url.startsWith(pathToFileURL(join(root, 'main')).href)).map((url) => url.slice(pathToFileURL(root).href.length + 1))

describe('what the command line and the desk load', () => {
  it('answers help and a mistyped command without loading the app, the store or any library', () => {
    const help = runTraced(['help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: npm run mappa -- <command> [options]')
    const mistyped = runTraced(['imprt', 'x.xlsx'])
    expect(mistyped.status).toBe(2)
    expect(mistyped.stderr).toMatch(/^mappa: Unknown command "imprt": /)
    for (const run of [help, mistyped]) {
      expect(sourcesIn(run.main)).toContain('main/cli/usage.ts')
      expect(sourcesIn(run.main).filter((source) => /^main\/(app|store\/database|ipc|import|export)/.test(source))).toEqual([])
      expect([...packagesIn(run.main)].filter((name) => !['tsx', 'esbuild', 'get-tsconfig', 'resolve-pkg-maps'].includes(name))).toEqual([])
    }
  }, 60_000)

  it('imports a small workbook on this thread and a CSV in the worker, never loading the export libraries', () => {
    const dir = tempDir()
    const small = join(dir, 'mappa-2021-22.xlsx')
    writeFileSync(small, oldStyleBook('xlsx', { year: 2022 }))
    const here = runTraced(['import', small])
    expect(here.stderr).toContain('creating a new one')
    expect(here.stdout).toMatch(/imported "MAPPA annual report 2021\/22"/)
    expect(here.status).toBe(0)
    // A workbook this small (job-policy.ts, isReadHere) is read and written here: no worker to start.
    expect(sourcesIn(here.main)).toEqual(expect.arrayContaining(['main/import/analyse.ts', 'main/import/commit.ts']))

    // A CSV, whatever its size, is read in the worker, within its limits: this thread never loads the reader or the recognisers.
    const csv = join(dir, 'mappa-2021-22.csv')
    writeFileSync(csv, oldStyleWorkbook('csv'))
    const inWorker = runTraced(['import', csv])
    expect(inWorker.stdout).toMatch(/imported /)
    expect(inWorker.status).toBe(0)
    expect(
      sourcesIn(inWorker.main).filter((source) => /^main\/import\/(analyse|registry|workbook|ods\/|recognisers\/)/.test(source))
    ).toEqual([])
    expect(packagesIn(inWorker.main).has('@e965/xlsx')).toBe(false)

    for (const run of [here, inWorker]) {
      const loaded = packagesIn(run.main)
      expect(EXPORT_LIBRARIES.filter((name) => loaded.has(name))).toEqual([])
      expect(sourcesIn(run.main).filter((source) => /^main\/(ipc|export)\//.test(source))).toEqual([])
    }
  }, 120_000)

  it('opens the desk and answers its first calls without the export libraries, loading the table writers with the first table call and exceljs only for a workbook', () => {
    const app = pathToFileURL(join(root, 'main', 'app.ts')).href
    const script = `const { createCore } = await import(${JSON.stringify(app)})
      const core = createCore({ dbPath: process.env.MAPPA_DB, mode: 'browser' })
      for (const channel of ['app:info', 'areas:list', 'measures:list', 'charts:list', 'templates:list', 'story:style']) {
        if (!(await core.dispatch(channel, {})).ok) throw new Error(channel)
      }
      console.log('first calls answered')
      const formats = await core.dispatch('tables:formats', {})
      console.log(formats.result.map((format) => format.format).join(' '))
      core.close()`
    const run = runTraced([], ['--input-type=module', '-e', script])
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^first calls answered\ncsv xlsx /)
    const beforeTables = run.main.slice(
      0,
      run.main.findIndex((url) => url.endsWith('/main/export/tables/registry.ts'))
    )
    expect(beforeTables.length).toBeGreaterThan(0)
    expect(packagesIn(beforeTables).has('zod')).toBe(true)
    expect(EXPORT_LIBRARIES.filter((name) => name !== 'zod' && packagesIn(beforeTables).has(name))).toEqual([])
    // Listing the formats loads the writers, not the workbook library behind one of them.
    expect(run.main.some((url) => url.endsWith('/main/export/tables/registry.ts'))).toBe(true)
    expect(packagesIn(run.main).has('exceljs')).toBe(false)
  }, 60_000)
})
