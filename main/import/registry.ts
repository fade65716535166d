// The import registry: every recogniser, most specific first, the generic reader last.
// Adding a format or an era means adding one entry here with its own fixtures and tests.

import { AppError } from '../contract/errors'
import { accessibleRecogniser } from './recognisers/accessible'
import { csvRecogniser } from './recognisers/csv'
import { genericRecogniser } from './recognisers/generic'
import { oldStyleRecogniser } from './recognisers/old-style'
import type { ParsedRelease, RecogniseContext, Recogniser } from './types'
import type { Workbook } from './workbook'

export const RECOGNISERS: readonly Recogniser[] = [accessibleRecogniser, oldStyleRecogniser, csvRecogniser, genericRecogniser]

/** How the preview names each recogniser to a reporter. */
export const RECOGNISER_LABELS: Record<string, string> = Object.fromEntries(
  RECOGNISERS.map((recogniser) => [recogniser.id, recogniser.description])
)

export function recognise(workbook: Workbook, context: RecogniseContext, recognisers = RECOGNISERS): ParsedRelease {
  for (const recogniser of recognisers) {
    const release = recogniser.recognise(workbook, context)
    if (release) return release
  }
  throw new AppError(
    'no_table',
    `No table of figures found in ${context.fileName}: MAPPA Desk looks for a header row followed by rows of numbers`
  )
}
