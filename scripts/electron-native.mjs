// Fetches better-sqlite3's prebuilt binary for Electron's ABI into .native/electron-<version>/,
// leaving the Node build in node_modules (used by tests, the CLI and browser mode) untouched.
// Needs the internet once; offline it explains itself and exits 1.

import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { electronSqliteBinding, electronVersion, projectRoot } from './electron.mjs'

const version = electronVersion()
const target = electronSqliteBinding(version)
const packageDir = join(projectRoot, 'node_modules', 'better-sqlite3')
const prebuildInstall = join(projectRoot, 'node_modules', 'prebuild-install', 'bin.js')

if (existsSync(target) && !process.argv.includes('--force')) {
  console.log(`better-sqlite3 for Electron ${version} is already at ${target}`)
  process.exit(0)
}

const work = mkdtempSync(join(tmpdir(), 'mappa-native-'))
try {
  cpSync(join(packageDir, 'package.json'), join(work, 'package.json'))
  const result = spawnSync(
    process.execPath,
    [prebuildInstall, '--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform, '--verbose'],
    { cwd: work, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 120_000 }
  )
  const built = join(work, 'build', 'Release', 'better_sqlite3.node')
  if (result.status !== 0 || !existsSync(built)) {
    const reason = (result.stderr || result.stdout || '').trim().split('\n').filter(Boolean).pop() ?? 'no answer'
    console.error(
      `Could not fetch better-sqlite3 for Electron ${version} (${reason}). Run \`npm run electron:native\` once on a machine with internet access.`
    )
    process.exit(1)
  }
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(built, target)
  console.log(`better-sqlite3 for Electron ${version} saved to ${target}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
