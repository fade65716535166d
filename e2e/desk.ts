// Page model for MAPPA Desk in browser mode: the actions a reporter takes and the places they
// look, by role and accessible name. Screenshots go to test-results/screens/ to be looked at.

import { expect, type Locator, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from './server'

export const SCREENS = join(projectRoot, 'test-results', 'screens')

export class Desk {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.page.getByRole('button', { name: 'Import spreadsheet…' })).toBeVisible()
  }

  get importButton(): Locator {
    return this.page.getByRole('button', { name: 'Import spreadsheet…' })
  }

  get sampleButton(): Locator {
    return this.page.getByRole('button', { name: 'Open sample data' })
  }

  get releases(): Locator {
    return this.page.getByRole('navigation', { name: 'Releases' })
  }

  /** The sidebar's table buttons (each names its observations), not the releases' "Add note" actions. */
  get tableButtons(): Locator {
    return this.releases.getByRole('button', { name: /observations?$/ })
  }

  /** One of the views: "By measure", "By area" or "As imported". */
  tab(name: 'By measure' | 'By area' | 'As imported' | 'Leads'): Locator {
    return this.page.getByRole('tab', { name })
  }

  get reasonDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Reason for change' })
  }

  get notes(): Locator {
    return this.page.getByRole('region', { name: 'Notes' })
  }

  get history(): Locator {
    return this.page.getByRole('region', { name: 'History' })
  }

  get cellDetails(): Locator {
    return this.page.getByRole('region', { name: 'Cell details' })
  }

  /** The line at the foot of the window that says what just happened. */
  get statusLine(): Locator {
    return this.page.getByRole('contentinfo')
  }

  get grid(): Locator {
    return this.page.getByRole('region', { name: 'Figures table' })
  }

  get errorBanner(): Locator {
    return this.page.getByRole('alert')
  }

  get preview(): Locator {
    return this.page.getByRole('dialog', { name: 'Import preview' })
  }

  get revisions(): Locator {
    return this.page.getByRole('region', { name: 'Revisions' })
  }

  /** The toolbar button that lists every revision in the store. */
  get revisionsButton(): Locator {
    return this.page.getByRole('button', { name: 'Revisions', exact: true })
  }

  get progress(): Locator {
    return this.page.getByRole('group', { name: 'Import progress' })
  }

  /** The select that maps one row label of the open preview to an area. */
  areaFor(label: string): Locator {
    return this.preview.getByRole('combobox', { name: `Area for ${label}` })
  }

  /** Imports the open preview as it stands (or as corrected) and waits for it to close. */
  async confirmImport(): Promise<void> {
    await this.preview.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(this.preview).toBeHidden()
  }

  /** Drops files on the window as a reporter dragging them from the file manager would. */
  async drop(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
    const payload = files.map((file) => ({ name: file.name, data: Array.from(file.bytes) }))
    const transfer = await this.page.evaluateHandle((items) => {
      const dataTransfer = new DataTransfer()
      for (const item of items) dataTransfer.items.add(new File([new Uint8Array(item.data)], item.name))
      return dataTransfer
    }, payload)
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer })
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer: transfer })
    await this.page.dispatchEvent('body', 'drop', { dataTransfer: transfer })
  }

  /** One figure cell: the row is an area slug (or row key), the column a header|period key. */
  cell(rowKey: string, columnKey: string): Locator {
    return this.grid.locator(`[row-id="${rowKey}"] [col-id="${columnKey}"]`)
  }

  /** A pivot row by its label cell (the row's name starts with its selection checkbox). */
  pivotRow(label: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('gridcell', { name: label, exact: true }) })
  }

  /** A grid row by its accessible name, which starts with the area's name. */
  row(areaName: string): Locator {
    return this.grid.getByRole('row', { name: new RegExp(`^${areaName} `) })
  }

  /** Opens the sample, which shows By measure with Essex's 1,867 for 2021/22. */
  async openSample(): Promise<void> {
    await this.sampleButton.click()
    await expect(this.cell('essex', '2021/22')).toHaveText('1,867')
  }

  /** Shows By measure once editions that print Essex's 1,867 for 2021/22 are in. */
  async showByMeasure(): Promise<void> {
    await this.tab('By measure').click()
    await expect(this.cell('essex', '2021/22')).toHaveText('1,867')
  }

  /** Opens the Story panel from the toolbar. */
  async openStory(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Story', exact: true }).click()
    return this.page.getByRole('region', { name: 'Story' })
  }

  /** Drops one file and imports it through its preview as read. */
  async importFile(name: string, bytes: Uint8Array): Promise<void> {
    await this.drop([{ name, bytes }])
    await expect(this.preview).toContainText(name)
    await this.confirmImport()
    await expect(this.releases).toContainText(name)
  }

  /** Types a figure into a pivot cell as a reporter does: select the cell, type, Enter. */
  async typeInto(rowKey: string, period: string, typed: string): Promise<void> {
    await this.cell(rowKey, period).click()
    await this.page.keyboard.type(typed)
    await this.page.keyboard.press('Enter')
    await expect(this.reasonDialog).toBeVisible()
  }

  /** Types a figure into a cell, gives the reason and presses Save edit; what follows (saved or refused) is the test's to check. */
  async saveEdit(rowKey: string, period: string, typed: string, reason: string): Promise<void> {
    await this.typeInto(rowKey, period, typed)
    await this.reasonDialog.getByRole('textbox', { name: 'Reason' }).fill(reason)
    await this.reasonDialog.getByRole('button', { name: 'Save edit' }).click()
  }

  async importThroughChooser(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.importButton.click()
    await (await chooser).setFiles(path)
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENS, { recursive: true })
    await this.page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: false })
  }
}
