// The import preview in browser mode: a dropped file is previewed, corrected and imported; a
// later edition's restatements appear as revisions; Cancel stores nothing; corrections are remembered.

import type { Page } from '@playwright/test'
import { oldStyleWorkbook, workbookBytes } from '../main/testing/fixtures'
import { expect, test } from './fixtures'

const RSO_2022 = 'Category 1 registered sexual offenders|2021/22'
const SUFFOLK_SPELLING = 'Suffolk Constabulary area'

/** The MoJ 2021/22 table with one area spelt so that nothing matches it. */
const unknownSuffolk = (title?: string) => oldStyleWorkbook('xlsx', { title, spellings: { Suffolk: SUFFOLK_SPELLING } })

/** A later edition (latest period 2022/23) that restates Essex 2021/22 as 1,870 instead of 1,867. */
const restatingCsv = () =>
  workbookBytes(
    {
      T: [
        ['MAPPA figures at 31 March 2023'],
        ['Financial year', 'Area', 'Registered sexual offenders (Category 1)'],
        ['2021/22', 'Essex', '1,870'],
        ['2022/23', 'Essex', '1,990'],
        ['2022/23', 'Kent', '1,502']
      ]
    },
    'csv'
  )

/** Holds every import:status answer until released, so a running import can be watched and cancelled. */
async function holdStatus(page: Page): Promise<() => void> {
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(
    (url) => decodeURIComponent(url.pathname) === '/api/import:status',
    async (route) => {
      await released
      await route.continue()
    }
  )
  return release
}

test('drop a file → preview → correct one mapping → import → grid and revisions shown', async ({ page, desk }) => {
  await desk.drop([{ name: 'mappa-annual-report-2021-22.xlsx', bytes: unknownSuffolk() }])
  await expect(desk.preview).toBeVisible()
  await expect(desk.preview).toContainText('mappa-annual-report-2021-22.xlsx')
  await expect(desk.preview).toContainText('2021/22')
  await expect(desk.preview).toContainText(`1 row not matched to a MAPPA area: ${SUFFOLK_SPELLING}`)
  await expect(desk.preview.getByRole('combobox', { name: 'Measure for Category 1 registered sexual offenders' })).toHaveValue('rso')
  await expect(desk.preview.getByRole('combobox', { name: 'Period' })).toHaveValue('2021/22')
  await expect(desk.preview.getByRole('button', { name: /rows matched to areas/ })).toHaveAttribute('aria-expanded', 'false')
  await expect(desk.areaFor(SUFFOLK_SPELLING)).toHaveValue('')
  await desk.screenshot('06-preview-open')

  await desk.areaFor(SUFFOLK_SPELLING).selectOption({ label: 'Suffolk' })
  await expect(desk.areaFor(SUFFOLK_SPELLING)).toHaveValue('suffolk')
  await expect(desk.preview).toContainText('1 correction to apply')
  await expect(desk.preview).not.toContainText('not matched to a MAPPA area')
  await expect(desk.preview.getByRole('checkbox', { name: 'Remember these choices for future files' })).toBeChecked()
  await desk.screenshot('07-mapping-corrected')

  await desk.confirmImport()
  await expect(desk.releases).toContainText('mappa-annual-report-2021-22.xlsx')
  await expect(desk.cell('essex', RSO_2022)).toHaveText('1,867')
  await expect(desk.cell('suffolk', RSO_2022)).toBeVisible()
  await expect(desk.revisions).toHaveCount(0)

  await desk.drop([{ name: 'mappa-figures-2022-23.csv', bytes: restatingCsv() }])
  await expect(desk.preview).toContainText('mappa-figures-2022-23.csv')
  await expect(desk.preview.getByRole('combobox', { name: 'Period' })).toHaveCount(0)
  await desk.screenshot('08-preview-later-edition')
  await desk.confirmImport()
  await expect(desk.releases).toContainText('mappa-figures-2022-23.csv')
  await expect(desk.grid).toContainText('1,990')
  const notice = page.getByRole('status', { name: 'Revisions notice' })
  await expect(notice).toContainText('MAPPA figures at 31 March 2023 restates 1 figure')
  await notice.getByRole('button', { name: 'Show the list' }).click()
  const revision = desk.revisions.getByRole('listitem').filter({ hasText: 'Essex' })
  await expect(revision).toContainText('2021/22')
  await expect(revision).toContainText('1,867')
  await expect(revision).toContainText('1,870')
  await expect(revision).toContainText('+3')
  await expect(revision).toContainText('MAPPA figures at 31 March 2023')
  await desk.screenshot('09-imported-with-revisions')

  await page.getByRole('button', { name: 'Close revisions' }).click()
  await expect(desk.revisions).toHaveCount(0)
  await desk.revisionsButton.click()
  await expect(desk.revisions).toContainText('Revisions across all editions: 1 figure restated')
  await expect(desk.revisions.getByRole('listitem').filter({ hasText: 'Essex' })).toContainText('1,870')
})

test('Cancel on a running import or on the preview stores nothing', async ({ page, desk, app }) => {
  const release = await holdStatus(page)
  await desk.drop([{ name: 'slow-2021-22.xlsx', bytes: unknownSuffolk() }])
  await expect(desk.progress).toBeVisible()
  await expect(desk.progress.getByRole('progressbar', { name: 'Reading slow-2021-22.xlsx' })).toBeVisible()
  await desk.screenshot('10-import-running')
  await desk.progress.getByRole('button', { name: 'Cancel' }).click()
  release()
  await expect(desk.progress).toBeHidden()
  await expect(page.getByText('Cancelled the import of slow-2021-22.xlsx: nothing was stored')).toBeVisible()
  await expect(desk.preview).toHaveCount(0)
  await page.unrouteAll()

  await desk.drop([{ name: 'second-thoughts-2021-22.xlsx', bytes: unknownSuffolk() }])
  await expect(desk.preview).toBeVisible()
  await desk.preview.getByRole('button', { name: 'Cancel' }).click()
  await expect(desk.preview).toBeHidden()

  await desk.drop([{ name: 'escape-2021-22.xlsx', bytes: unknownSuffolk() }])
  await expect(desk.preview).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(desk.preview).toBeHidden()
  await expect(page.getByText('Closed the preview of escape-2021-22.xlsx: nothing was stored')).toBeVisible()

  // Nothing reached the store: after a reload the desk is still empty.
  await desk.open(app.url)
  await expect(page.getByRole('heading', { name: 'Start with the MAPPA annual tables' })).toBeVisible()
  await expect(page.getByText('0 releases · 0 observations')).toBeVisible()
})

test('a remembered mapping is pre-applied on the next file with the same label', async ({ desk }) => {
  await desk.drop([{ name: 'mappa-2021-22.xlsx', bytes: unknownSuffolk() }])
  await desk.areaFor(SUFFOLK_SPELLING).selectOption('suffolk')
  await desk.confirmImport()
  await expect(desk.cell('suffolk', RSO_2022)).toBeVisible()

  const nextYear = unknownSuffolk('Table 1: MAPPA-eligible offenders at 31 March 2023, by area')
  await desk.drop([{ name: 'mappa-2022-23.xlsx', bytes: nextYear }])
  await expect(desk.preview).toContainText('mappa-2022-23.xlsx')
  await expect(desk.preview).not.toContainText('not matched to a MAPPA area')
  // The dialog opens with focus on its primary button.
  const importButton = desk.preview.getByRole('button', { name: 'Import', exact: true })
  await expect(importButton).toBeFocused()
  await desk.preview.getByRole('button', { name: /rows matched to areas/ }).click()
  await expect(desk.areaFor(SUFFOLK_SPELLING)).toHaveValue('suffolk')
  await desk.screenshot('12-remembered-mapping')
  // Enter on the primary button imports.
  await importButton.press('Enter')
  await expect(desk.preview).toBeHidden()
  await expect(desk.cell('suffolk', 'Category 1 registered sexual offenders|2022/23')).toBeVisible()
})

test('several dropped files are previewed one after another; a file already imported offers to show it', async ({ desk }) => {
  const first = oldStyleWorkbook('xlsx')
  await desk.drop([
    { name: 'first-2021-22.xlsx', bytes: first },
    { name: 'same-bytes-again.xlsx', bytes: first }
  ])
  await expect(desk.preview).toContainText('file 1 of 2')
  await expect(desk.preview).toContainText('first-2021-22.xlsx')
  await desk.confirmImport()

  await expect(desk.preview).toContainText('file 2 of 2')
  await expect(desk.preview).toContainText(/Already imported as/)
  await expect(desk.preview.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0)
  await desk.screenshot('11-duplicate-preview')
  await desk.preview.getByRole('button', { name: 'Show it' }).click()
  await expect(desk.preview).toBeHidden()
  await expect(desk.tableButtons).toHaveCount(1)
  await expect(desk.cell('essex', RSO_2022)).toHaveText('1,867')

  const revisionsButton = desk.revisionsButton
  await revisionsButton.click()
  await expect(revisionsButton).toHaveAttribute('aria-pressed', 'true')
  await expect(desk.revisions).toContainText('No revisions: no edition in the store restates a figure from another edition differently.')
  await desk.screenshot('13-revisions-empty')
  await revisionsButton.click()
  await expect(desk.revisions).toHaveCount(0)
})
