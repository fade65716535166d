// `mappa leads`: what is new in an edition across the 42 areas and England and Wales, ranked, each a
// sentence with its figures' cells, and the restatements to check. Reads the store; writes nothing.

import { createCore } from '../app'
import { areasFor } from '../contract/areas'
import { parsePeriod, periodEndYear } from '../contract/periods'
import { leadsResult } from '../domain/story/leads'
import { sourceLineForLabels } from '../export/provenance'
import { leadsData } from '../store/leads'
import { houseStyle } from '../store/story'
import { dbPathFor, parse, UsageError, type Io } from './common'

/** `--area essex --area kent`, `--area essex,kent` or a region such as `--area north-east`, as area slugs. */
export function areasFromFlags(flags: readonly string[]): string[] {
  return flags
    .flatMap((flag) => flag.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .flatMap((name) => {
      const slugs = areasFor(name)
      if (!slugs)
        throw new UsageError(`--area "${name}" is not an area or region slug (e.g. essex, county-durham, england-and-wales or north-east)`)
      return slugs
    })
}

export function commandLeads(argv: string[], io: Io): number {
  const { values } = parse({
    args: argv,
    options: { db: { type: 'string' }, period: { type: 'string' }, area: { type: 'string', multiple: true }, json: { type: 'boolean' } }
  })
  let period: string | undefined
  if (values.period !== undefined) {
    period = parsePeriod(values.period, { allowBareYear: true })?.key
    if (!period) throw new UsageError(`--period "${values.period}" is not a financial year such as 2021/22`)
  }
  const areas = areasFromFlags(values.area ?? [])
  const core = createCore({ dbPath: dbPathFor(values.db, io), mode: 'browser', log: io.err })
  try {
    const { db } = core.store
    const result = leadsResult(leadsData(db), houseStyle(db), { period, areas }, (releases) => sourceLineForLabels(db, releases))
    if (values.json) {
      io.out(JSON.stringify({ period: result.period, leads: result.leads, restatementsToCheck: result.restatementsToCheck }, null, 2))
      return 0
    }
    if (result.period === null) {
      io.out('No figures yet: import an edition first.')
      return 0
    }
    io.out(`Leads for the edition at 31 March ${periodEndYear(result.period)} (${result.leads.length}, most newsworthy first)`)
    for (const lead of result.leads) {
      io.out(`${String(lead.score).padStart(3)}  ${lead.kind.padEnd(12)} ${lead.text}`)
      io.out(`     ${lead.why}${lead.caution ? ` · ${lead.caution}` : ''}`)
    }
    const toCheck = result.restatementsToCheck.filter((restatement) => !restatement.isConfirmed)
    if (toCheck.length > 0) {
      io.out('')
      io.out(`Restatements to check (${toCheck.length}): an earlier year changed by more than a tenth`)
      for (const restatement of toCheck) io.out(`  ${restatement.text}`)
    }
  } finally {
    core.close()
  }
  return 0
}
