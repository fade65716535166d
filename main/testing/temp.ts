// Temporary folders, databases and handler contexts for tests: real SQLite files on disk,
// removed afterwards.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { createImportJobs, type JobPolicy, type WorkerLimits, type WorkerScript } from '../import/jobs'
import type { HandlerContext } from '../ipc/handlers/context'
import { openStore, type Store } from '../store/database'

const cleanups: (() => void)[] = []

afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mappa-test-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

export function tempStore(): Store {
  const store = openStore(join(tempDir(), 'test.sqlite'))
  cleanups.unshift(() => store.close())
  return store
}

/** The handler context for tests: a temp store, import jobs run in this thread unless a worker is given. */
export function tempContext(options: { samplePath?: string; worker?: WorkerScript; limits?: WorkerLimits; policy?: JobPolicy } = {}): HandlerContext {
  const store = tempStore()
  const jobs = createImportJobs(store, options.worker ?? 'in-thread', options.limits, options.policy)
  cleanups.unshift(() => jobs.close())
  return { store, jobs, mode: 'browser', version: '0.0.0-test', samplePath: options.samplePath ?? '/nonexistent/sample.csv' }
}
