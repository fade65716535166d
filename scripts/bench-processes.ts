// Whole-process figures for `npm run bench`, side by side: `mappa import` of a file (as a reporter
// runs it) against SheetJS parsing it alone and LibreOffice converting it, plus the renderer's size.
// One function per case; each prints nothing and returns a row. Writes only to the folder it is given.

import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

export interface ProcessFigure {
  ms: number
  /** Peak resident memory of the whole process tree that ran, in bytes (GNU time), where known. */
  peakRss?: number
  /** Why there is no figure, in one line. */
  skipped?: string
}

/** Runs a command to the end, timing it and its peak memory with /usr/bin/time where installed; `exitCode` is the status it must end with. */
function timed(command: string, args: string[], exitCode = 0): ProcessFigure & { stderr: string } {
  const hasTime = existsSync('/usr/bin/time')
  const started = performance.now()
  const child = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', command, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
  const ms = performance.now() - started
  if (child.status !== exitCode)
    throw new Error(
      `${command} ${args.join(' ')} ended with ${child.status}: ${(child.stderr ?? '').trim().split('\n').slice(-2).join(' ')}`
    )
  const peak = /peak-kb (\d+)/.exec(child.stderr ?? '')?.[1]
  return {
    ms,
    peakRss: peak === undefined ? undefined : Number(peak) * 1024,
    stderr: (child.stderr ?? '').replace(/^(?:peak-kb \d+|Command exited with non-zero status \d+)\n?/gm, '')
  }
}

/** `npm run mappa -- ARGS` without npm's own start-up: the launcher, then the built CLI or tsx. */
const mappa = (args: string[], exitCode = 0) => timed(process.execPath, [join(root, 'scripts', 'mappa.cjs'), ...args], exitCode)

/** `mappa check FILE` on a draft it must refuse (exit code 1): its time, peak memory and the line it printed. */
export function mappaCheckRefused(file: string, database: string): ProcessFigure & { stderr: string } {
  return mappa(['check', '--db', database, '--area', 'essex', '--period', '2021/22', file], 1)
}

/** `npm run mappa -- import FILE` into a new database. */
export function mappaImport(file: string, folder: string): ProcessFigure {
  const db = join(folder, `whole-${Date.now()}-${Math.random().toString(36).slice(2)}.sqlite`)
  return mappa(['import', file, '--db', db])
}

/** A Node process that only reads the file with SheetJS, as MAPPA Desk asks it to. */
export function sheetjsParse(file: string): ProcessFigure {
  const script = `import * as XLSX from '@e965/xlsx'; import { readFileSync } from 'node:fs';
    XLSX.read(readFileSync(${JSON.stringify(file)}), { type: 'buffer', dense: true, cellDates: true, sheetRows: 200001 })`
  return timed(process.execPath, ['--input-type=module', '-e', script])
}

/** LibreOffice converting the file's first sheet to CSV, headless; skipped where it is not installed. */
export function libreOfficeConvert(file: string, folder: string): ProcessFigure {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'].find((path) =>
    existsSync(path)
  )
  if (!soffice) return { ms: 0, skipped: 'LibreOffice (soffice) is not installed' }
  // Its own profile folder, so a LibreOffice already open elsewhere neither blocks nor is touched.
  const profile = `file://${join(folder, 'soffice-profile')}`
  return timed(soffice, [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--convert-to',
    'csv',
    '--outdir',
    join(folder, 'soffice-out'),
    file
  ])
}

/** The renderer as shipped: every file electron-vite wrote to out/renderer. */
export function rendererBundle(): { bytes: number; skipped?: string } {
  const folder = join(root, 'out', 'renderer')
  if (!existsSync(folder)) return { bytes: 0, skipped: 'out/renderer is not built (npm run build)' }
  const size = (path: string): number =>
    statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0) : statSync(path).size
  return { bytes: size(folder) }
}

/**
 * What a spare import worker holds while it waits for a file (jobs.ts, keepSpareWorker): a Node
 * process's resident memory before starting the built worker and two seconds after it came online
 * (its libraries loaded), the median of `runs` processes.
 */
export function spareWorkerMemory(runs = 3): { bytes: number; skipped?: string } {
  const worker = join(root, 'out', 'main', 'import-worker.cjs')
  if (!existsSync(worker)) return { bytes: 0, skipped: 'out/main/import-worker.cjs is not built' }
  const script = `const { Worker } = require('node:worker_threads')
    const before = process.memoryUsage().rss
    const worker = new Worker(${JSON.stringify(worker)}, { workerData: null })
    worker.once('online', () => setTimeout(() => { console.log(process.memoryUsage().rss - before); void worker.terminate() }, 2000))`
  const figures = Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })
    const bytes = Number(child.stdout.trim())
    if (child.status !== 0 || !Number.isFinite(bytes)) throw new Error(`spare worker: ${(child.stderr ?? '').trim().split('\n').at(-1)}`)
    return bytes
  }).sort((a, b) => a - b)
  return { bytes: figures[Math.floor(figures.length / 2)] }
}

/** The best of a few runs of one whole-process case and their spread (best to worst): the machine is shared, so one run says little. */
export function bestOf(runs: number, measure: () => ProcessFigure): ProcessFigure & { spreadMs: number } {
  const figures = Array.from({ length: runs }, measure)
  const best = figures.reduce((fastest, figure) => (figure.ms < fastest.ms ? figure : fastest))
  return { ...best, spreadMs: Math.max(...figures.map((figure) => figure.ms)) - best.ms }
}

/**
 * Several whole-process cases run in turn, round after round, so a busy spell of the shared
 * machine falls on all of them alike; each case's median and best.
 */
export function interleaved(rounds: number, cases: (() => ProcessFigure)[]): { median: number; best: number }[] {
  const times = cases.map(() => [] as number[])
  for (let round = 0; round < rounds; round++) cases.forEach((measure, index) => times[index].push(measure().ms))
  return times.map((each) => {
    const sorted = [...each].sort((a, b) => a - b)
    return { median: sorted[Math.floor(sorted.length / 2)], best: sorted[0] }
  })
}

/** `npm run mappa -- help` without npm: the command line's own start-up. */
export function mappaHelp(): ProcessFigure {
  return mappa(['help'])
}

/** `mappa import FILE` into a fresh copy of a database that already holds an edition. */
export function mappaImportInto(file: string, database: string, folder: string): ProcessFigure {
  const db = join(folder, `existing-${Date.now()}-${Math.random().toString(36).slice(2)}.sqlite`)
  copyFileSync(database, db)
  return mappa(['import', file, '--db', db])
}

/**
 * The desk in browser mode, as a window meets it: from starting `mappa serve` on a database to
 * its answer to the window's first call (app:info). Run from a small script, which stops the server.
 */
export function deskStart(database: string): ProcessFigure {
  const script = `import { spawn } from 'node:child_process'
    const started = performance.now()
    const child = spawn(process.execPath, [${JSON.stringify(join(root, 'scripts', 'mappa.cjs'))}, 'serve', '--db', ${JSON.stringify(database)}], { stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', async (chunk) => {
      output += chunk
      const match = /http:\\/\\/127\\.0\\.0\\.1:(\\d+)\\/\\?token=(\\S+)/.exec(output)
      if (!match || child.answered) return
      child.answered = true
      const reply = await fetch('http://127.0.0.1:' + match[1] + '/api/app:info', { method: 'POST', headers: { 'x-mappa-token': match[2] }, body: '{}' })
      const envelope = await reply.json()
      const ms = performance.now() - started
      child.kill('SIGTERM')
      if (!envelope.ok) throw new Error('app:info failed')
      console.log(ms)
    })`
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })
  const ms = Number(child.stdout.trim())
  if (child.status !== 0 || !Number.isFinite(ms))
    throw new Error(`desk start failed: ${(child.stderr ?? '').trim().split('\n').slice(-2).join(' ')}`)
  return { ms }
}
