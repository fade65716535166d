// Where MAPPA Desk keeps things on disk: the user's data folder (the same one Electron's
// userData would give), the database path overrides, and the bundled resources folder.

import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const APP_NAME = 'MAPPA Desk'
export const DB_FILE_NAME = 'mappa-desk.sqlite'

/** The per-user application data folder, following each platform's convention. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

/** `--db PATH` wins, then MAPPA_DB, then the user's data folder. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag)
  if (env.MAPPA_DB) return resolve(env.MAPPA_DB)
  return join(userDataDir(env), DB_FILE_NAME)
}

/**
 * The bundled resources/ folder: found by walking up from this module, so it works from
 * main/ (sources), out/main/ (build) and a packaged app's resources path alike.
 */
export function resourcesDir(start = dirname(fileURLToPath(import.meta.url))): string {
  let folder = start
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(folder, 'resources')
    if (existsSync(join(candidate, 'sample'))) return candidate
    folder = dirname(folder)
  }
  throw new Error(`The resources folder was not found above ${start}`)
}

export function samplePath(): string {
  return join(resourcesDir(), 'sample', 'mappa-sample.csv')
}

/** The built renderer (out/renderer), from the sources or from the build. */
export function rendererDir(start = dirname(fileURLToPath(import.meta.url))): string {
  let folder = start
  for (let depth = 0; depth < 6; depth++) {
    for (const candidate of [join(folder, 'out', 'renderer'), join(folder, 'renderer')]) {
      if (existsSync(join(candidate, 'index.html')) && existsSync(join(candidate, 'assets'))) return resolve(candidate)
    }
    folder = dirname(folder)
  }
  throw new Error('The app is not built yet: run `npm run build` first')
}
