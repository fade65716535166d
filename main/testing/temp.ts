// Temporary folders and databases for tests: real SQLite files on disk, removed afterwards.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
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
