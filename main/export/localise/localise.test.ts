import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseChartSpec } from '../../contract/chart/spec'
import { importFile } from '../../import/importFile'
import { oldStyleBook } from '../../testing/fixtures'
import { tempDir, tempStore } from '../../testing/temp'
import { essexTrendSpec, readPngInfo } from '../../testing/chart'
import { createLocaliseJobs } from './jobs'
import { PACK_FILES, specForArea } from './pack'
import { runLocalise } from './run'

function deskWithThreeEditions() {
  const store = tempStore()
  for (const year of [2020, 2021, 2022]) importFile(store, { fileName: `mappa-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })
  return store
}

const spec = essexTrendSpec({ periods: { from: '2019/20', to: '2021/22' }, dpi: 150 })

describe('the spec for each area', () => {
  it('charts and highlights the area in a single-area spec, renaming the title and dropping notes pinned on Essex', () => {
    const kent = specForArea(parseChartSpec(spec), 'kent', { from: 'Essex', to: 'Kent' })
    expect(kent).toMatchObject({
      areas: ['kent'],
      highlight: 'kent',
      reference: 'england-and-wales',
      title: 'Registered sex offenders in Kent',
      annotations: [],
      altText: ''
    })
  })

  it('keeps every area of a several-area spec and adds and highlights the one localised', () => {
    const several = parseChartSpec({ ...spec, areas: ['essex', 'suffolk', 'norfolk'], title: 'East of England' })
    expect(specForArea(several, 'kent', { from: 'Essex', to: 'Kent' })).toMatchObject({
      areas: ['essex', 'suffolk', 'norfolk', 'kent'],
      highlight: 'kent',
      title: 'East of England'
    })
    expect(specForArea(several, 'suffolk', { from: 'Essex', to: 'Suffolk' }).areas).toEqual(['essex', 'suffolk', 'norfolk'])
  })
})

describe('a localise run', () => {
  it('writes a complete pack per area with predictable names, and an index page', async () => {
    const store = deskWithThreeEditions()
    const out = join(tempDir(), 'packs')
    const progress: number[] = []
    const result = await runLocalise(
      store.db,
      { spec, outDir: out, areas: ['essex', 'kent'] },
      { onProgress: (step) => progress.push(step.done) }
    )
    expect(result).toMatchObject({ isComplete: true, made: ['essex', 'kent'], kept: [], failed: [], isCancelled: false })
    expect(progress.at(-1)).toBe(2)
    expect(readdirSync(out).sort()).toEqual(['.mappa-desk-packs.json', 'essex', 'index.html', 'kent'])
    expect(readdirSync(join(out, 'kent')).sort()).toEqual([...PACK_FILES, 'pack.json'].sort())
    const png = readPngInfo(readFileSync(join(out, 'kent', 'chart.png')))
    expect(Math.round((png.pixelsPerMetre ?? 0) * 0.0254)).toBe(150)
    expect(png.width).toBe(Math.round((86 / 25.4) * 150))
    expect(readFileSync(join(out, 'kent', 'chart.svg'), 'utf8')).toContain('Registered sex offenders in Kent')
    expect(
      readFileSync(join(out, 'kent', 'chart.pdf'))
        .subarray(0, 5)
        .toString()
    ).toBe('%PDF-')
    expect(readFileSync(join(out, 'kent', 'table.csv'), 'utf8')).toMatch(/^\uFEFFRegistered sex offenders in Kent[\s\S]*\nKent,/)
    expect(readFileSync(join(out, 'kent', 'table.html'), 'utf8')).toContain('Kent')
    const story = readFileSync(join(out, 'essex', 'story.txt'), 'utf8')
    expect(story).toContain(
      'There were 1,867 registered sex offenders in Essex at the end of March 2022, up from 1,684 a year earlier (up 11 per cent)'
    )
    expect(story).toMatch(/Alt text: Registered sex offenders in Essex\./)
    expect(story).toContain('Source: Ministry of Justice, MAPPA annual reports')
    const index = readFileSync(result.indexPath!, 'utf8')
    expect(index).toContain('2 of 2 area packs')
    expect(index.match(/<figure/g)).toHaveLength(2)
  })

  it('leaves only complete packs when cancelled, and a re-run resumes from them', async () => {
    const store = deskWithThreeEditions()
    const out = join(tempDir(), 'packs')
    let packsDone = 0
    const first = await runLocalise(
      store.db,
      { spec, outDir: out, areas: ['essex', 'kent', 'surrey'] },
      { onProgress: (step) => (packsDone = step.done), isCancelled: () => packsDone >= 1 }
    )
    expect(first).toMatchObject({ isCancelled: true, isComplete: false, made: ['essex'] })
    expect(readdirSync(out).sort()).toEqual(['.mappa-desk-packs.json', 'essex', 'index.html'])
    const second = await runLocalise(store.db, { spec, outDir: out, areas: ['essex', 'kent', 'surrey'] })
    expect(second).toMatchObject({ isComplete: true, kept: ['essex'], made: ['kent', 'surrey'] })
    const changed = await runLocalise(store.db, { spec: { ...spec, dpi: 200 }, outDir: out, areas: ['essex'] })
    expect(changed.made).toEqual(['essex'])
  })

  it('cancels in the middle of a pack without leaving part of it', async () => {
    const store = deskWithThreeEditions()
    const out = join(tempDir(), 'packs')
    let checks = 0
    const result = await runLocalise(store.db, { spec, outDir: out, areas: ['essex'] }, { isCancelled: () => ++checks > 3 })
    expect(result.isCancelled).toBe(true)
    expect(readdirSync(out).sort()).toEqual(['.mappa-desk-packs.json', 'index.html'])
  })

  it('names an unknown area and a bad spec in one line', async () => {
    const store = deskWithThreeEditions()
    await expect(runLocalise(store.db, { spec, outDir: tempDir(), areas: ['atlantis'] })).rejects.toThrow('Unknown area "atlantis"')
    await expect(runLocalise(store.db, { spec: { ...spec, dpi: 5 }, outDir: tempDir() })).rejects.toThrow(
      'Chart spec dpi: must be at least 72'
    )
  })

  it('runs as a job with progress and cancel', async () => {
    const store = deskWithThreeEditions()
    const jobs = createLocaliseJobs(store, { worker: 'in-thread' })
    const out = join(tempDir(), 'packs')
    const { jobId } = jobs.start({ spec, outDir: out, areas: ['essex', 'kent', 'surrey'] })
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', progress: { total: 3 } })
    expect(jobs.cancel(jobId)).toEqual({ cancelled: true })
    const stopped = await jobs.finished(jobId)
    expect(stopped.state).toBe('cancelled')
    expect(existsSync(join(out, 'surrey'))).toBe(false)
    jobs.close()
  })
})
