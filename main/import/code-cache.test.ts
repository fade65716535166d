import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { oldStyleWorkbook } from '../testing/fixtures'
import { tempContext, tempDir } from '../testing/temp'
import { CODE_CACHE_KEY, codeCacheOf } from './code-cache'
import { DEFAULT_LIMITS, findWorkerScript, startWorker } from './worker-start'

/** A CommonJS bundle as small as can show the loader at work: it says how it started, then saves the cache as the import worker does. */
const bundle = (marker: string) => `
const state = globalThis[Symbol.for(${JSON.stringify(CODE_CACHE_KEY)})]
const { parentPort } = require('node:worker_threads')
function total(n) { let sum = 0; for (let i = 1; i <= n; i++) sum += i; return sum }
const isCached = state.isCached
state.save()
parentPort.postMessage({ isCached, total: total(100), marker: ${JSON.stringify(marker)}, folder: __dirname, joined: require('node:path').join('a', 'b') })
`

interface Answer {
  isCached: boolean
  total: number
  marker: string
  folder: string
  joined: string
}

function run(file: string): Promise<Answer> {
  const worker: Worker = startWorker({ path: file, codeCache: codeCacheOf(file) }, null, DEFAULT_LIMITS)
  return new Promise((resolve, reject) => {
    worker.once('message', (answer: Answer) => {
      void worker.terminate()
      resolve(answer)
    })
    worker.once('error', reject)
  })
}

describe('the code cache a built worker starts from', () => {
  it('compiles the first worker, saves what it compiled, and starts the next from it', async () => {
    const dir = tempDir()
    const file = join(dir, 'bundle.cjs')
    writeFileSync(file, bundle('one'))
    const first = await run(file)
    expect(first).toEqual({ isCached: false, total: 5050, marker: 'one', folder: dir, joined: join('a', 'b') })
    expect(existsSync(codeCacheOf(file))).toBe(true)
    const written = statSync(codeCacheOf(file)).mtimeMs
    const second = await run(file)
    expect(second).toEqual({ ...first, isCached: true })
    // Taken, the cache is not written again.
    expect(statSync(codeCacheOf(file)).mtimeMs).toBe(written)
  })

  it('never runs an older build from its cache, even one of the same length', async () => {
    const dir = tempDir()
    const file = join(dir, 'bundle.cjs')
    writeFileSync(file, bundle('one'))
    await run(file)
    // V8 alone would take this cache: it checks only the length of the source.
    writeFileSync(file, bundle('two'))
    const rebuilt = await run(file)
    expect(rebuilt).toMatchObject({ isCached: false, marker: 'two' })
    await expect(run(file)).resolves.toMatchObject({ isCached: true, marker: 'two' })
  })

  it('compiles afresh over a damaged cache and writes a good one', async () => {
    const dir = tempDir()
    const file = join(dir, 'bundle.cjs')
    writeFileSync(file, bundle('one'))
    await run(file)
    const kept = readFileSync(codeCacheOf(file))
    // The right CRCs with garbage after them: refused before V8 sees it.
    writeFileSync(codeCacheOf(file), Buffer.concat([kept.subarray(0, 8), Buffer.alloc(kept.length - 8, 0x5a)]))
    await expect(run(file)).resolves.toMatchObject({ isCached: false, total: 5050 })
    await expect(run(file)).resolves.toMatchObject({ isCached: true, total: 5050 })
    // One byte of the bytecode flipped, as a failing disk would: V8's release builds would take it.
    const flipped = readFileSync(codeCacheOf(file))
    flipped[flipped.length - 8] ^= 0xff
    writeFileSync(codeCacheOf(file), flipped)
    await expect(run(file)).resolves.toMatchObject({ isCached: false, total: 5050 })
    await expect(run(file)).resolves.toMatchObject({ isCached: true, total: 5050 })
    // Cut short, the same.
    writeFileSync(codeCacheOf(file), kept.subarray(0, 6))
    await expect(run(file)).resolves.toMatchObject({ isCached: false, total: 5050 })
  })

  it('runs without a cache where none can be written', async () => {
    const dir = tempDir()
    const file = join(dir, 'bundle.cjs')
    writeFileSync(file, bundle('one'))
    const nowhere = join(dir, 'missing-folder', 'bundle.cjs.cache')
    const worker = startWorker({ path: file, codeCache: nowhere }, null, DEFAULT_LIMITS)
    const answer = await new Promise<Answer>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    await worker.terminate()
    expect(answer).toMatchObject({ isCached: false, total: 5050 })
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false)
  })

  const built = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'import-worker.cjs')
  it.skipIf(!existsSync(built))('imports through the built worker the same with and without its cache (needs npm run build)', async () => {
    const dir = tempDir()
    cpSync(built, join(dir, 'import-worker.cjs'))
    cpSync(join(built, '..', 'import-worker-chunks'), join(dir, 'import-worker-chunks'), { recursive: true })
    const script = findWorkerScript(dir)
    expect(script).toEqual({ path: join(dir, 'import-worker.cjs'), codeCache: join(dir, `import-worker.cjs.v8-${process.versions.v8}.cache`) })
    const summaries = []
    for (let run = 0; run < 2; run++) {
      const { jobs } = tempContext({ worker: script })
      summaries.push(await jobs.importNow('mappa-2021-22.xlsx', oldStyleWorkbook('xlsx')))
      expect(existsSync(script!.codeCache!)).toBe(true)
    }
    expect(summaries.map((summary) => ({ ...summary, releaseId: 0 }))).toEqual([{ ...summaries[0], releaseId: 0 }, { ...summaries[0], releaseId: 0 }])
    expect(summaries[0]).toMatchObject({ status: 'imported', observations: 176 })
  })
})
