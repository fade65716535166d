// The Electron shell: one secure window, native menus and dialogs, and the core's dispatch
// mounted on IPC. The only module (with the native-binding helper) that imports electron;
// all behaviour lives in the core it mounts.

import { app, BrowserWindow, dialog, ipcMain, Menu, session, type MenuItemConstructorOptions } from 'electron'
import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDesk, type Desk } from './app'
import type { AppEvents, AppEvent } from './contract/events'
import { oneLine } from './contract/errors'
import { readImportFile } from './import/files'
import { resolveDbPath } from './paths'
import { CONTENT_SECURITY_POLICY } from './serve'

const here = dirname(fileURLToPath(import.meta.url))
let desk: Desk | undefined
let window: BrowserWindow | undefined

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : undefined
}

/** better-sqlite3 built for Electron's ABI, kept apart from the Node build (see scripts/electron-native.mjs). */
function sqliteBinding(): string | undefined {
  if (process.env.MAPPA_SQLITE_BINDING) return process.env.MAPPA_SQLITE_BINDING
  const local = join(app.getAppPath(), '.native', `electron-${process.versions.electron}`, 'better_sqlite3.node')
  return existsSync(local) ? local : undefined
}

function emit<E extends AppEvent>(name: E, payload: AppEvents[E]): void {
  window?.webContents.send('mappa:event', name, payload)
}

const EXPORT_FILTERS = {
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG drawing', extensions: ['svg'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  html: { name: 'HTML table', extensions: ['html'] },
  md: { name: 'Markdown table', extensions: ['md'] },
  idtt: { name: 'InDesign tagged text', extensions: ['txt'] }
}

/** Chart and table exports: the native save dialog, opened in the last export folder with a name from the title. */
async function saveDialog(request: { defaultPath: string; format: keyof typeof EXPORT_FILTERS }): Promise<string | null> {
  if (!window) return null
  const title = request.format === 'png' || request.format === 'svg' || request.format === 'pdf' ? 'Export chart' : 'Export table'
  const choice = await dialog.showSaveDialog(window, { title, defaultPath: request.defaultPath, filters: [EXPORT_FILTERS[request.format]] })
  return choice.canceled || !choice.filePath ? null : choice.filePath
}

async function importWithDialog(): Promise<void> {
  const core = desk?.core()
  if (!window || !core) return
  const choice = await dialog.showOpenDialog(window, {
    title: 'Import spreadsheet',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Spreadsheets', extensions: ['xlsx', 'xls', 'ods', 'csv'] },
      { name: 'All files', extensions: ['*'] }
    ]
  })
  // Each file goes through the same preview as a dropped one: read off the main thread, checked, then imported.
  for (const path of choice.filePaths) {
    try {
      const { jobId } = core.jobs.start(basename(path), readImportFile(path))
      emit('import:job', { jobId, fileName: basename(path) })
    } catch (error) {
      emit('app:error', { message: `${basename(path)}: ${oneLine(error)}` })
    }
  }
}

function buildMenu(): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => void importWithDialog() },
        { label: 'Open sample data', click: () => emit('menu:sample', {}) },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => emit('menu:export', {}) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    {
      label: 'Edit',
      // Undo and redo reach the window, which undoes typing in a text box or the last change to the figures.
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => emit('menu:undo', {}) },
        { label: 'Redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Shift+Z', click: () => emit('menu:redo', {}) },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }])
      ]
    },
    {
      label: 'Help',
      submenu: [
        {
          label: 'About MAPPA Desk',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'About MAPPA Desk',
              message: `MAPPA Desk ${app.getVersion()}`,
              detail: `Offline analysis of the Ministry of Justice MAPPA annual tables.\nDatabase: ${desk?.dbPath ?? ''}`
            })
        }
      ]
    }
  ]
  return Menu.buildFromTemplate(template)
}

function createWindow(): BrowserWindow {
  const created = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'MAPPA Desk',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click on a link fires auxclick, which can open a window past will-navigate (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick'
    }
  })
  created.once('ready-to-show', () => created.show())
  // No navigation anywhere, no new windows: a dropped file must not replace the app.
  created.webContents.on('will-navigate', (event) => event.preventDefault())
  created.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  if (process.env.ELECTRON_RENDERER_URL) void created.loadURL(process.env.ELECTRON_RENDERER_URL)
  else void created.loadFile(join(here, '../renderer/index.html'))
  return created
}

function start(): void {
  const dbPath = resolveDbPath(flag('--db'))
  try {
    desk = createDesk({
      dbPath,
      mode: 'electron',
      nativeBinding: sqliteBinding(),
      log: (line) => console.error(line),
      chooseSavePath: saveDialog
    })
  } catch (error) {
    dialog.showErrorBox('MAPPA Desk cannot open its database', oneLine(error))
    app.exit(1)
    return
  }
  const dispatch = desk.dispatch
  ipcMain.handle('mappa:invoke', (event, channel: unknown, args: unknown) => {
    // Only our own window's top frame may call the core.
    if (!window || event.sender !== window.webContents || event.senderFrame !== window.webContents.mainFrame) {
      return { ok: false, error: { code: 'bad_input', message: 'Call from an unknown frame refused' } }
    }
    return dispatch(channel, args)
  })
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  // Nothing leaves this machine: every request that is not the app's own file is cancelled.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const isLocal =
      details.url.startsWith('file://') ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith(process.env.ELECTRON_RENDERER_URL ?? 'file://')
    callback({ cancel: !isLocal })
  })
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  Menu.setApplicationMenu(buildMenu())
  window = createWindow()
}

// One MAPPA Desk at a time: a second start focuses the window already open instead of racing it.
if (!app.requestSingleInstanceLock()) app.quit()
app.on('second-instance', () => {
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
})

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
})
app.on('window-all-closed', () => {
  desk?.close()
  app.quit()
})
if (app.hasSingleInstanceLock()) void app.whenReady().then(start)
