// The real desktop app, launched through Playwright's Electron driver where the Electron binary
// exists. Here (binary not downloadable) every test skips with the reason.

import { _electron as electron, expect, test } from '@playwright/test'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { waitFor } from '../main/testing/wait'
import { projectRoot } from './server'

function electronBinary(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

const binary = electronBinary()
const binding = join(projectRoot, '.native', 'electron-41.7.1', 'better_sqlite3.node')

test.describe('the desktop app', () => {
  test.skip(!binary, 'electron binary not installed')
  test.skip(!existsSync(binding), 'better-sqlite3 has no Electron build: run npm run electron:native')

  test('opens a secure window with the first-run actions and imports the sample', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mappa-electron-'))
    const app = await electron.launch({
      executablePath: binary,
      args: [projectRoot, '--db', join(dir, 'desk.sqlite')],
      env: { ...process.env, MAPPA_SQLITE_BINDING: binding }
    })
    try {
      const window = await app.firstWindow()
      // No Node in the page, only the preload's narrow api.
      const globals = await window.evaluate(() => {
        const scope = globalThis as { require?: unknown; process?: unknown; api?: Record<string, unknown> }
        return { require: typeof scope.require, process: typeof scope.process, api: Object.keys(scope.api ?? {}).sort() }
      })
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', api: ['invoke', 'onEvent', 'pathForFile'] })
      // Navigation away is denied.
      const before = window.url()
      await app.evaluate(({ BrowserWindow }) => {
        BrowserWindow.getAllWindows()[0].webContents.once('will-navigate', (_event, url) => {
          ;(globalThis as { navigationTried?: string }).navigationTried = url
        })
      })
      await window.evaluate(() => {
        location.href = 'https://example.org/'
      })
      await waitFor(() => app.evaluate(() => (globalThis as { navigationTried?: string }).navigationTried), {
        what: 'the window to try to navigate'
      })
      expect(window.url()).toBe(before)
      await window.getByRole('button', { name: 'Open sample data' }).first().click()
      await expect(window.getByRole('grid')).toContainText('1,867')
      await window.screenshot({ path: join(projectRoot, 'test-results', 'screens', 'electron-sample.png') })
    } finally {
      await app.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
