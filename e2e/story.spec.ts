// The story tools in browser mode: the Story panel's sentences for Essex with a copy button and
// figures linked to their cells, Check my copy marking a wrong figure, and Localise packs.

import { oldStyleBook } from '../main/testing/fixtures'
import { expect, test } from './fixtures'

const HEADLINE =
  'There were 1,867 registered sex offenders in Essex at the end of March 2022, up from 1,684 a year earlier (up 11 per cent), the highest in figures going back to March 2019.'

test('the Story panel drafts the Essex sentences, copies one and links each figure to its cell', async ({ page, context, desk }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await desk.openSample()

  const story = await desk.openStory()
  await expect(story.getByRole('combobox', { name: 'Story area' })).toHaveValue('essex')
  await expect(story.getByRole('combobox', { name: 'Story edition' })).toHaveValue('2021/22')
  await story.getByRole('combobox', { name: 'Story edition' }).selectOption('2021/22')
  const sentences = story.getByRole('list', { name: 'Sentences' })
  await expect(sentences.getByRole('listitem').first()).toContainText(HEADLINE)
  await expect(sentences).toContainText('Sex offenders made up 81 per cent of the 2,292 people managed under MAPPA in Essex.')

  await story.getByRole('button', { name: 'Copy sentence 1' }).click()
  await expect(story.getByRole('button', { name: 'Copy sentence 1' })).toHaveText('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(HEADLINE)

  await sentences.getByRole('button', { name: '1,867' }).click()
  await expect(story.getByRole('status')).toContainText('Essex, Registered sexual offenders, 2021/22: mappa-sample.csv, Sheet1!C20')
  // The grid shows the figure's cell: registered sex offenders, Essex, 2021/22, focused.
  await expect(desk.cell('essex', '2021/22')).toHaveClass(/ag-cell-focus/)
  await sentences.getByRole('button', { name: '114' }).first().click()
  await expect(page.getByRole('combobox', { name: 'Measure', exact: true })).toHaveValue('rso_rate')
  await expect(desk.cell('essex', '2021/22')).toHaveText('114')
  await expect(desk.cell('essex', '2021/22')).toHaveClass(/ag-cell-focus/)
  await desk.screenshot('story-01-sentences')

  await story.getByRole('combobox', { name: 'Per cent' }).selectOption('percent-sign')
  await expect(sentences.getByRole('listitem').first()).toContainText('(up 11%)')
  await desk.screenshot('story-02-house-style')
})

test('Check my copy infers the area and edition, marks the one wrong figure with its explanation, and keeps "not checked" apart from problems', async ({
  page,
  desk
}) => {
  await desk.sampleButton.click()
  const story = await desk.openStory()
  // The tools' tabs move as a tab bar's do: an arrow key selects and focuses the next tab, End the last.
  await story.getByRole('tab', { name: 'Sentences' }).focus()
  await page.keyboard.press('End')
  await expect(story.getByRole('tab', { name: 'Localise' })).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  const checkTab = story.getByRole('tab', { name: 'Check my copy' })
  await expect(checkTab).toBeFocused()
  await expect(checkTab).toHaveAttribute('aria-selected', 'true')
  await expect(story.getByRole('tabpanel', { name: 'Check my copy' })).toBeVisible()
  await story
    .getByRole('textbox', { name: 'Draft to check' })
    .fill(
      'The number of registered sex offenders living in Essex has risen to 1,867, figures show. That is up from 1,648 the year previous and 1,496 in 2019. ' +
        'Essex now has 114 sex offenders in every 100,000 people. A 45-year-old man from Colchester was jailed for six years.'
    )
  await story.getByRole('button', { name: 'Check figures' }).click()
  await expect(story.getByText(/Read as Essex, .*2021\/22.*inferred from the copy/)).toBeVisible()
  await expect(story.getByRole('combobox', { name: 'Check against area' })).toHaveValue('')
  const table = story.getByRole('table', { name: 'Figures checked' })
  const wrong = table.getByRole('row').filter({ hasText: '1,648' })
  await expect(wrong).toContainText('Mismatch')
  await expect(wrong).toContainText('1,684')
  await expect(wrong).toContainText('mappa-sample.csv, Sheet1!C18')
  await expect(table.getByRole('row').filter({ hasText: '1,867' })).toContainText('Verified')
  await expect(table.getByRole('row').filter({ hasText: '45' })).toContainText('Not checked')
  await expect(story.getByRole('status')).toHaveText('3 verified — Problems: 1 mismatch — 1 not checked (not MAPPA figures)')

  const draft = story.getByRole('region', { name: 'Checked draft' })
  const mark = draft.locator('mark[data-verdict="mismatch"]')
  await expect(mark).toHaveText('1,648')
  await mark.focus()
  await expect(page.getByRole('tooltip').filter({ visible: true })).toContainText(
    'Mismatch. Read as registered sex offenders, Essex, 2020/21: the table says 1,684'
  )
  await desk.screenshot('story-03-check')
  await mark.blur()
  await draft.locator('mark[data-verdict="verified"]').first().hover()
  await expect(page.getByRole('tooltip').filter({ visible: true })).toContainText(
    'Verified. Read as registered sex offenders, Essex, 2021/22'
  )

  // Read against another edition: the year "this year" means moves, and the figures with it.
  await story.getByRole('combobox', { name: 'Check against edition' }).selectOption('2020/21')
  await expect(story.getByText(/Read as Essex, .*2020\/21/)).toBeVisible()
  await expect(table.getByRole('row').filter({ hasText: '1,867' })).toContainText('Mismatch')
  await desk.screenshot('story-04-check-other-edition')
})

test('Localise makes packs for three areas with progress, and the index page opens', async ({ page, desk }) => {
  for (const year of [2020, 2021, 2022]) await desk.importFile(`mappa-${year}.xlsx`, oldStyleBook('xlsx', { year }))
  const story = await desk.openStory()
  await story.getByRole('tab', { name: 'Localise' }).click()
  await story.getByRole('radio', { name: /Chosen areas/ }).check()
  const list = story.getByRole('group', { name: 'Areas to localise' })
  for (const name of ['Essex', 'Kent', 'Surrey']) await list.getByRole('checkbox', { name, exact: true }).check()
  await story.getByRole('button', { name: 'Make packs' }).click()
  const progress = story.getByRole('group', { name: 'Localise progress' })
  await expect(progress.getByRole('progressbar', { name: 'Packs made' })).toBeVisible()
  await expect(progress.getByRole('status')).toHaveText('3 made, 0 already complete of 3', { timeout: 60_000 })
  await expect(progress.getByRole('progressbar', { name: 'Packs made' })).toHaveAttribute('value', '3')
  await expect(progress).toContainText('MAPPA Desk packs')
  await desk.screenshot('story-04-localise-done')

  await progress.getByRole('button', { name: 'Open index' }).click()
  const index = page.getByRole('dialog', { name: 'Localise index' }).frameLocator('iframe')
  await expect(index.getByRole('heading', { level: 2 })).toHaveText(['Essex', 'Kent', 'Surrey'])
  await expect(index.getByText('3 of 3 area packs')).toBeVisible()
  await expect(index.getByRole('img').first()).toHaveAttribute('alt', /Registered sex offenders in Essex/)
  await desk.screenshot('story-05-localise-index')
  await page.getByRole('dialog', { name: 'Localise index' }).getByRole('button', { name: 'Close' }).click()

  // A second run resumes: the three packs are kept, not made again.
  await story.getByRole('button', { name: 'Make packs' }).click()
  await expect(progress.getByRole('status')).toHaveText('0 made, 3 already complete of 3', { timeout: 60_000 })
})
