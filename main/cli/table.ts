// `mappa table`: writes an article-ready table of one measure (areas down the side, periods
// across) in any registered format, with its source line and notes. Bad arguments: one line, exit 2.

import { existsSync } from 'node:fs'
import type { DerivedKind } from '../contract/types'
import { parsePeriod } from '../contract/periods'
import { AppError } from '../contract/errors'
import { DERIVED_KINDS } from '../contract/derived-columns'
import { TABLE_FORMATS, writeTable, type TableFormat } from '../export/tables/registry'
import { buildTableSpec } from '../export/tables/spec'
import { resolveDbPath } from '../paths'
import { openStore } from '../store/database'
import { parse, UsageError, writeOutFile, type Io } from './common'

function derivedKinds(text: string | undefined): DerivedKind[] {
  if (text === undefined) return []
  const kinds = text
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean)
  for (const kind of kinds) {
    if (!(DERIVED_KINDS as readonly string[]).includes(kind))
      throw new UsageError(`--derived "${kind}" is not one of ${DERIVED_KINDS.join(', ')}`)
  }
  return kinds as DerivedKind[]
}

export async function commandTable(argv: string[], io: Io): Promise<number> {
  const { values } = parse({
    args: argv,
    options: {
      db: { type: 'string' },
      measure: { type: 'string' },
      area: { type: 'string', multiple: true },
      period: { type: 'string', multiple: true },
      derived: { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' }
    }
  })
  if (!values.measure) throw new UsageError('table needs --measure ID (such as rso, violent, other_dangerous, total or rso_rate)')
  if (!values.format || !(TABLE_FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`table needs --format ${TABLE_FORMATS.join('|')}${values.format ? `, not "${values.format}"` : ''}`)
  }
  if (!values.out) throw new UsageError('table needs --out FILE')
  const periods = (values.period ?? []).map((text) => {
    const period = parsePeriod(text, { allowBareYear: true })?.key
    if (!period) throw new UsageError(`--period "${text}" is not a financial year such as 2021/22`)
    return period
  })
  const derived = derivedKinds(values.derived)
  const dbPath = resolveDbPath(values.db)
  // A table is made from imported figures: a database that does not exist yet has none, and is not created here.
  if (!existsSync(dbPath)) throw new UsageError(`No database at ${dbPath}: import the MoJ tables first, or name one with --db PATH`)
  const store = openStore(dbPath)
  try {
    let spec
    try {
      spec = buildTableSpec(store.db, { subject: values.measure, rows: values.area, periods, derived, title: values.title })
    } catch (error) {
      // An unknown measure, area or period is a bad argument, said in one line.
      if (error instanceof AppError && (error.code === 'not_found' || error.code === 'bad_input')) throw new UsageError(error.message)
      throw error
    }
    if (spec.rows.length === 0 || spec.columns.length === 0)
      throw new UsageError(`No figures for measure "${values.measure}" in ${store.path}: import the MoJ tables first`)
    const written = await writeTable(spec, values.format as TableFormat)
    writeOutFile(values.out, written.bytes)
    io.out(`${values.out}: ${spec.rows.length} rows × ${spec.columns.length} columns, ${spec.notes.length} note(s); ${spec.sourceLine}`)
  } finally {
    store.close()
  }
  return 0
}
