// `mappa sentences` and `mappa check`: the story's sentences for an area and edition, and a draft's
// figures checked against their cells. Reads the store through the story adapter; writes nothing.

import { basename } from 'node:path'
import { createCore } from '../app'
import { checkCopy } from '../domain/story/check'
import { draftSentences } from '../domain/story/sentences'
import { checkJson, sentenceJson } from '../domain/story/views'
import { parsePeriod } from '../contract/periods'
import { AppError } from '../contract/errors'
import { readCopy } from '../import/copy'
import { readImportFile } from '../import/files'
import type { Db } from '../store/database'
import { houseStyle, storyData } from '../store/story'
import { dbPathFor, parse, UsageError, type Io } from './common'

const OPTIONS = { db: { type: 'string' }, area: { type: 'string' }, period: { type: 'string' }, json: { type: 'boolean' } } as const

/** The area and edition asked for, checked against the store: an unknown slug or a year with no figures is named. */
export function storyTarget(db: Db, area: string | undefined, periodText: string | undefined): { area: string; period: string } {
  if (!area) throw new UsageError('--area SLUG is required (e.g. --area essex)')
  if (!db.prepare('SELECT 1 FROM area WHERE slug = ?').get(area)) throw new AppError('not_found', `Unknown area "${area}": use a slug such as essex, county-durham or england-and-wales`)
  if (!periodText) throw new UsageError('--period is required (e.g. --period 2021/22)')
  const period = parsePeriod(periodText, { allowBareYear: true })?.key
  if (!period) throw new UsageError(`--period "${periodText}" is not a financial year such as 2021/22`)
  return { area, period }
}

export function commandSentences(argv: string[], io: Io): number {
  const { values } = parse({ args: argv, options: OPTIONS })
  const core = createCore({ dbPath: dbPathFor(values.db, io), mode: 'browser' })
  try {
    const { area, period } = storyTarget(core.store.db, values.area, values.period)
    const sentences = draftSentences(storyData(core.store.db), area, period, houseStyle(core.store.db))
    if (values.json) io.out(JSON.stringify(sentences.map(sentenceJson), null, 2))
    else if (sentences.length === 0) io.out(`No figures for ${area} ${period}: nothing to write.`)
    else sentences.forEach((sentence) => io.out(sentence.text))
  } finally {
    core.close()
  }
  return 0
}

export async function commandCheck(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse({ args: argv, options: OPTIONS, allowPositionals: true })
  if (positionals.length !== 1) throw new UsageError('check needs one FILE (.txt, .md or .docx)')
  const file = positionals[0]
  const copy = await readCopy(basename(file), readImportFile(file))
  const core = createCore({ dbPath: dbPathFor(values.db, io), mode: 'browser' })
  try {
    const { area, period } = storyTarget(core.store.db, values.area, values.period)
    const results = checkCopy(copy, storyData(core.store.db), area, period)
    if (values.json) io.out(JSON.stringify(results.map(checkJson), null, 2))
    else if (results.length === 0) io.out('No figures found in the copy.')
    else {
      for (const result of results) io.out(`${result.verdict.padEnd(9)} ${result.text.padEnd(24)} ${result.note}`)
      const counts = new Map<string, number>()
      for (const result of results) counts.set(result.verdict, (counts.get(result.verdict) ?? 0) + 1)
      io.out([...counts].map(([verdict, count]) => `${count} ${verdict}`).join(', '))
    }
  } finally {
    core.close()
  }
  return 0
}
