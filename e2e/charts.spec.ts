// Charts in browser mode: from the grid, Essex's registered sexual offenders over six years,
// annotated and exported as PNG, SVG and PDF; a ranking of the 42 areas with Essex highlighted.
// Every exported PNG (and the PDF, rasterised) is saved in test-results/screens/ to be looked at.

import type { Download, Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readPngInfo } from '../main/testing/chart'
import { oldStyleBook } from '../main/testing/fixtures'
import { Desk, SCREENS } from './desk'
import { expect, test } from './fixtures'

test.beforeEach(() => {
  // Six imports, then drawings and exports: on a shared 2-core machine this can pass the 60 s default.
  test.slow()
})

/** Six editions, 31 March 2019 to 2024: Essex carries its published figures to 2022, then test values that go on rising. */
const ESSEX_LATER: Record<number, number> = { 2023: 1930, 2024: 2010 }

async function importSixYears(desk: Desk): Promise<void> {
  for (const year of [2019, 2020, 2021, 2022, 2023, 2024]) {
    await desk.importFile(
      `mappa-${year - 1}-${String(year % 100).padStart(2, '0')}.xlsx`,
      oldStyleBook('xlsx', {
        year,
        overrides: {
          ...(year === 2021 ? { Kent: { rso: '[c]' } } : {}),
          ...(ESSEX_LATER[year] ? { Essex: { rso: ESSEX_LATER[year] } } : {})
        }
      })
    )
  }
  await desk.showByMeasure()
}

/** Clicks an export button and keeps the image (and the alt text downloaded beside it). */
async function exportFile(
  page: Page,
  editor: ReturnType<Page['getByRole']>,
  button: string
): Promise<{ image: Download; altText: Download }> {
  const downloads: Download[] = []
  const collect = (download: Download) => downloads.push(download)
  page.on('download', collect)
  await editor.getByRole('button', { name: button }).click()
  await expect.poll(() => downloads.length).toBe(2)
  page.off('download', collect)
  const image = downloads.find((download) => !download.suggestedFilename().endsWith('.alt.txt'))!
  const altText = downloads.find((download) => download.suggestedFilename().endsWith('.alt.txt'))!
  return { image, altText }
}

async function saved(download: Download, name: string): Promise<string> {
  mkdirSync(SCREENS, { recursive: true })
  const path = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(path)
  copyFileSync(path, join(SCREENS, name))
  return path
}

test('charts Essex over six years from the grid, annotates the last point and exports PNG, SVG and PDF', async ({ page, desk }) => {
  await importSixYears(desk)
  await desk.pivotRow('Essex').getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Chart', exact: true }).click()

  const editor = page.getByRole('dialog', { name: 'Chart editor' })
  await expect(editor).toBeVisible()
  const preview = editor.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('img')).toBeVisible()
  await expect(editor.getByRole('textbox', { name: 'Title', exact: true })).toHaveAttribute(
    'placeholder',
    'Registered sexual offenders in Essex'
  )
  await expect(editor.getByRole('textbox', { name: 'Source line' })).toHaveAttribute(
    'placeholder',
    'Source: Ministry of Justice, MAPPA annual reports 2018/19 to 2023/24'
  )
  await expect(preview.getByLabel('Alt text')).toContainText('Essex rose from 1,496 in 2018/19 to 2,010 in 2023/24 (up 34 per cent)')

  await editor.getByRole('textbox', { name: 'Title', exact: true }).fill('Registered sex offenders in Essex')
  await editor.getByRole('textbox', { name: 'Byline' }).fill('Data desk')
  await editor.getByRole('button', { name: 'Label last value' }).click()
  await editor.getByRole('button', { name: 'Add point note' }).click()
  const point = editor.getByRole('group', { name: 'Annotation 2' })
  await point.getByRole('combobox', { name: 'Year', exact: true }).selectOption('2021/22')
  await point.getByRole('textbox', { name: 'Annotation text' }).fill('1,867: highest yet')
  await expect(preview.getByRole('img')).toHaveAttribute('alt', /^Registered sex offenders in Essex\. Line chart/)
  await expect(preview).not.toHaveAttribute('data-preview-ms', '')
  await desk.screenshot('60-chart-editor-essex')

  const png = await exportFile(page, editor, 'Export PNG')
  expect(png.image.suggestedFilename()).toBe('registered-sex-offenders-in-essex.png')
  const pngPath = await saved(png.image, '61-export-essex.png')
  expect(readPngInfo(readFileSync(pngPath))).toMatchObject({ width: 1016, height: 827, pixelsPerMetre: 11811 })
  expect(readFileSync(await png.altText.path(), 'utf8')).toMatch(
    /^Registered sex offenders in Essex\. Line chart of registered sexual offenders, 2018\/19 to 2023\/24\. Essex rose/
  )
  await expect(editor.getByRole('status')).toHaveText('registered-sex-offenders-in-essex.png downloaded with its alt text')

  const svg = await exportFile(page, editor, 'Export SVG')
  const svgText = readFileSync(await saved(svg.image, '62-export-essex.svg'), 'utf8')
  expect(svgText).toContain('<title id="chart-title">Registered sex offenders in Essex</title>')
  expect(svgText).toMatch(/width="86mm" height="70mm"/)

  await editor.getByRole('checkbox', { name: 'CMYK PDF' }).check()
  const pdf = await exportFile(page, editor, 'Export PDF')
  const pdfPath = await saved(pdf.image, '63-export-essex-cmyk.pdf')
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-')
  expect(execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' })).toMatch(/Inter-Bold/)
  execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', pdfPath, join(SCREENS, '64-export-essex-cmyk-pdf')])

  await editor.getByRole('textbox', { name: 'Chart name' }).fill('Essex trend')
  await editor.getByRole('button', { name: 'Save chart' }).click()
  await expect(editor.getByRole('region', { name: 'Saved charts' }).getByText('Essex trend')).toBeVisible()
})

test('ranks the 42 areas for one year with Essex highlighted and England and Wales as the reference line', async ({ page, desk }) => {
  await importSixYears(desk)
  await desk.pivotRow('Essex').getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Chart', exact: true }).click()
  const editor = page.getByRole('dialog', { name: 'Chart editor' })
  await editor.getByRole('button', { name: 'Rank all areas' }).click()
  await expect(editor.getByRole('combobox', { name: 'Chart type' })).toHaveValue('bar')
  await expect(editor.getByRole('combobox', { name: 'Highlight' })).toHaveValue('essex')
  await editor.getByRole('combobox', { name: 'Year', exact: true }).selectOption('2021/22')
  const preview = editor.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('img')).toHaveAttribute('alt', /^Registered sexual offenders by MAPPA area, 2021\/22\./)
  await expect(preview.getByLabel('Alt text')).toContainText('Bar chart ranking 42 areas by registered sexual offenders')
  await expect(preview.getByLabel('Alt text')).toContainText('Essex is highlighted')
  await expect(preview.getByLabel('Alt text')).toContainText('A line marks England and Wales average per area')
  await expect(preview.getByRole('list', { name: 'Warnings' })).toHaveCount(0)
  await desk.screenshot('65-chart-editor-ranking')

  const png = await exportFile(page, editor, 'Export PNG')
  const pngPath = await saved(png.image, '66-export-ranking.png')
  const info = readPngInfo(readFileSync(pngPath))
  expect(info.width).toBe(1016)
  expect(info.height).toBeGreaterThan(2000)
})

test('maps the 42 areas as tiles with Essex outlined and exports the map as PNG, SVG and CMYK PDF', async ({ page, desk }) => {
  await importSixYears(desk)
  await desk.pivotRow('Essex').getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Chart', exact: true }).click()
  const editor = page.getByRole('dialog', { name: 'Chart editor' })
  await editor.getByRole('combobox', { name: 'Chart type' }).selectOption('map')
  await expect(editor.getByRole('combobox', { name: 'Outline' })).toHaveValue('essex')
  await editor.getByRole('combobox', { name: 'Year', exact: true }).selectOption('2021/22')
  const preview = editor.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('img')).toHaveAttribute(
    'alt',
    /^Registered sexual offenders by MAPPA area, 2021\/22\. Tile map of the 42 MAPPA areas/
  )
  await expect(preview.getByLabel('Alt text')).toContainText('Essex is outlined: 1,867')
  await expect(preview.getByLabel('Alt text')).toContainText('Highest: ')
  await desk.screenshot('67-chart-editor-map')

  const png = await exportFile(page, editor, 'Export PNG')
  const pngPath = await saved(png.image, '68-export-map.png')
  expect(readPngInfo(readFileSync(pngPath))).toMatchObject({ width: 1016, pixelsPerMetre: 11811 })

  const svg = await exportFile(page, editor, 'Export SVG')
  const svgText = readFileSync(await saved(svg.image, '69-export-map.svg'), 'utf8')
  // The browser's own XML parser reads it: well formed, and a titled group for each of the 42 tiles.
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
    const titles = Array.from(doc.querySelectorAll('g > title')).map((title) => title.textContent ?? '')
    return { error: doc.querySelector('parsererror')?.textContent ?? null, titles }
  }, svgText)
  expect(parsed.error).toBeNull()
  expect(parsed.titles.filter((title) => title !== 'Key')).toHaveLength(42)
  expect(parsed.titles).toContain('Essex: 1,867')

  await editor.getByRole('combobox', { name: 'Shade by' }).selectOption('change')
  await expect(preview.getByLabel('Alt text')).toContainText('shaded by the per cent change in registered sexual offenders')
  await editor.getByRole('checkbox', { name: 'CMYK PDF' }).check()
  const pdf = await exportFile(page, editor, 'Export PDF')
  const pdfPath = await saved(pdf.image, '70-export-map-change-cmyk.pdf')
  expect(execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' })).toMatch(/Inter-Regular/)
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdfPath, join(SCREENS, '71-export-map-change-cmyk-pdf')])
})
