// The command line: import files, list current figures, serve browser mode. Plain Node, no
// Electron. Usage errors print one line and exit 2; failed imports exit 1. Each command's module
// is loaded when that command runs, so `help` and a mistyped command load nothing else.

import { basename } from 'node:path'
import { consoleIo, parse, terminalIo, UsageError, type Io } from './cli/io'
import { USAGE } from './cli/usage'
import { oneLine } from './contract/errors'

export { USAGE, UsageError, type Io }

type Command = (argv: string[], io: Io) => Promise<number>

/** Every command, by name, loading its module on first use. */
const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['import', async (argv, io) => (await import('./cli/import')).commandImport(argv, io)],
  ['figures', async (argv, io) => (await import('./cli/figures')).commandFigures(argv, io)],
  ['revisions', async (argv, io) => (await import('./cli/figures')).commandRevisions(argv, io)],
  ['sentences', async (argv, io) => (await import('./cli/story')).commandSentences(argv, io)],
  ['check', async (argv, io) => (await import('./cli/story')).commandCheck(argv, io)],
  ['leads', async (argv, io) => (await import('./cli/leads')).commandLeads(argv, io)],
  ['localise', async (argv, io) => (await import('./cli/localise')).commandLocalise(argv, io)],
  ['releases', async (argv, io) => (await import('./cli/releases')).commandReleases(argv, io)],
  ['remove', async (argv, io) => (await import('./cli/releases')).commandRemove(argv, io)],
  ['backups', async (argv, io) => (await import('./cli/backups')).commandBackups(argv, io)],
  ['restore', async (argv, io) => (await import('./cli/backups')).commandRestore(argv, io)],
  ['serve', async (argv, io) => (await import('./cli/serve')).commandServe(argv, io)],
  [
    'chart',
    async (argv, io) =>
      (await import('./cli/chart')).commandChart(argv, { out: io.out, parse, usage: (message) => new UsageError(message) })
  ],
  ['table', async (argv, io) => (await import('./cli/table')).commandTable(argv, io)],
  ['verify', async (argv, io) => (await import('./cli/verify')).commandVerify(argv, io)]
])

const HELP = new Set([undefined, 'help', '--help', '-h'])

export async function runCli(argv: string[], streams: Io = consoleIo): Promise<number> {
  const io = terminalIo(streams)
  const [command, ...rest] = argv
  try {
    if (HELP.has(command)) {
      io.out(USAGE)
      return command === undefined ? 2 : 0
    }
    const run = COMMANDS.get(command)
    if (!run) {
      throw new UsageError(
        `Unknown command "${command}": use import, figures, revisions, releases, remove, backups, restore, verify, chart, table, sentences, check, leads, localise or serve (see npm run mappa -- help)`
      )
    }
    return await run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`mappa: ${error.message}`)
      return 2
    }
    io.err(`mappa: ${oneLine(error)}`)
    return 1
  }
}

const isEntryPoint = process.argv[1] !== undefined && /cli\.(?:ts|cjs)$/.test(basename(process.argv[1]))
/**
 * `mappa figures | head -1`: once the reader has what it wants and closes the pipe, the rest of
 * the output has nowhere to go. That is the reader's choice, not a failure: stop quietly, exit 0.
 */
function stopQuietlyWhenThePipeCloses(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
}

if (isEntryPoint) {
  stopQuietlyWhenThePipeCloses(process.stdout)
  stopQuietlyWhenThePipeCloses(process.stderr)
  void runCli(process.argv.slice(2)).then((code) => {
    if (code !== 0) process.exitCode = code
  })
}
