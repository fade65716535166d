// npm start: builds the app, then opens the Electron window where the Electron binary and its
// better-sqlite3 build exist, and otherwise serves the same app in browser mode, saying why.

import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { electronBinary, electronSqliteBinding, projectRoot } from './electron.mjs'
import { BUILT_CLI } from './mappa.cjs'

const passThrough = process.argv.slice(2)

function run(command, args) {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function startBrowserMode(reason) {
  console.log(`${reason}: starting MAPPA Desk in browser mode instead.`)
  const child = spawn(process.execPath, [BUILT_CLI, 'serve', ...passThrough], {
    cwd: projectRoot,
    stdio: 'inherit'
  })
  child.on('exit', (code) => process.exit(code ?? 0))
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
}

console.log('Building MAPPA Desk…')
run(process.execPath, [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'])

const electron = electronBinary()
if (!electron) {
  startBrowserMode('Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1 or no download possible)')
} else {
  const binding = electronSqliteBinding()
  if (!existsSync(binding)) {
    spawnSync(process.execPath, [join(projectRoot, 'scripts', 'electron-native.mjs')], { cwd: projectRoot, stdio: 'inherit' })
  }
  if (!existsSync(binding)) {
    startBrowserMode('Electron is installed but better-sqlite3 has no build for it yet')
  } else {
    const child = spawn(electron, [projectRoot, ...passThrough], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, MAPPA_SQLITE_BINDING: binding }
    })
    child.on('exit', (code) => process.exit(code ?? 0))
  }
}
