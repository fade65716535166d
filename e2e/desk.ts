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

  get grid(): Locator {
    return this.page.getByRole('region', { name: 'Figures table' })
  }

  get errorBanner(): Locator {
    return this.page.getByRole('alert')
  }

  /** One figure cell: the row is an area slug (or row key), the column a header|period key. */
  cell(rowKey: string, columnKey: string): Locator {
    return this.grid.locator(`[row-id="${rowKey}"] [col-id="${columnKey}"]`)
  }

  /** A grid row by its accessible name, which starts with the area's name. */
  row(areaName: string): Locator {
    return this.grid.getByRole('row', { name: new RegExp(`^${areaName} `) })
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
