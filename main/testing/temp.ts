// Temporary folders, databases and handler contexts for tests: real SQLite files on disk,
// removed afterwards.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { createImportJobs } from '../import/jobs'
import type { JobPolicy } from '../import/job-policy'
import type { WorkerLimits, WorkerScript } from '../jobs/worker-thread'
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

/**
 * Makes files or folders immutable (chattr +i) until the test ends: nobody, root included, may
 * write, create or delete in them, as on a read-only medium or share (permission bits would not
 * stop root, who runs these tests). Returns false where the file system has no immutable flag.
 */
export function makeImmutable(...paths: string[]): boolean {
  try {
    execFileSync('chattr', ['+i', ...paths], { stdio: 'ignore' })
  } catch {
    return false
  }
  cleanups.push(() => execFileSync('chattr', ['-i', ...paths], { stdio: 'ignore' }))
  return true
}

/**
 * A real small disk for tests of full and read-only disks: a tmpfs of `size` ("1m") mounted on a
 * new temp folder until the test ends. Null where mounting is refused (not root, or a container
 * without the right): the caller skips and says so.
 */
export function tempTmpfs(size: string): string | null {
  const dir = tempDir()
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir], { stdio: 'ignore' })
  } catch {
    return null
  }
  cleanups.push(() => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }))
  return dir
}

/** Makes a tmpfs from tempTmpfs read-only, as a write-protected card or share is: root cannot write to it either. */
export function remountReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' })
}

/** Whether tempTmpfs works here, found once by mounting one. */
export const canMountTmpfs = (() => {
  let answer: boolean | undefined
  return () =>
    (answer ??= (() => {
      const dir = mkdtempSync(join(tmpdir(), 'mappa-mount-'))
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' })
        execFileSync('umount', [dir], { stdio: 'ignore' })
        return true
      } catch {
        return false
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })())
})()

/** Fills the file system holding `dir` (a tempTmpfs) until only `leaveBytes` are free, with a file it names. */
export function fillDisk(dir: string, leaveBytes: number): string {
  const { bavail, bsize } = statfsSync(dir)
  const filler = join(dir, 'filler.bin')
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes)))
  return filler
}

export function tempStore(): Store {
  const store = openStore(join(tempDir(), 'test.sqlite'))
  cleanups.unshift(() => store.close())
  return store
}

/** The handler context for tests: a temp store, import jobs run in this thread unless a worker is given. */
export function tempContext(
  options: { samplePath?: string; worker?: WorkerScript; limits?: WorkerLimits; policy?: JobPolicy } = {}
): HandlerContext {
  const store = tempStore()
  const jobs = createImportJobs(store, { worker: options.worker ?? 'in-thread', limits: options.limits, policy: options.policy })
  cleanups.unshift(() => jobs.close())
  return { store, jobs, mode: 'browser', version: '0.0.0-test', samplePath: options.samplePath ?? '/nonexistent/sample.csv' }
}
