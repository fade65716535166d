// The set-up every browser-mode spec shares: its own app on a fresh database, started before the
// test and stopped after it, and the desk opened on it. Specs import `test` and `expect` from here.

import { test as base } from '@playwright/test'
import { Desk } from './desk'
import { startApp, type RunningApp } from './server'

type PrepareDb = (dbPath: string) => void

interface DeskFixtures {
  /** Lays a database (or a damaged one) at the path before the app opens it; set with `test.use(preparedWith(…))`. */
  prepareDb: PrepareDb | undefined
  app: RunningApp
  /** The desk open on `app`, its first-run actions showing. */
  desk: Desk
}

export const test = base.extend<DeskFixtures>({
  prepareDb: [undefined, { option: true }],
  app: async ({ prepareDb }, use) => {
    const app = await startApp(prepareDb)
    await use(app)
    await app.stop()
  },
  desk: async ({ page, app }, use) => {
    const desk = new Desk(page)
    await desk.open(app.url)
    await use(desk)
  }
})

/** For `test.use`: a function given there is taken for a fixture, so the preparation is handed over by one. */
export function preparedWith(prepare: PrepareDb) {
  return { prepareDb: async ({}, use: (value: PrepareDb) => Promise<void>) => use(prepare) }
}

export { expect } from '@playwright/test'
