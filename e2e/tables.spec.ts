// Article tables in browser mode: a corrected figure and a note travel into every export format,
// "Copy figure with source" puts the citation on the clipboard, and the provenance panel lists
// what every edition printed. Screenshots of the dialog and of the exported HTML are looked at.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { accessibleBook, oldStyleBook } from '../main/testing/fixtures'
import { Desk, SCREENS } from './desk'
import { expect, test } from './fixtures'

const REASON = 'Durham Constabulary press office'
const NOTE = 'Essex includes Southend and Thurrock'
const EDIT_LINE = `County Durham 2021/22 corrected from 941 to 942: ${REASON}`

/** Two editions that both print 2021/22: the 2021/22 report and the 2023/24 accessible tables. */
async function importTwoEditions(desk: Desk): Promise<void> {
  await desk.importFile('mappa-annual-report-2021-22.xlsx', oldStyleBook('xlsx', { year: 2022 }))
  await desk.importFile('mappa-annual-report-2023-24.ods', accessibleBook('ods', { year: 2024 }))
  await desk.showByMeasure()
}

async function correctAndAnnotate(desk: Desk, page: Page): Promise<void> {
  await desk.saveEdit('county-durham', '2021/22', '942', REASON)
  await expect(desk.cell('county-durham', '2021/22')).toHaveText('942')
  await page.getByRole('button', { name: 'Notes', exact: true }).click()
  await desk.cell('essex', '2021/22').click()
  await desk.notes.getByRole('textbox', { name: 'Note' }).fill(NOTE)
  await desk.notes.getByRole('button', { name: 'Add note' }).click()
  await expect(desk.cell('essex', '2021/22')).toHaveClass(/figure--annotated/)
}

function exportDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Export table' })
}

/** Opens the dialog from the grid toolbar, picks a format, exports, and returns the downloaded file's bytes. */
async function exportAs(page: Page, label: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export table…' }).click()
  const dialog = exportDialog(page)
  await expect(dialog.getByRole('region', { name: 'Table preview' }).locator('caption')).toBeVisible()
  await dialog.getByRole('radio', { name: label }).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = await download
  await expect(dialog).toHaveCount(0)
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }
}

test('a corrected figure and a note reach every export format, with the source line', async ({ page, desk }) => {
  await importTwoEditions(desk)
  await correctAndAnnotate(desk, page)

  await page.getByRole('button', { name: 'Export table…' }).click()
  const dialog = exportDialog(page)
  const preview = dialog.getByRole('region', { name: 'Table preview' })
  await expect(preview.locator('caption')).toHaveText('Registered sexual offenders (Category 1) at 31 March, by area, 2021/22 to 2023/24')
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Where registered sex offenders live')
  await expect(preview.locator('caption')).toHaveText('Where registered sex offenders live')
  await expect(preview.locator('tbody tr')).toHaveCount(43)
  await expect(preview.locator('tfoot')).toContainText(EDIT_LINE)
  await expect(preview.locator('tfoot')).toContainText(NOTE)
  await expect(preview.locator('tfoot')).toContainText('Source: Ministry of Justice, MAPPA annual report 2023/24')
  await desk.screenshot('60-export-dialog')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)

  const csv = await exportAs(page, /^CSV/)
  expect(csv.name).toMatch(/\.csv$/)
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(csv.bytes.toString('utf8')).toContain(EDIT_LINE)
  expect(csv.bytes.toString('utf8')).toContain(NOTE)
  expect(csv.bytes.toString('utf8')).toMatch(/^County Durham,942,/m)

  const html = await exportAs(page, /^HTML/)
  expect(html.bytes.toString('utf8')).toContain(EDIT_LINE)
  expect(html.bytes.toString('utf8')).toContain(NOTE)

  const markdown = await exportAs(page, /^Markdown/)
  expect(markdown.name).toMatch(/\.md$/)
  expect(markdown.bytes.toString('utf8')).toContain(EDIT_LINE)
  expect(markdown.bytes.toString('utf8')).toContain(NOTE)

  const indesign = await exportAs(page, /^InDesign/)
  expect([...indesign.bytes.subarray(0, 2)]).toEqual([0xff, 0xfe])
  const tagged = new TextDecoder('utf-16le').decode(indesign.bytes)
  expect(tagged).toMatch(/^<UNICODE-WIN>/)
  expect(tagged).toContain(EDIT_LINE)
  expect(tagged).toContain(NOTE)

  const workbook = await exportAs(page, /^Excel/)
  expect(workbook.name).toMatch(/\.xlsx$/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(workbook.bytes as unknown as ArrayBuffer)
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Cover', 'Notes', 'Table_1'])
  const notes = book.getWorksheet('Notes')!.getColumn(2).values.map(String)
  expect(notes.some((text) => text.includes(EDIT_LINE))).toBe(true)
  expect(notes.some((text) => text.includes(NOTE))).toBe(true)

  // The HTML fragment as a CMS page would show it.
  const shown = await page.context().newPage()
  await shown.setViewportSize({ width: 960, height: 900 })
  await shown.setContent(
    `<!doctype html><meta charset="utf-8"><body style="margin:24px;max-width:900px">${html.bytes.toString('utf8')}</body>`
  )
  await expect(shown.locator('th[scope="row"]')).toHaveCount(43)
  await shown.screenshot({ path: join(SCREENS, '61-exported-html-table.png'), fullPage: true })
  await shown.close()
})

test('Copy figure with source puts the citation on the clipboard; the provenance panel lists every edition', async ({
  page,
  context,
  desk
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await importTwoEditions(desk)
  await page.getByRole('button', { name: 'History', exact: true }).click()
  await desk.cell('essex', '2021/22').click()

  const editions = desk.cellDetails.getByRole('list', { name: "Every edition's figure" }).getByRole('listitem')
  await expect(editions).toHaveCount(2)
  await expect(editions.nth(0)).toContainText('MAPPA annual report 2023/24')
  await expect(editions.nth(0)).toContainText('current')
  await expect(editions.nth(0)).toContainText('mappa-annual-report-2023-24.ods · sheet “Table_1”')
  await expect(editions.nth(1)).toContainText('MAPPA annual report 2021/22')
  await expect(editions.nth(1)).toContainText('mappa-annual-report-2021-22.xlsx · sheet “Table 1”')
  await expect(editions.nth(1)).toContainText('1,867')
  await desk.screenshot('62-provenance-panel')

  await desk.cellDetails.getByRole('button', { name: 'Copy figure with source' }).click()
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(/^1,867 \(Ministry of Justice, MAPPA annual report 2023\/24, sheet "Table_1", cell [A-Z]+\d+\)$/)
  await expect(desk.statusLine).toContainText('Copied: 1,867 (Ministry of Justice')
})
