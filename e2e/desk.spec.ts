// A reporter's first session in browser mode: the empty desk, the sample, importing files by
// the file chooser and by dropping them (each through its preview), and a bad file that changes nothing.

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { oldStyleWorkbook } from '../main/testing/fixtures'
import { expect, test } from './fixtures'

const RSO = 'Registered sexual offenders (Category 1)'

test('first run offers import and the sample; the sample shows Essex 1,867 for 2021/22', async ({ page, desk }) => {
  await expect(page).not.toHaveURL(/token=/)
  await expect(desk.sampleButton).toBeVisible()
  await expect(page.getByText(/drop/i).first()).toBeVisible()
  await desk.screenshot('01-first-run')

  await desk.sampleButton.click()
  await expect(desk.tab('By measure')).toHaveAttribute('aria-selected', 'true')
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,867')
  await expect(desk.cell('essex', '2018/19')).toHaveText('1,496')
  await expect(desk.cell('county-durham', '2023/24')).toHaveText('1,123')
  await expect(desk.releases).toContainText('Sample')
  await expect(page.getByText(/Imported mappa-sample\.csv/)).toBeVisible()
  await desk.screenshot('02-sample-grid')
})

test('the view tabs move with the arrow keys, Home and End, taking the focus with them', async ({ page, desk }) => {
  await desk.openSample()
  await desk.tab('By measure').focus()
  const expectChosen = async (name: 'By measure' | 'By area' | 'Leads') => {
    await expect(desk.tab(name)).toHaveAttribute('aria-selected', 'true')
    await expect(desk.tab(name)).toBeFocused()
  }
  await page.keyboard.press('ArrowRight')
  await expectChosen('By area')
  await page.keyboard.press('End')
  await expectChosen('Leads')
  await page.keyboard.press('ArrowRight')
  await expectChosen('By measure')
  await page.keyboard.press('ArrowLeft')
  await expectChosen('Leads')
  await page.keyboard.press('Home')
  await expectChosen('By measure')
})

test('a workbook chosen through the file chooser appears as a release with its table', async ({ page, app, desk }) => {
  const file = join(app.dir, 'mappa-annual-report-2021-22.xlsx')
  writeFileSync(file, oldStyleWorkbook('xlsx', { spellings: { 'County Durham': 'Durham' } }))

  await desk.importThroughChooser(file)
  await expect(desk.preview).toBeVisible()
  await expect(desk.preview).toContainText('mappa-annual-report-2021-22.xlsx')
  await desk.confirmImport()
  await expect(desk.releases).toContainText('mappa-annual-report-2021-22.xlsx')
  await expect(desk.cell('essex', 'Category 1 registered sexual offenders|2021/22')).toHaveText('1,867')
  await expect(desk.cell('county-durham', 'Category 1 registered sexual offenders|2021/22')).toBeVisible()
  await expect(desk.row('England and Wales')).toContainText('66,741')
  await desk.screenshot('03-imported-workbook')

  await page.getByRole('searchbox', { name: 'Filter rows' }).fill('Essex')
  await expect(desk.row('Essex')).toBeVisible()
  await expect(desk.row('Kent')).toHaveCount(0)
  await desk.screenshot('04-filtered')
})

test('a bad file gets one clear line and changes nothing', async ({ desk, app }) => {
  await desk.openSample()

  const bad = join(app.dir, 'broken.xlsx')
  writeFileSync(bad, oldStyleWorkbook('xlsx').subarray(0, 700))
  await desk.importThroughChooser(bad)
  await expect(desk.errorBanner).toContainText('broken.xlsx')
  await expect(desk.errorBanner).toContainText(/damaged or truncated/)
  await expect(desk.preview).toHaveCount(0)
  await expect(desk.tableButtons).toHaveCount(1)
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,867')
  await desk.screenshot('05-bad-file')
})

test('a file dropped on the window is imported', async ({ desk }) => {
  await desk.drop([{ name: 'dropped-2021-22.ods', bytes: oldStyleWorkbook('ods') }])
  await expect(desk.preview).toContainText('dropped-2021-22.ods')
  await desk.confirmImport()
  await expect(desk.releases).toContainText('dropped-2021-22.ods')
  await expect(desk.cell('essex', 'Category 1 registered sexual offenders|2021/22')).toHaveText('1,867')
})

test('figures survive a restart of the app', async ({ desk, app }) => {
  await desk.openSample()
  await app.restart()
  await desk.open(app.url)
  await expect(desk.releases).toContainText('mappa-sample.csv')
  await desk.tableButtons.first().click()
  await expect(desk.cell('essex', `${RSO}|2021/22`)).toHaveText('1,867')
})
