// "Verify against sources" in the Backups dialog: every stored figure checked against its cell in
// the kept file, in one line; a figure changed behind the app's back is named with both values.

import { expect, test } from '@playwright/test'
import Database from 'better-sqlite3'
import { Desk } from './desk'
import { startApp, type RunningApp } from './server'

let app: RunningApp

test.beforeEach(async () => {
  app = await startApp()
})

test.afterEach(async () => {
  await app.stop()
})

test('verifies the stored figures against their source cells, and names one that drifted', async ({ page }) => {
  const desk = new Desk(page)
  await desk.open(app.url)
  await desk.sampleButton.click()
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,867')

  await page.getByRole('button', { name: 'Backups…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Backups' })
  await dialog.getByRole('button', { name: 'Verify against sources' }).click()
  const result = dialog.getByRole('status', { name: 'Verify against sources' })
  await expect(result).toHaveText('All 32 figures in 1 release match their source cells')
  await desk.screenshot('64-verify-all-match')

  const db = new Database(app.dbPath)
  const changed = db.prepare("SELECT sheet, cell, raw FROM observation WHERE value = 1867").get() as { sheet: string; cell: string; raw: string }
  db.prepare("UPDATE observation SET value = 1870, raw = '1870' WHERE value = 1867").run()
  db.close()
  await dialog.getByRole('button', { name: 'Verify against sources' }).click()
  await expect(result).toContainText('1 of 32 figures in 1 release do not match their source cells')
  await expect(result.getByRole('listitem')).toHaveText([`Sample data (published figures as quoted by local newspapers), ${changed.sheet}!${changed.cell}: stored “1870”, file “${changed.raw}”`])
  await desk.screenshot('65-verify-mismatch')
})
