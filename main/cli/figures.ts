// The `figures` and `revisions` commands: the current figures with their sources, and the
// figures a later edition restated. Read only.

import { createCore } from '../app'
import { parsePeriod } from '../contract/periods'
import { currentFigures } from '../store/figures'
import { listRevisions } from '../store/revisions'
import { dbPathFor, parse, UsageError, type Io } from './common'
import { describeRevision } from './describe'

export function commandFigures(argv: string[], io: Io): number {
  const { values } = parse({
    args: argv,
    options: {
      db: { type: 'string' },
      area: { type: 'string' },
      measure: { type: 'string' },
      period: { type: 'string' },
      json: { type: 'boolean' }
    }
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

export function commandRevisions(argv: string[], io: Io): number {
  const { values } = parse({
    args: argv,
    options: { db: { type: 'string' }, area: { type: 'string' }, measure: { type: 'string' }, json: { type: 'boolean' } }
  })
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
