// "Verify against sources" in the Backups dialog: every stored figure checked against its cell in
// the kept file, in one line; a figure changed behind the app's back is named with both values.

import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { areaTableRows, workbookBytes } from '../main/testing/fixtures'
import { expect, preparedWith, test } from './fixtures'
import { builtCli } from './server'

/** Three releases of 40,000 extra rows each, imported through the built CLI before the window opens: a check long enough to watch. */
function importLargeReleases(dbPath: string): void {
  const files = [2022, 2023, 2024].map((year) => {
    const file = join(dbPath, '..', `large-${year}.csv`)
    const title = `Table 1: MAPPA-eligible offenders at 31 March ${year}, by area`
    writeFileSync(file, workbookBytes({ Table1: areaTableRows({ title, extraRows: 40_000 }) }, 'csv'))
    return file
  })
  const run = spawnSync(process.execPath, [builtCli, 'import', ...files, '--db', dbPath], {
    encoding: 'utf8'
  })
  if (run.status !== 0) throw new Error(`import failed: ${run.stderr}`)
}

test('verifies the stored figures against their source cells, and names one that drifted', async ({ page, desk, app }) => {
  await desk.openSample()

  await page.getByRole('button', { name: 'Backups…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Backups' })
  await dialog.getByRole('button', { name: 'Verify against sources' }).click()
  const result = dialog.getByRole('status', { name: 'Verify against sources' })
  await expect(result).toHaveText('All 32 figures in 1 release match their source cells')
  await desk.screenshot('64-verify-all-match')

  const db = new Database(app.dbPath)
  const changed = db.prepare('SELECT sheet, cell, raw FROM observation WHERE value = 1867').get() as {
    sheet: string
    cell: string
    raw: string
  }
  db.prepare("UPDATE observation SET value = 1870, raw = '1870' WHERE value = 1867").run()
  db.close()
  await dialog.getByRole('button', { name: 'Verify against sources' }).click()
  await expect(result).toContainText('1 of 32 figures in 1 release do not match their source cells')
  await expect(result.getByRole('listitem')).toHaveText([
    `Sample data (published figures as quoted by local newspapers), ${changed.sheet}!${changed.cell}: stored “1870”, file “${changed.raw}”`
  ])
  await desk.screenshot('65-verify-mismatch')
})

test.describe('with three large releases', () => {
  test.use(preparedWith(importLargeReleases))
  // The slow test's three times the default, from before the import that prepares its database.
  test.describe.configure({ timeout: 180_000 })

  test('shows a long check moving release by release, then its result', async ({ page, desk }) => {
    await expect(desk.releases).toContainText('large-2024.csv')

    await page.getByRole('button', { name: 'Backups…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Backups' })
    await dialog.getByRole('button', { name: 'Verify against sources' }).click()
    const bar = dialog.getByRole('progressbar', { name: 'Verifying against sources' })
    await expect(bar).toHaveAttribute('aria-valuetext', /release [23] of 3\), \d+%$/)
    await desk.screenshot('67-verify-progress')
    const result = dialog.getByRole('status', { name: 'Verify against sources' })
    await expect(result).toHaveText(/^All [\d,]+ figures in 3 releases match their source cells$/, { timeout: 60_000 })
    await expect(bar).toBeHidden()
  })
})
