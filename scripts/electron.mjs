// Facts about the local Electron install shared by the start and native-build scripts:
// where the binary is (if it was downloaded) and where its better-sqlite3 build lives.

import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

export function electronVersion() {
  return JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version
}

/** The Electron binary's path, or undefined when it was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD). */
export function electronBinary() {
  try {
    const path = require('electron')
    return typeof path === 'string' && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

/** Where the Electron-ABI build of better-sqlite3 is kept, apart from the Node build in node_modules. */
export function electronSqliteBinding(version = electronVersion()) {
  return join(projectRoot, '.native', `electron-${version}`, 'better_sqlite3.node')
}
