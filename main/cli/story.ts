// `mappa sentences` and `mappa check`: the story's sentences for an area and edition, and a draft's
// figures checked against their cells (read and checked in the draft worker, within its limits).
// Reads the store through the story adapter; writes nothing.

import { basename } from 'node:path'
import { createCore } from '../app'
import { draftSentences } from '../domain/story/sentences'
import { sentenceJson } from '../domain/story/views'
import { parsePeriod } from '../contract/periods'
import { drafts } from '../jobs/drafts'
import { readImportFile } from '../import/files'
import type { Db } from '../store/database'
import { houseStyle, storyData } from '../store/story'
import { assertArea } from '../store/keys'
import { dbPathFor, parse, UsageError, type Io } from './common'

const OPTIONS = { db: { type: 'string' }, area: { type: 'string' }, period: { type: 'string' }, json: { type: 'boolean' } } as const

/** The area and edition asked for, checked against the store: an unknown slug or a year with no figures is named. */
export function storyTarget(db: Db, area: string | undefined, periodText: string | undefined): { area: string; period: string } {
  if (!area) throw new UsageError('--area SLUG is required (e.g. --area essex)')
  assertArea(db, area)
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

/** An optional --area or --period hint, checked against the store like the required ones. */
function checkHints(db: Db, area: string | undefined, periodText: string | undefined): { area?: string; period?: string } {
  if (area) assertArea(db, area)
  if (periodText === undefined) return { ...(area ? { area } : {}) }
  const period = parsePeriod(periodText, { allowBareYear: true })?.key
  if (!period) throw new UsageError(`--period "${periodText}" is not a financial year such as 2021/22`)
  return { ...(area ? { area } : {}), period }
}

export async function commandCheck(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse({ args: argv, options: OPTIONS, allowPositionals: true })
  if (positionals.length !== 1) throw new UsageError('check needs one FILE (.txt, .md or .docx)')
  const file = positionals[0]
  const copy = await drafts().read(basename(file), readImportFile(file))
  const core = createCore({ dbPath: dbPathFor(values.db, io), mode: 'browser' })
  try {
    const hints = checkHints(core.store.db, values.area, values.period)
    const result = await drafts().check(copy, storyData(core.store.db), hints)
    if (values.json) {
      io.out(JSON.stringify(result, null, 2))
      return 0
    }
    const area = result.area ? `${result.area}${result.isAreaInferred ? ' (inferred from the copy)' : ''}` : 'none named'
    const edition = result.edition
      ? `${result.edition.label ?? result.edition.period}${result.isEditionInferred ? ' (inferred: the edition in which most figures hold)' : ''}`
      : 'none'
    io.out(`Area: ${area}. Edition: ${edition}.`)
    if (result.mentions.length === 0) io.out('No figures found in the copy.')
    for (const figure of result.mentions) io.out(`${figure.verdict.padEnd(11)} ${figure.text.padEnd(24)} ${figure.explanation}`)
    io.out(verdictCounts(result.mentions.map((figure) => figure.verdict)))
  } finally {
    core.close()
  }
  return 0
}

/** "12 verified, 1 mismatch · 5 not checked": problems apart from figures that are not MAPPA figures. */
export function verdictCounts(verdicts: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const verdict of verdicts) counts.set(verdict, (counts.get(verdict) ?? 0) + 1)
  const part = (names: readonly string[]) =>
    names
      .filter((name) => counts.has(name))
      .map((name) => `${counts.get(name)} ${name.replace('-', ' ')}`)
      .join(', ')
  return [part(['verified', 'rounding', 'revised', 'mismatch', 'unmatched']), part(['not-checked'])].filter(Boolean).join(' · ')
}
