// `npm run mappa`: runs the built command line (out/main/cli.cjs) when it is newer than every
// source it is built from, else the TypeScript sources through tsx. Same commands, same output.

import { readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The command line as `npm run build` writes it. */
export const BUILT_CLI = join(root, 'out', 'main', 'cli.cjs')
const SOURCE = join(root, 'main', 'cli.ts')
/** What the built CLI is made from: the main/ sources and the build's own settings. */
const INPUTS = [join(root, 'main'), join(root, 'electron.vite.config.ts'), join(root, 'package.json')]

function newestChange(path) {
  const stats = statSync(path, { throwIfNoEntry: false })
  if (!stats) return 0
  if (!stats.isDirectory()) return stats.mtimeMs
  // Tests are not part of the build.
  const names = readdirSync(path).filter((name) => !name.endsWith('.test.ts'))
  return names.reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs)
}

/** The build is current when it exists and nothing it is made from changed after it was written. */
export function isBuildCurrent() {
  const built = statSync(BUILT_CLI, { throwIfNoEntry: false })
  return built !== undefined && INPUTS.every((input) => newestChange(input) <= built.mtimeMs)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // The CLI runs itself when it is the script Node was started with (main/cli.ts, isEntryPoint).
  if (isBuildCurrent()) {
    process.argv[1] = BUILT_CLI
    createRequire(import.meta.url)(BUILT_CLI)
  } else {
    const { register } = await import('tsx/esm/api')
    register()
    process.argv[1] = SOURCE
    await import(pathToFileURL(SOURCE).href)
  }
}
