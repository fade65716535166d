import { describe, expect, it } from 'vitest'
import type { Worker } from 'node:worker_threads'
import type { Analysis } from '../import/analyse'
import { readInWorker, findImportWorker, type HeldAnalysis, type WorkerInput } from '../import/worker-protocol'
import { catalogueSnapshot } from '../store/catalogue'
import { oldStyleBook } from '../testing/fixtures'
import { tempContext } from '../testing/temp'
import { waitFor } from '../testing/wait'
import { DEFAULT_LIMITS, keepSpareWorker } from './worker-thread'

const script = findImportWorker()!

/** Reads `input` in `spare` (a worker started ahead), else in a worker started for it; ends the worker. */
function read(input: WorkerInput, spare?: Worker): Promise<Analysis | HeldAnalysis> {
  return new Promise((resolve, reject) => {
    const { worker } = readInWorker(
      script,
      input,
      DEFAULT_LIMITS,
      {
        progress: () => undefined,
        done: (analysis) => void worker.terminate().then(() => resolve(analysis)),
        failed: (error) => void worker.terminate().then(() => reject(error))
      },
      spare
    )
  })
}

describe('a worker started ahead of its job', () => {
  it('waits for its file, reads it as a worker started for it does, and is handed out once', async () => {
    const { store } = tempContext()
    const input: WorkerInput = {
      fileName: 'mappa-2021-22.xlsx',
      bytes: oldStyleBook('xlsx', { year: 2022 }),
      catalogue: catalogueSnapshot(store.db)
    }
    const spares = keepSpareWorker(script, DEFAULT_LIMITS, 0)
    expect(spares.take()).toBeUndefined()
    spares.refill()
    const spare = await waitFor(() => spares.take(), { what: 'the spare worker to start' })
    // One job per worker: the one taken is not handed out again, and none other is started until asked.
    expect(spares.take()).toBeUndefined()
    const ahead = await read(input, spare)
    const started = await read(input)
    expect(ahead.preview).toEqual(started.preview)
    expect(ahead.preview.tables.length).toBeGreaterThan(0)
    spares.close()
  }, 60_000)

  it('is not started once closed', async () => {
    const spares = keepSpareWorker(script, DEFAULT_LIMITS, 0)
    spares.refill()
    spares.close()
    // The refill's timer (0 ms) has had its turn before this one's.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(spares.take()).toBeUndefined()
    spares.refill()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(spares.take()).toBeUndefined()
  })
})
