// A damaged database in the window: the recovery screen says why and offers its latest good
// backup (never another database's beside it); restoring it brings back the releases, edits and
// notes. Backups are listed from the status bar.

import { dirname, join } from 'node:path'
import { importFile } from '../main/import/importFile'
import { createAnnotation } from '../main/store/annotations'
import { backUp } from '../main/store/backup'
import { openStore } from '../main/store/database'
import { correctDurham } from '../main/testing/corrections'
import { damageMiddle } from '../main/testing/damage'
import { oldStyleBook } from '../main/testing/fixtures'
import { Desk } from './desk'
import { expect, preparedWith, test } from './fixtures'

/** Another database in the same folder, with a newer backup of its own: never offered for this one. */
function otherDatabaseBeside(dbPath: string): void {
  const other = openStore(join(dirname(dbPath), 'other-desk.sqlite'))
  importFile(other, { fileName: 'mappa-2022.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  backUp(other, 'manual', new Date(Date.UTC(2026, 11, 2, 9, 15)))
  other.close()
}

/** A database with a release, an edit and a note, backed up, then 64 KB overwritten in its middle. */
function damagedWithBackup(dbPath: string): void {
  otherDatabaseBeside(dbPath)
  const store = openStore(dbPath)
  importFile(store, { fileName: 'mappa-2022.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  correctDurham(store.db)
  createAnnotation(store.db, { kind: 'area', area: 'essex' }, 'Our patch')
  backUp(store, 'manual', new Date(Date.UTC(2026, 11, 1, 10, 42)))
  store.close()
  damageMiddle(dbPath)
}

test.use(preparedWith(damagedWithBackup))

test('a damaged database opens on the recovery screen, and restoring the latest backup brings the work back', async ({ page, app }) => {
  await page.goto(app.url)
  const screen = page.getByRole('main', { name: 'The database cannot be used as it is' })
  await expect(screen).toContainText('is damaged')
  await expect(screen).toContainText('1 release, 1 edit, 1 note')
  const restore = screen.getByRole('button', { name: /^Restore the backup of 1 Dec 2026/ })
  await new Desk(page).screenshot('48-recovery-screen')
  await restore.click()

  const desk = new Desk(page)
  await expect(desk.releases).toContainText('mappa-2022.xlsx')
  await expect(desk.cell('county-durham', '2021/22')).toHaveText('942')

  // The status bar lists the backups with what each holds.
  await page.getByRole('button', { name: 'Backups…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Backups' })
  await expect(dialog.getByRole('row').filter({ hasText: 'made by hand' })).toContainText('1 release, 1 edit, 1 note')
  // Only this database's copies: the other database's newer one is not listed.
  await expect(dialog.getByRole('row').filter({ hasText: '2 Dec 2026' })).toHaveCount(0)
  await desk.screenshot('49-backups-dialog')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})
