// The story tools' results as the contract and `mappa sentences|check --json` show them: the
// sentence with its figures and cells, and each checked number. Pure mapping; adds nothing.

import type { CheckedFigureView, StorySentenceView } from '../../contract/types'
import type { CheckedFigure } from './check'
import type { StorySentence } from './sentences'

/** The contract's JSON for one sentence: its text and every figure with its cell. */
export function sentenceJson(sentence: StorySentence): StorySentenceView {
  return {
    text: sentence.text,
    rule: sentence.rule,
    figures: sentence.figures.map(({ area, measure, period, value, derived, text, start, end, source }) => ({ area, measure, period, value, ...(derived ? { derived } : {}), text, start, end, source }))
  }
}

export function checkJson(result: CheckedFigure): CheckedFigureView {
  const { text, value, verdict, expected, source, kind, area, measure, period, note, start, end } = result
  return { text, value, verdict, expected, source, kind, area, measure, period, note, start, end }
}
