// Where scrollbars overlay the content (macOS by default, a trackpad): the grid's scrollbars take
// their own room under the rows and beside the last column, so nothing hides under them or loses its clicks.

import { oldStyleBook } from '../main/testing/fixtures'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config'
import { footOfLastWholeRow, gridFit, rightEdgeOfFirstRow } from './grid-fit'
import { expect, test } from './fixtures'

// Chromium's own --hide-scrollbars stays on: scrollbars take no room, as on a Mac trackpad.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } })

test('no row or figure hides under a scrollbar, short grid or long', async ({ page, desk }) => {
  await desk.openSample()
  // The sample's 14 years are wider than the window: the horizontal scrollbar is there.
  expect(await desk.grid.locator('.ag-body-horizontal-scroll.ag-scrollbar-invisible').count()).toBe(1)
  const short = await footOfLastWholeRow(page)
  expect(short.hit).toBe(short.rowId)
  expect((await gridFit(page)).cut).toEqual([])
  await desk.screenshot('37-overlay-scrollbars-sample')

  await desk.importFile('mappa-2021-22.xlsx', oldStyleBook('xlsx', { year: 2022 }))
  await desk.tab('By measure').click()
  await expect.poll(async () => (await gridFit(page)).whole).toBeGreaterThanOrEqual(20)
  expect((await gridFit(page)).cut).toEqual([])
  const long = await footOfLastWholeRow(page)
  expect(long.hit).toBe(long.rowId)
  // Scrolled to its newest year, the last figure's right-aligned digits are clear of the vertical scrollbar.
  await expect(desk.grid.locator('.ag-body-vertical-scroll.ag-scrollbar-invisible:not(.ag-hidden)')).toHaveCount(1)
  await desk.grid.locator('.ag-grid-viewport').evaluate((viewport) => viewport.scrollTo({ left: viewport.scrollWidth }))
  const edge = await rightEdgeOfFirstRow(page)
  expect(edge.hit).toBe(edge.rowId)
  await desk.screenshot('38-overlay-scrollbars-long-grid')
})
