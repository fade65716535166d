// A database on a read-only medium in browser mode: the figures show, the status bar says
// read-only, and a correction is refused in one line, changing nothing.

import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { expect, test } from './fixtures'

let immutable: string[] = []

// Runs before the app is stopped and its folder removed.
test.afterEach(() => {
  if (immutable.length > 0) execFileSync('chattr', ['-i', ...immutable])
  immutable = []
})

/** chattr +i stands in for a read-only medium: nobody, root included, may write the file or add -wal/-shm beside it. */
function makeImmutable(...paths: string[]): boolean {
  try {
    execFileSync('chattr', ['+i', ...paths], { stdio: 'ignore' })
  } catch {
    return false
  }
  immutable = paths
  return true
}

test('a database on a read-only medium shows its figures, says read-only and refuses a correction', async ({ page, desk, app }) => {
  await desk.openSample()

  let isImmutable = true
  await app.restart(() => (isImmutable = makeImmutable(app.dbPath, app.dir)))
  test.skip(!isImmutable, 'this file system has no immutable flag (chattr +i)')
  await desk.open(app.url)
  await expect(desk.statusLine).toContainText('Read-only')
  await desk.showByMeasure()
  await desk.screenshot('60-read-only-database')

  await desk.saveEdit('essex', '2021/22', '1870', 'Press office correction')
  await expect(
    page.getByText('The database is open read-only (its file or folder cannot be written): copy it to a writable folder to make changes')
  ).toBeVisible()
  await desk.screenshot('61-read-only-edit-refused')
  expect(readdirSync(app.dir)).toEqual(['desk.sqlite'])
})
