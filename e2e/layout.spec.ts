// The work area at 1440×900 in browser mode: a long grid fills the window in whole rows with its own
// scrollbar, every area reachable; restated figures leave a one-line notice, not a block over the grid.

import type { Page } from '@playwright/test'
import { AREAS, slugify } from '../main/contract/areas'
import { accessibleBook, oldStyleBook } from '../main/testing/fixtures'
import { Desk } from './desk'
import { gridFit } from './grid-fit'
import { expect, test } from './fixtures'

const AREA_SLUGS = AREAS.filter((area) => area.kind === 'area').map((area) => slugify(area.name))

/** Scrolls the grid to each area in turn and checks its row is then wholly in the scrolling body. */
async function expectEveryAreaReachable(page: Page, desk: Desk, period: string): Promise<void> {
  for (const slug of AREA_SLUGS) {
    await desk.cell(slug, period).scrollIntoViewIfNeeded({ timeout: 3000 })
    const fit = await gridFit(page)
    const band = await page.evaluate(
      ([rowKey, column]) => {
        const grid = document.querySelector<HTMLElement>('[role="region"][aria-label="Figures table"]')!
        const viewport = grid.querySelector<HTMLElement>('.ag-grid-viewport')!
        const top = viewport.querySelector<HTMLElement>('.ag-grid-pinned-top-rows')!.getBoundingClientRect().bottom
        const bottom =
          viewport.getBoundingClientRect().top +
          viewport.clientHeight -
          viewport.querySelector<HTMLElement>('.ag-grid-pinned-bottom-rows')!.getBoundingClientRect().height
        const cell = grid.querySelector(`[row-id="${rowKey}"] [col-id="${column}"]`)!.getBoundingClientRect()
        return { top, bottom, cellTop: cell.top, cellBottom: cell.bottom }
      },
      [slug, period]
    )
    expect(band.cellTop, slug).toBeGreaterThanOrEqual(band.top - 1)
    expect(band.cellBottom, slug).toBeLessThanOrEqual(band.bottom + 1)
    expect(fit.overflow, slug).toBe(0)
  }
}

test('after an import that restates figures, By measure fills the window with whole rows and every area', async ({ page, desk }) => {
  await desk.importFile('mappa-2021-22.xlsx', oldStyleBook('xlsx', { year: 2022 }))
  // The 2023/24 edition restates two 2021/22 figures.
  await desk.importFile(
    'mappa-2023-24.xlsx',
    accessibleBook('xlsx', { year: 2024, overrides: { 'Essex|2022|rso': 1870, 'Kent|2022|rso': 1502 } })
  )

  const notice = page.getByRole('status', { name: 'Revisions notice' })
  await expect(notice).toContainText('restates 2 figures')
  await expect(desk.revisions).toHaveCount(0)
  await expect(desk.row('Essex')).toContainText('1,870')
  await expect.poll(async () => (await gridFit(page)).cut).toEqual([])
  expect((await gridFit(page)).overflow).toBe(0)
  await desk.screenshot('30-as-imported-with-revisions-notice')

  await desk.tab('By measure').click()
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,870')
  await expect(notice).toBeVisible()
  await expect.poll(async () => (await gridFit(page)).whole).toBeGreaterThanOrEqual(20)
  const fit = await gridFit(page)
  expect(fit.cut).toEqual([])
  expect(fit.overflow).toBe(0)
  expect(fit.pinnedWhole).toBe(2)
  await desk.screenshot('31-by-measure-fills-window')

  await expectEveryAreaReachable(page, desk, '2021/22')
  await expect(desk.cell('wiltshire', '2021/22')).toBeVisible()
  await desk.screenshot('32-by-measure-scrolled-to-foot')

  // The full list opens beside the grid and closes again; the notice is dismissed for good.
  await notice.getByRole('button', { name: 'Show the list' }).click()
  const essex = desk.revisions.getByRole('listitem').filter({ hasText: 'Essex' })
  await expect(essex).toContainText('1,867 → 1,870')
  await expect(essex).toContainText('+3')
  await expect(essex).toContainText('MAPPA annual report 2021/22 → MAPPA annual report 2023/24')
  // Back at the top of the narrower grid, it still shows whole rows only.
  await desk.grid.locator('.ag-grid-viewport').evaluate((viewport) => viewport.scrollTo(0, 0))
  await expect.poll(async () => (await gridFit(page)).cut).toEqual([])
  await desk.screenshot('33-revisions-list-open')
  await page.getByRole('button', { name: 'Close revisions' }).click()
  await expect(desk.revisions).toHaveCount(0)
  await desk.revisionsButton.click()
  await expect(desk.revisions).toContainText('Revisions across all editions: 2 figures restated')
  await desk.revisionsButton.click()
  await expect(desk.revisions).toHaveCount(0)
  await notice.getByRole('button', { name: 'Dismiss the revisions notice' }).click()
  await expect(notice).toHaveCount(0)
  await expect.poll(async () => (await gridFit(page)).whole).toBeGreaterThanOrEqual(20)

  // By area: every measure of Essex, their long names wrapped, each row whole.
  await desk.tab('By area').click()
  await page.getByRole('combobox', { name: 'Area', exact: true }).selectOption('essex')
  await expect(desk.grid).toContainText('Category 2')
  await expect.poll(async () => (await gridFit(page)).cut).toEqual([])
  expect((await gridFit(page)).overflow).toBe(0)
  await desk.screenshot('36-by-area-essex')
  await desk.tab('By measure').click()
  await expect(desk.grid).toBeVisible()

  // A filter that leaves a few rows ends the grid at its last row, totals right under it.
  await page.getByRole('searchbox', { name: 'Filter rows' }).fill('shire')
  await expect.poll(async () => (await gridFit(page)).cut).toEqual([])
  await desk.screenshot('34-filtered-grid-ends-at-its-rows')
})

test('the sample opens on By measure, a short grid ending at its last row', async ({ page, desk }) => {
  await desk.sampleButton.click()
  await expect(desk.tab('By measure')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('combobox', { name: 'Measure', exact: true })).toHaveValue('rso')
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,867')
  await expect(desk.row('England and Wales')).toBeVisible()
  const fit = await gridFit(page)
  expect(fit.cut).toEqual([])
  expect(fit.overflow).toBe(0)
  await desk.screenshot('35-sample-by-measure')
})
