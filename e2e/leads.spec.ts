// The Leads view in browser mode: two editions imported, the notice after the import opens the
// leads, filtered to the South East; a lead opened in the grid, as a chart and as a map (each exported as PNG),
// copied with its source line; a restatement of more than a tenth confirmed and the confirmation undone.

import type { Download } from '@playwright/test'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { accessibleBook, oldStyleBook } from '../main/testing/fixtures'
import { SCREENS } from './desk'
import { expect, test } from './fixtures'

test.beforeEach(() => {
  // Two imports, the leads of 42 areas and a chart drawn: slower than the default on 2 shared cores.
  test.slow()
})

const SOUTH_EAST = ['Hampshire', 'Kent', 'Surrey', 'Sussex', 'Thames Valley']

test('finds the leads in a new edition, filters them to a region, opens one in the grid, as a chart and as a map, and copies it', async ({
  page,
  context,
  app,
  desk
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  // The 2021/22 area table, then the 2022/23 accessible edition: Kent up from 1,000 to 1,600, and its 2021/22 figure restated to 1,200.
  await desk.importFile('mappa-2021-22.xlsx', oldStyleBook('xlsx', { year: 2022, overrides: { Kent: { rso: 1000 } } }))
  await desk.importFile(
    'mappa-2022-23.xlsx',
    accessibleBook('xlsx', { year: 2023, years: 2, overrides: { 'Kent|2022|rso': 1200, 'Kent|2023|rso': 1600 } })
  )

  const notice = page.getByRole('status', { name: 'Leads notice' })
  await expect(notice).toContainText('are ready')
  await notice.getByRole('button', { name: 'Show leads' }).click()
  await expect(desk.tab('Leads')).toHaveAttribute('aria-selected', 'true')
  const leads = page.getByRole('region', { name: 'Leads' })
  await expect(leads.getByRole('combobox', { name: 'Leads edition' })).toHaveValue('2022/23')
  const list = leads.getByRole('list', { name: 'Leads, most newsworthy first' })
  await expect(list.getByRole('listitem').first()).toBeVisible()
  await desk.screenshot('leads-01-all-areas')

  // Kent's restatement by a fifth is to be checked before anything rests on it.
  const checks = leads.getByRole('region', { name: 'Restatements to check' })
  await expect(checks).toContainText('Kent, Registered sexual offenders, 2021/22: 1,000 in')
  await expect(checks).toContainText('up 20 per cent: check it before using it')
  await expect(list.getByRole('listitem').filter({ hasText: 'There were 1,600 registered sex offenders in Kent' })).toContainText(
    'restated by more than a tenth: check it first'
  )
  await checks.getByRole('button', { name: 'Confirm Kent 2021/22: the restatement is right' }).click()
  await expect(checks).toContainText('all confirmed')
  await expect(list.getByRole('listitem', { name: 'Restated: Kent' })).toContainText('has been revised up to 1,200 in the new edition.')
  await checks.getByRole('button', { name: 'Undo the confirmation of Kent 2021/22' }).click()
  await expect(checks).toContainText('1 to check')
  await expect(list.getByRole('listitem', { name: 'Restated: Kent' })).toHaveCount(0)

  await leads.getByRole('combobox', { name: 'Leads patch' }).selectOption({ label: 'South East' })
  await expect(list.getByRole('listitem').first()).toBeVisible()
  // Every lead left is about an area of the South East.
  await expect
    .poll(async () =>
      (await list.getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''))).every((name) =>
        SOUTH_EAST.some((area) => name.endsWith(`: ${area}`))
      )
    )
    .toBe(true)
  await leads.getByRole('combobox', { name: 'Leads measure' }).selectOption({ label: 'Registered sex offenders' })
  const kent = list.getByRole('listitem').filter({ hasText: 'There were 1,600 registered sex offenders in Kent' })
  await expect(kent).toContainText('up from 1,200 a year earlier (up 33 per cent)')
  // Each figure the lead writes names its cell; a worked-out one says, in words, how it was worked out.
  await expect(kent.getByRole('button', { name: '33 per cent', exact: true })).toHaveAttribute(
    'title',
    /^Kent, Registered sexual offenders, 2022\/23: mappa-2022-23\.xlsx, .+!\w+\d+ \(.+\); worked out from this cell: the per cent change on the year before$/
  )
  await expect(kent).toContainText('Source: Ministry of Justice, MAPPA annual report')
  await desk.screenshot('leads-02-south-east')

  // Copy: the lead and its source line, from the keyboard.
  await kent.getByRole('button', { name: 'Copy the lead on Kent with its source line' }).focus()
  await page.keyboard.press('Enter')
  await expect(kent.getByRole('button', { name: 'Copy the lead on Kent with its source line' })).toHaveText('Copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(
    /^There were 1,600 registered sex offenders in Kent at the end of March 2023, .+\nSource: Ministry of Justice, MAPPA annual report/
  )

  // In the grid: registered sex offenders by measure, Kent 2022/23 focused.
  await kent.getByRole('button', { name: 'Show in grid' }).click()
  await expect(desk.tab('By measure')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('combobox', { name: 'Measure', exact: true })).toHaveValue('rso')
  await expect(desk.cell('kent', '2022/23')).toHaveText('1,600')
  await expect(desk.cell('kent', '2022/23')).toHaveClass(/ag-cell-focus/)
  await desk.screenshot('leads-03-in-the-grid')

  // As a chart: Kent's series against England and Wales, titled from the lead, exported as PNG.
  await desk.tab('Leads').click()
  await expect(leads.getByRole('combobox', { name: 'Leads patch' })).toHaveValue('south-east')
  await kent.getByRole('button', { name: 'Chart', exact: true }).click()
  const editor = page.getByRole('dialog', { name: 'Chart editor' })
  await expect(editor).toBeVisible()
  await expect(editor.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(/^Kent: /)
  await expect(editor.getByRole('region', { name: 'Preview' }).getByRole('img')).toBeVisible()
  await desk.screenshot('leads-04-as-a-chart')
  const downloads: Download[] = []
  page.on('download', (download) => downloads.push(download))
  await editor.getByRole('button', { name: 'Export PNG' }).click()
  await expect.poll(() => downloads.length).toBe(2)
  const image = downloads.find((download) => download.suggestedFilename().endsWith('.png'))!
  mkdirSync(SCREENS, { recursive: true })
  const path = join(app.dir, image.suggestedFilename())
  await image.saveAs(path)
  copyFileSync(path, join(SCREENS, 'leads-05-chart-export.png'))
  // As a map: the 42 areas that year as tiles, Kent outlined, exported as PNG.
  await editor.getByRole('button', { name: 'Close' }).click()
  await expect(editor).toBeHidden()
  await kent.getByRole('button', { name: 'Map the 42 areas with Kent outlined' }).click()
  await expect(editor).toBeVisible()
  await expect(editor.getByRole('combobox', { name: 'Chart type' })).toHaveValue('map')
  await expect(editor.getByRole('region', { name: 'Preview' }).getByRole('img')).toHaveAttribute('alt', /Tile map of the 42 MAPPA areas/)
  await desk.screenshot('leads-06-as-a-map')
  downloads.length = 0
  await editor.getByRole('button', { name: 'Export PNG' }).click()
  await expect.poll(() => downloads.length).toBe(2)
  const map = downloads.find((download) => download.suggestedFilename().endsWith('.png'))!
  const mapPath = join(app.dir, `map-${map.suggestedFilename()}`)
  await map.saveAs(mapPath)
  copyFileSync(mapPath, join(SCREENS, 'leads-07-map-export.png'))
})

test('says so when a patch has no leads, and shows every area again', async ({ page, desk }) => {
  await desk.importFile('mappa-2021-22.xlsx', oldStyleBook('xlsx', { year: 2022 }))
  await desk.tab('Leads').click()
  const leads = page.getByRole('region', { name: 'Leads' })
  await leads.getByRole('combobox', { name: 'Leads patch' }).selectOption({ label: 'London' })
  await leads.getByRole('combobox', { name: 'Leads measure' }).selectOption({ label: 'Violent offenders' })
  await expect(leads).toContainText('No leads for London on violent offenders in the 2021/22 edition')
  await desk.screenshot('leads-08-empty')
  await leads.getByRole('button', { name: 'Show every area and measure' }).click()
  await expect(leads.getByRole('combobox', { name: 'Leads patch' })).toHaveValue('all')
  await expect(leads.getByRole('list', { name: 'Leads, most newsworthy first' }).getByRole('listitem').first()).toBeVisible()
})
