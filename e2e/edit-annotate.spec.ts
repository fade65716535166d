// Working the numbers in browser mode: edits with reasons across a restart, undo/redo, refusals,
// notes, copying as TSV and derived columns, on two MoJ-style workbooks (2020/21 and 2021/22).

import { AREAS } from '../main/contract/areas'
import { figuresFor, oldStyleBook } from '../main/testing/fixtures'
import { Desk } from './desk'
import { expect, test } from './fixtures'

const REASON = 'MoJ press office: typo in the published table'

/** The desk with the 2020/21 and 2021/22 tables imported, showing registered sexual offenders by area. */
async function importTwoYears(desk: Desk): Promise<void> {
  await desk.importFile('mappa-2020-21.xlsx', oldStyleBook('xlsx', { year: 2021 }))
  await desk.importFile('mappa-2021-22.xlsx', oldStyleBook('xlsx', { year: 2022 }))
  await desk.showByMeasure()
  await expect(desk.page.getByRole('combobox', { name: 'Measure', exact: true })).toHaveValue('rso')
}

test('a figure corrected with a reason keeps its original, survives a restart, and undoes and redoes', async ({ page, app, desk }) => {
  await importTwoYears(desk)

  await desk.typeInto('essex', '2021/22', '1870')
  await expect(desk.reasonDialog).toContainText('Essex')
  await expect(desk.reasonDialog).toContainText('2021/22')
  await expect(desk.reasonDialog).toContainText('1,867')
  await expect(desk.reasonDialog).toContainText('1,870')
  const save = desk.reasonDialog.getByRole('button', { name: 'Save edit' })
  await expect(save).toBeDisabled()
  await desk.reasonDialog.getByRole('textbox', { name: 'Reason' }).fill(REASON)
  await expect(save).toBeEnabled()
  await desk.screenshot('20-edit-reason-dialog')
  await save.click()
  await expect(desk.reasonDialog).toHaveCount(0)
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,870')
  await expect(desk.cell('essex', '2021/22')).toBeFocused()

  await app.restart()
  await desk.open(app.url)
  await expect(desk.tab('By measure')).toHaveAttribute('aria-selected', 'true')
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,870')

  await desk.cell('essex', '2021/22').hover()
  await expect(page.getByText(`Edited: was 1,867 — ${REASON}`)).toBeVisible()
  await desk.screenshot('21-edited-cell-tooltip')

  await page.getByRole('button', { name: 'History', exact: true }).click()
  await desk.cell('essex', '2021/22').click()
  await desk.history.hover()
  await expect(page.getByText(`Edited: was 1,867 — ${REASON}`)).toHaveCount(0)
  await expect(desk.cellDetails).toContainText('As imported: 1,867')
  await expect(desk.cellDetails).toContainText(REASON)
  const entry = desk.history.getByRole('listitem').filter({ hasText: REASON })
  await expect(entry).toContainText('Essex, Registered sexual offenders, 2021/22: 1,867 → 1,870')
  await expect(entry.getByRole('button', { name: 'Revert' })).toBeVisible()
  await desk.screenshot('22-history-panel')

  await desk.cell('essex', '2021/22').click()
  await page.keyboard.press('Control+z')
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,867')
  await expect(desk.statusLine).toContainText(`Undid: Essex, Registered sexual offenders, 2021/22: 1,867 → 1,870 (${REASON})`)
  await expect(entry).toContainText('undone')
  await expect(entry.getByRole('button', { name: 'Revert' })).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,870')
  await expect(desk.statusLine).toContainText('Redid: Essex, Registered sexual offenders, 2021/22')
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled()

  // Reverted on its own from the cell's details: the imported figure is back.
  await desk.cellDetails.getByRole('button', { name: 'Revert' }).click()
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,867')
  await expect(desk.cellDetails).toContainText('reverted')
})

test('an edit without a reason, or of "abc", is refused and changes nothing', async ({ page, desk }) => {
  await importTwoYears(desk)

  await desk.typeInto('essex', '2021/22', 'abc')
  const save = desk.reasonDialog.getByRole('button', { name: 'Save edit' })
  await expect(save).toBeDisabled()
  await desk.reasonDialog.getByRole('textbox', { name: 'Reason' }).fill('   ')
  await expect(save).toBeDisabled()
  await desk.reasonDialog.getByRole('textbox', { name: 'Reason' }).fill('Checking the figure')
  await save.click()
  await expect(desk.reasonDialog.getByRole('alert')).toContainText('"abc" is not a figure')
  await desk.screenshot('23-edit-refused')
  await desk.reasonDialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(desk.reasonDialog).toHaveCount(0)
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,867')

  // Escape also closes the dialog without saving; the history stays empty.
  await desk.typeInto('essex', '2021/22', '1900')
  await page.keyboard.press('Escape')
  await expect(desk.reasonDialog).toHaveCount(0)
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,867')
  await page.getByRole('button', { name: 'History', exact: true }).click()
  await expect(desk.history).toContainText('No edits or notes yet.')
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled()
})

test('notes on a figure and on an area show in the Notes panel and as markers, and jump to their cell', async ({ page, desk }) => {
  await importTwoYears(desk)
  await page.getByRole('button', { name: 'Notes', exact: true }).click()
  await expect(desk.notes).toContainText('No notes yet')

  await desk.cell('essex', '2021/22').click()
  const attachTo = desk.notes.getByRole('combobox', { name: 'Attach note to' })
  await expect(attachTo).toHaveValue('cell:essex|rso|2021/22')
  await desk.notes.getByRole('textbox', { name: 'Note' }).fill('Press office says the 2021/22 figure was restated in 2023')
  await desk.notes.getByRole('button', { name: 'Add note' }).click()
  await expect(desk.cell('essex', '2021/22')).toHaveClass(/figure--annotated/)

  await desk.cell('essex', '2021/22').click()
  await attachTo.selectOption({ label: 'This area: Essex' })
  await desk.notes.getByRole('textbox', { name: 'Note' }).fill('Essex includes Southend and Thurrock')
  await desk.notes.getByRole('button', { name: 'Add note' }).click()
  await expect(desk.cell('essex', 'label')).toHaveClass(/row-label--annotated/)
  await expect(desk.notes.getByRole('listitem')).toHaveCount(2)
  await expect(desk.cellDetails).toContainText('Press office says the 2021/22 figure was restated in 2023')
  await desk.screenshot('24-notes-panel')

  // Reworded, then deleted and brought back with Ctrl+Z.
  const areaNote = desk.notes.getByRole('listitem').filter({ hasText: 'Southend' })
  await areaNote.getByRole('button', { name: 'Edit' }).click()
  await areaNote.getByRole('textbox', { name: 'Note text' }).fill('Essex MAPPA area includes Southend and Thurrock')
  await areaNote.getByRole('button', { name: 'Save note' }).click()
  await expect(areaNote).toContainText('Essex MAPPA area includes')
  await areaNote.getByRole('button', { name: 'Delete' }).click()
  await expect(desk.notes.getByRole('listitem')).toHaveCount(1)
  await desk.cell('kent', '2021/22').click()
  await page.keyboard.press('Control+z')
  await expect(desk.notes.getByRole('listitem')).toHaveCount(2)

  // From another view, the figure's note jumps back to its cell.
  await desk.tab('By area').click()
  await expect(page.getByRole('combobox', { name: 'Area', exact: true })).toBeVisible()
  await desk.notes.getByRole('button', { name: 'Essex · rso · 2021/22' }).click()
  await expect(desk.tab('By measure')).toHaveAttribute('aria-selected', 'true')
  await expect(desk.cell('essex', '2021/22')).toBeFocused()
})

test('Ctrl+C copies the ticked rows as TSV with a header row, or the focused cell with its headers', async ({ page, context, desk }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await importTwoYears(desk)
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText())

  await desk.cell('essex', '2021/22').click()
  await page.keyboard.press('Control+c')
  await expect.poll(clipboard).toBe('Area\t2021/22\nEssex\t1,867')

  await desk.pivotRow('Essex').getByRole('checkbox').check()
  await desk.pivotRow('Kent').getByRole('checkbox').check()
  await desk.cell('kent', '2021/22').click()
  await page.keyboard.press('Control+c')
  const kent = figuresFor('Kent', 2021).rso.toLocaleString('en-GB')
  const kentNow = figuresFor('Kent', 2022).rso.toLocaleString('en-GB')
  await expect.poll(clipboard).toBe(`Area\t2020/21\t2021/22\nEssex\t1,684\t1,867\nKent\t${kent}\t${kentNow}`)
})

test('derived columns show Essex up 183 on the year and its rank among the 42 areas', async ({ page, desk }) => {
  await importTwoYears(desk)
  const derived = page.getByRole('group', { name: 'Derived figures' })
  await derived.getByRole('checkbox', { name: 'Change', exact: true }).check()
  await derived.getByRole('checkbox', { name: '% change' }).check()
  await derived.getByRole('checkbox', { name: 'Rank' }).check()

  const others = AREAS.filter((area) => area.kind === 'area' && area.name !== 'Essex').map((area) => figuresFor(area.name, 2022).rso)
  const rank = 1 + others.filter((rso) => rso > 1867).length
  const tied = others.includes(1867) ? '=' : ''
  const suffix =
    rank % 10 === 1 && rank !== 11 ? 'st' : rank % 10 === 2 && rank !== 12 ? 'nd' : rank % 10 === 3 && rank !== 13 ? 'rd' : 'th'
  await expect(desk.cell('essex', '2021/22|change')).toHaveText('+183')
  await expect(desk.cell('essex', '2021/22|percentChange')).toHaveText('+10.9%')
  await expect(desk.cell('essex', '2021/22|rank')).toHaveText(`${tied}${rank}${suffix} of 42`)
  await expect(desk.cell('england-and-wales', '2021/22|rank')).toHaveText('')

  // A period can be pinned from its header's menu, and unpinned again.
  const header = desk.grid.getByRole('columnheader', { name: '2020/21', exact: true })
  await header.click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Column 2020/21' })
  await menu.getByRole('menuitem', { name: 'Pin to the left' }).click()
  await expect(menu).toHaveCount(0)
  await header.click({ button: 'right' })
  await expect(menu.getByRole('menuitem', { name: 'Pin to the left' })).toBeDisabled()
  await menu.getByRole('menuitem', { name: 'Unpin' }).click()

  // The reporter's own area is pinned at the top.
  await page.getByRole('combobox', { name: 'My area' }).selectOption({ label: 'Essex' })
  // First after the two header rows (periods, then figure and derived columns), before Avon and Somerset.
  await expect(desk.pivotRow('Essex (my area)')).toHaveAttribute('aria-rowindex', '3')
  await expect(desk.pivotRow('Avon and Somerset')).toHaveAttribute('aria-rowindex', '4')
  await desk.screenshot('25-derived-columns')
})
