// The current-figure rule in browser mode: a correction a newer edition restated is flagged until the
// reporter keeps it or takes the new figure; a count that disagrees with its rate is marked; a release
// is removed after a confirmation that counts what it touches; remembered mappings can be forgotten.

import * as XLSX from '@e965/xlsx'
import type { Page } from '@playwright/test'
import { areaTableRows, oldStyleWorkbook } from '../main/testing/fixtures'
import { accessibleBook, oldStyleBook } from '../main/testing/fixtures'
import { Desk } from './desk'
import { expect, test } from './fixtures'

const REASON = 'Essex Police press office: the MoJ table was a draft'

/** Types a figure into a By measure cell and saves it with a reason. */
async function correct(desk: Desk, rowKey: string, period: string, typed: string, reason: string): Promise<void> {
  await desk.saveEdit(rowKey, period, typed, reason)
  await expect(desk.reasonDialog).toHaveCount(0)
}

async function byMeasure(desk: Desk, page: Page, measure = 'rso'): Promise<void> {
  await desk.tab('By measure').click()
  await page.getByRole('combobox', { name: 'Measure', exact: true }).selectOption(measure)
}

test('a correction a newer edition restates is flagged, then kept or dropped for the new figure', async ({ page, desk }) => {
  await desk.importFile('mappa-2021-22.xlsx', oldStyleBook('xlsx', { year: 2022 }))
  await byMeasure(desk, page)
  await correct(desk, 'essex', '2021/22', '1870', REASON)
  await correct(desk, 'kent', '2021/22', '1234', 'Kent Police figure quoted to us')
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,870')

  // The 2023/24 edition restates both 2021/22 figures.
  await desk.importFile(
    'mappa-2023-24.xlsx',
    accessibleBook('xlsx', { year: 2024, overrides: { 'Essex|2022|rso': 1872, 'Kent|2022|rso': 1500 } })
  )
  await byMeasure(desk, page)
  const essex = desk.cell('essex', '2021/22')
  // Nothing changes silently: the correction still shows, flagged.
  await expect(essex).toHaveText('1,870')
  await expect(essex).toHaveClass(/figure--stale/)
  await expect(desk.cell('kent', '2021/22')).toHaveClass(/figure--stale/)
  await expect(desk.cell('essex', '2022/23')).not.toHaveClass(/figure--stale/)
  await expect(page.locator('.pivot-legend')).toContainText('restated since your correction')
  await essex.hover()
  const sentence = 'Your correction was made against the 2021/22 edition; the 2023/24 edition now says 1,872.'
  await expect(page.getByText(sentence)).toBeVisible()
  await desk.screenshot('40-restated-correction-flag')

  await page.getByRole('button', { name: 'History', exact: true }).click()
  await essex.click()
  await expect(desk.cellDetails).toContainText(sentence)
  await expect(desk.cellDetails.getByRole('button', { name: 'Keep my correction' })).toBeVisible()
  await expect(desk.cellDetails.getByRole('button', { name: 'Use the 2023/24 figure' })).toBeVisible()
  await desk.screenshot('41-restated-correction-details')

  await desk.cellDetails.getByRole('button', { name: 'Keep my correction' }).click()
  await expect(essex).not.toHaveClass(/figure--stale/)
  await expect(essex).toHaveText('1,870')
  await expect(desk.statusLine).toContainText('Kept your correction')
  await expect(desk.cellDetails).not.toContainText(sentence)

  const kent = desk.cell('kent', '2021/22')
  await kent.click()
  await expect(desk.cellDetails).toContainText('the 2023/24 edition now says 1,500.')
  await desk.cellDetails.getByRole('button', { name: 'Use the 2023/24 figure' }).click()
  await expect(kent).toHaveText('1,500')
  await expect(kent).not.toHaveClass(/figure--stale|figure--edited/)
  await expect(desk.statusLine).toContainText('Dropped your correction')
  await expect(page.locator('.pivot-legend')).not.toContainText('restated since your correction')
  await desk.screenshot('42-restated-corrections-resolved')
})

test('Hertfordshire 2022/23 corrected to 987 beside a rate of 77 is marked as disagreeing', async ({ page, desk }) => {
  await desk.importFile(
    'mappa-2022-23.xlsx',
    oldStyleBook('xlsx', { year: 2023, overrides: { Hertfordshire: { rso: 816, rso_rate: 77 } } })
  )
  await byMeasure(desk, page)
  const herts = desk.cell('hertfordshire', '2022/23')
  await expect(herts).toHaveText('816')
  await expect(herts).not.toHaveClass(/figure--warning/)

  await correct(desk, 'hertfordshire', '2022/23', '987', 'As printed in a national paper')
  await expect(herts).toHaveText('987')
  await expect(herts).toHaveClass(/figure--warning/)
  await herts.hover()
  const tooltip = page.locator('.ag-tooltip')
  await expect(tooltip).toContainText('987 registered sexual offenders at a rate of 77')
  await expect(tooltip).toContainText('the count and the rate disagree')
  await desk.screenshot('43-rate-count-warning')

  await page.getByRole('button', { name: 'Notes', exact: true }).click()
  await herts.click()
  await expect(desk.cellDetails.getByRole('list', { name: 'Warnings' })).toContainText('the count and the rate disagree')
  // The rate itself carries the same warning.
  await byMeasure(desk, page, 'rso_rate')
  await expect(desk.cell('hertfordshire', '2022/23')).toHaveClass(/figure--warning/)
  await desk.cell('hertfordshire', '2022/23').click()
  await expect(desk.cellDetails).toContainText('987 registered sexual offenders at a rate of 77')
  await desk.screenshot('44-rate-count-warning-details')
})

test('a rate the sheet stores unrounded shows as published, the stored number in its details', async ({ page, desk }) => {
  const rows = areaTableRows()
  const sheet = XLSX.utils.aoa_to_sheet(rows)
  // Essex's rate stored as 113.6, shown by the sheet's number format as 114.
  sheet[XLSX.utils.encode_cell({ r: rows.findIndex((row) => row[0] === 'Essex'), c: 4 })] = { t: 'n', v: 113.6, z: '0' }
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'Table 1')
  await desk.importFile('mappa-2021-22.xlsx', new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer))
  await byMeasure(desk, page, 'rso_rate')
  const essex = desk.cell('essex', '2021/22')
  await expect(essex).toHaveText('114')
  await essex.hover()
  await expect(page.locator('.ag-tooltip')).toContainText('Stored in the sheet as 113.6')
  await page.getByRole('button', { name: 'History', exact: true }).click()
  await essex.click()
  await expect(desk.cellDetails).toContainText('Stored in the sheet as 113.6')
  await desk.cell('kent', '2021/22').click()
  await expect(desk.cellDetails).not.toContainText('Stored in the sheet')
})

test('Remove release… says what it touches and keeps edits and notes; the sample goes in one action', async ({ page, desk }) => {
  await desk.importFile('mappa-2021-22.xlsx', oldStyleBook('xlsx', { year: 2022 }))
  await desk.importFile('mappa-2022-23.xlsx', oldStyleBook('xlsx', { year: 2023 }))
  await byMeasure(desk, page)
  await correct(desk, 'essex', '2021/22', '1870', REASON)

  const older = desk.releases.getByRole('listitem').filter({ hasText: 'mappa-2021-22.xlsx' }).first()
  await older.getByRole('button', { name: 'Remove…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove release' })
  await expect(dialog).toContainText('Remove MAPPA annual report 2021/22 (mappa-2021-22.xlsx)?')
  // The 2022/23 edition holds no 2021/22 figures: every figure of the older one is current.
  await expect(dialog).toContainText('473 figures go with it; all of them current figures')
  await expect(dialog).toContainText('Your 1 edit on its figures is kept')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await desk.screenshot('45-remove-release-confirmation')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(desk.releases).toContainText('mappa-2021-22.xlsx')

  await older.getByRole('button', { name: 'Remove…' }).click()
  await dialog.getByRole('button', { name: 'Remove release' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(desk.releases).not.toContainText('mappa-2021-22.xlsx')
  await expect(desk.statusLine).toContainText('Removed mappa-2021-22.xlsx (MAPPA annual report 2021/22)')
  await expect(desk.statusLine).toContainText('473 figures; 1 edit kept')
  await page.getByRole('button', { name: 'History', exact: true }).click()
  await expect(desk.history).toContainText(REASON)
  await desk.screenshot('46-release-removed')

  await desk.sampleButton.click()
  const sample = desk.releases.getByRole('listitem').filter({ hasText: 'mappa-sample.csv' }).first()
  await expect(sample).toContainText('Sample data')
  await sample.getByRole('button', { name: 'Remove sample data' }).click()
  await expect(desk.releases).not.toContainText('mappa-sample.csv')
  await expect(page.getByRole('dialog', { name: 'Remove release' })).toHaveCount(0)
  await expect(desk.statusLine).toContainText('Removed the sample data (mappa-sample.csv)')
})

test('remembered mappings are listed and can be forgotten', async ({ page, desk }) => {
  const label = 'Suffolk Constabulary area'
  await desk.drop([{ name: 'mappa-2021-22.xlsx', bytes: oldStyleWorkbook('xlsx', { spellings: { Suffolk: label } }) }])
  await desk.areaFor(label).selectOption('suffolk')
  await desk.confirmImport()

  await desk.releases.getByRole('button', { name: 'Remembered mappings…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remembered mappings' })
  const item = dialog.getByRole('listitem').filter({ hasText: label })
  await expect(item).toContainText('Suffolk')
  await desk.screenshot('47-remembered-mappings')
  await item.getByRole('button', { name: `Forget “${label}” → Suffolk` }).click()
  await expect(dialog.getByRole('listitem').filter({ hasText: label })).toHaveCount(0)
  await expect(desk.statusLine).toContainText(`Forgot “${label}” → Suffolk`)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toHaveCount(0)

  // The next file with that label asks again.
  await desk.drop([
    {
      name: 'mappa-2022-23.xlsx',
      bytes: oldStyleWorkbook('xlsx', {
        spellings: { Suffolk: label },
        title: 'Table 1: MAPPA-eligible offenders at 31 March 2023, by area'
      })
    }
  ])
  await expect(desk.preview).toContainText(`1 row not matched to a MAPPA area: ${label}`)
})
