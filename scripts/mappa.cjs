// `npm run mappa`: runs the built command line (out/main/cli.cjs) when it is newer than every
// source it is built from, else the TypeScript sources through tsx. Same commands, same output.
// CommonJS, as the build it starts: a command then starts without Node's ES module loader.

const { readdirSync, statSync } = require('node:fs')
const { join } = require('node:path')
const { pathToFileURL } = require('node:url')

const root = join(__dirname, '..')
/** The command line as `npm run build` writes it. */
const BUILT_CLI = join(root, 'out', 'main', 'cli.cjs')
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
function isBuildCurrent() {
  const built = statSync(BUILT_CLI, { throwIfNoEntry: false })
  return built !== undefined && INPUTS.every((input) => newestChange(input) <= built.mtimeMs)
}

module.exports = { BUILT_CLI, isBuildCurrent }

if (require.main === module) {
  // The CLI runs itself when it is the script Node was started with (main/cli.ts, isEntryPoint).
  if (isBuildCurrent()) {
    process.argv[1] = BUILT_CLI
    require(BUILT_CLI)
  } else {
    void import('tsx/esm/api').then(({ register }) => {
      register()
      process.argv[1] = SOURCE
      return import(pathToFileURL(SOURCE).href)
    })
  }
}
