// MAPPA Desk started twice on one database in browser mode: the second window shows who writes,
// reads the figures and refuses a correction in one line (taking over is tested in main/store).

import { expect, test } from './fixtures'
import { startBeside } from './server'

let second: Awaited<ReturnType<typeof startBeside>> | undefined

// Runs before the first app is stopped.
test.afterEach(async () => {
  await second?.stop()
  second = undefined
})

test('a second window on the same database is read-only with a banner, and refuses an edit', async ({ page, app, desk }) => {
  await desk.openSample()

  second = await startBeside(app)
  await desk.open(second.url)
  const banner = page.getByRole('status', { name: 'Read-only' })
  await expect(banner).toHaveText(
    /^⚠MAPPA Desk is already open on this database \(pid \d+, since \d\d:\d\d UTC\): this window is read-only; close the other window to make changes here$/
  )
  await expect(desk.statusLine).toContainText('Read-only: MAPPA Desk is open on this database in another window')
  await desk.showByMeasure()
  await desk.screenshot('62-second-window-read-only')

  await desk.saveEdit('essex', '2021/22', '1870', 'Press office correction')
  await expect(
    page.getByText(
      'MAPPA Desk is already open on this database in another window, so this one is read-only: make the change there, or close it and reopen this one'
    )
  ).toBeVisible()
  await desk.screenshot('63-second-window-edit-refused')
  await expect(desk.cell('essex', '2021/22')).toHaveText('1,867')
})
