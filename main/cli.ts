// The command line: import files, list current figures, serve browser mode. Plain Node, no
// Electron. Usage errors print one line and exit 2; failed imports exit 1.

import { basename } from 'node:path'
import { consoleIo, dbPathFor, holdingWriterLock, parse, UsageError, type Io } from './cli/common'
import { commandBackups, commandRestore } from './cli/backups'
import { CHART_USAGE, commandChart } from './cli/chart'
import { commandReleases, commandRemove } from './cli/releases'
import { createCore, createDesk } from './app'
import { parsePeriod } from './contract/periods'
import { AppError, oneLine } from './contract/errors'
import { readImportFile } from './import/files'
import type { ImportSummary } from './import/importFile'
import { rendererDir } from './paths'
import { startBridge } from './serve'
import type { Revision } from './contract/types'
import { currentFigures } from './store/figures'
import { listRevisions } from './store/revisions'
import { commandCheck, commandSentences } from './cli/story'
import { commandLocalise } from './cli/localise'
import { commandTable } from './cli/table'
import { commandVerify, VERIFY_USAGE } from './cli/verify'

export const USAGE = `Usage: npm run mappa -- <command> [options]

Commands:
  import FILE... [--db PATH] [--json]   import spreadsheets (.xlsx, .xls, .ods, .csv)
  figures [--db PATH] [--area SLUG] [--measure ID] [--period 2021/22] [--json]
                                        list current figures with their sources
  revisions [--db PATH] [--area SLUG] [--measure ID] [--json]
                                        list figures a later edition restated
  sentences [--db PATH] --area SLUG --period P [--json]
                                        the story's sentences, each figure with its cell
  check [--db PATH] --area SLUG --period P FILE [--json]
                                        check every figure in a draft (.txt, .md, .docx)
  localise [--db PATH] --spec FILE.json --out DIR [--areas SLUG,...]
                                        a pack (chart, table, story.txt) for each of the 42 areas
  releases [--db PATH] [--json]         list imported releases in precedence order
  remove RELEASE_ID [--db PATH]         remove a release and its figures (edits and notes are kept)
  backups [--db PATH] [--json]          list the backups kept beside the database
  restore [--db PATH] [--from BACKUP]   put the latest good backup (or the one named) in its place
  serve [--db PATH] [--port N]          run MAPPA Desk in the browser on 127.0.0.1
${VERIFY_USAGE}
${CHART_USAGE}
  table --measure ID [--area SLUG ...] [--period 2021/22 ...] [--derived change,percentChange,share,rate,oneInN,rank]
        [--title TEXT] --format csv|xlsx|html|md|idtt --out FILE [--db PATH]
                                        write an article-ready table with its source line and notes
  help                                  show this help

The database defaults to the user's data folder; --db PATH or MAPPA_DB=PATH choose another.`

export { UsageError, type Io }

function describeImport(file: string, summary: ImportSummary): string[] {
  if (summary.status === 'duplicate') return [`${file}: already imported as "${summary.editionLabel}"; nothing stored`]
  const lines = [
    `${file}: imported "${summary.editionLabel}"${summary.period ? ` (${summary.period})` : ''} with the ${summary.recogniser} reader`,
    `  ${summary.tables.length} table(s), ${summary.observations.toLocaleString('en-GB')} observations, ${summary.matchedAreas} areas matched`
  ]
  for (const table of summary.findings) {
    const { counts } = table
    lines.push(`  - ${table.sheet}: ${table.title ?? '(untitled)'} [${table.layout}${table.period ? `, ${table.period} from the ${table.periodSource}` : ''}]`)
    lines.push(
      `    ${table.observations} cells: ${counts.values} values, ${counts.nils} nil, ${counts.suppressed} suppressed, ${counts.notAvailable} not available, ${counts.notApplicable} not applicable, ${counts.flagged} flagged, ${counts.text} text`
    )
    const custom = table.columns.filter((column) => column.isCustom).map((column) => column.header)
    lines.push(`    columns: ${table.columns.length - custom.length} matched to measures${custom.length > 0 ? `; new custom measures: ${custom.join('; ')}` : ''}`)
  }
  for (const warning of summary.warnings) lines.push(`  warning: ${warning.message}`)
  for (const revision of summary.revisions) lines.push(`  revision: ${describeRevision(revision)}`)
  return lines
}

/** `import --json`: `warnings` stays a list of lines, as documented; `warningCodes` says what each is about, in the same order. */
function importJson(file: string, summary: ImportSummary) {
  return { file, ok: true, ...summary, warnings: summary.warnings.map((warning) => warning.message), warningCodes: summary.warnings.map((warning) => warning.code) }
}

function describeRevision(revision: Revision): string {
  return `${revision.area_name} ${revision.measure} ${revision.period}: ${revision.old_raw} → ${revision.new_raw} (${revision.from_release} → ${revision.to_release})`
}

async function commandImport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true })
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE')
  const dbPath = dbPathFor(values.db, io)
  return holdingWriterLock(dbPath, 'import', () => importFiles(dbPath, positionals, values.json === true, io))
}

async function importFiles(dbPath: string, positionals: string[], json: boolean, io: Io): Promise<number> {
  const core = createCore({ dbPath, mode: 'browser', log: io.err })
  let failures = 0
  try {
    for (const file of positionals) {
      try {
        // Read in the import worker, within its memory and time limits: a damaged file fails alone.
        const summary = await core.jobs.importNow(basename(file), readImportFile(file))
        if (json) io.out(JSON.stringify(importJson(file, summary)))
        else describeImport(file, summary).forEach((line) => io.out(line))
      } catch (error) {
        failures++
        const code = error instanceof AppError ? error.code : 'internal'
        if (json) io.out(JSON.stringify({ file, ok: false, error: { code, message: oneLine(error) } }))
        else io.err(`${file}: ${oneLine(error)}`)
      }
    }
  } finally {
    core.close()
  }
  return failures > 0 ? 1 : 0
}


function commandFigures(argv: string[], io: Io): number {
  const { values } = parse({
    args: argv,
    options: { db: { type: 'string' }, area: { type: 'string' }, measure: { type: 'string' }, period: { type: 'string' }, json: { type: 'boolean' } }
  })
  let period: string | undefined
  if (typeof values.period === 'string') {
    period = parsePeriod(values.period, { allowBareYear: true })?.key
    if (!period) throw new UsageError(`--period "${values.period}" is not a financial year such as 2021/22`)
  }
  const core = createCore({ dbPath: dbPathFor(values.db, io), mode: 'browser', log: io.err })
  try {
    const figures = currentFigures(core.store.db, {
      area: values.area,
      measure: values.measure,
      period
    })
    if (values.json) io.out(JSON.stringify(figures, null, 2))
    else if (figures.length === 0) io.out('No figures match.')
    else {
      for (const figure of figures) {
        io.out(
          `${figure.area_name.padEnd(28)} ${figure.measure.padEnd(18)} ${figure.period}  ${figure.raw.padStart(10)}  ${figure.source.file} ${figure.source.sheet}!${figure.source.cell}`
        )
      }
    }
  } finally {
    core.close()
  }
  return 0
}

function commandRevisions(argv: string[], io: Io): number {
  const { values } = parse({ args: argv, options: { db: { type: 'string' }, area: { type: 'string' }, measure: { type: 'string' }, json: { type: 'boolean' } } })
  const core = createCore({ dbPath: dbPathFor(values.db, io), mode: 'browser', log: io.err })
  try {
    // Names an unknown area or measure instead of answering with nothing.
    currentFigures(core.store.db, { area: values.area, measure: values.measure, period: '0000/00' })
    const revisions = listRevisions(core.store.db, { area: values.area, measure: values.measure })
    if (values.json) io.out(JSON.stringify(revisions, null, 2))
    else if (revisions.length === 0) io.out('No revisions: no edition in the store restates another.')
    else revisions.forEach((revision) => io.out(describeRevision(revision)))
  } finally {
    core.close()
  }
  return 0
}

async function commandServe(argv: string[], io: Io): Promise<number> {
  const { values } = parse({ args: argv, options: { db: { type: 'string' }, port: { type: 'string' } } })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${values.port}" is not a port number`)
  const desk = createDesk({ dbPath: dbPathFor(values.db, io), mode: 'browser', log: io.err })
  const bridge = await startBridge({ dispatch: desk.dispatch, rendererDir: rendererDir(), port })
  io.out(`MAPPA Desk is running in browser mode. Open this address (it holds this session's key):`)
  io.out(bridge.url)
  io.out(`Database: ${desk.dbPath}   Stop with Ctrl+C.`)
  if (!desk.core()) io.err('The database is damaged: the window offers the latest good backup.')
  const stop = () => {
    void bridge.close().then(() => {
      desk.close()
      process.exit(0)
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return new Promise<number>(() => undefined)
}

export async function runCli(argv: string[], io: Io = consoleIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'import':
        return await commandImport(rest, io)
      case 'figures':
        return commandFigures(rest, io)
      case 'revisions':
        return commandRevisions(rest, io)
      case 'sentences':
        return commandSentences(rest, io)
      case 'check':
        return await commandCheck(rest, io)
      case 'localise':
        return await commandLocalise(rest, io)
      case 'releases':
        return commandReleases(rest, io)
      case 'remove':
        return commandRemove(rest, io)
      case 'backups':
        return commandBackups(rest, io)
      case 'restore':
        return commandRestore(rest, io)
      case 'serve':
        return await commandServe(rest, io)
      case 'chart':
        return await commandChart(rest, { out: io.out, parse, usage: (message) => new UsageError(message) })
      case 'table':
        return await commandTable(rest, io)
      case 'verify':
        return await commandVerify(rest, io)
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`Unknown command "${command}": use import, figures, revisions, releases, remove, backups, restore, verify, chart, table, sentences, check, localise or serve (see npm run mappa -- help)`)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`mappa: ${error.message}`)
      return 2
    }
    io.err(`mappa: ${oneLine(error)}`)
    return 1
  }
}

const isEntryPoint = process.argv[1] !== undefined && /cli\.(?:ts|js|mjs)$/.test(basename(process.argv[1]))
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
