// The story tools' results as the contract and `mappa sentences|check --json` show them: the
// sentence with its figures and cells, and each checked number. Pure mapping; adds nothing.

import type { CheckedFigureView, CopyCheckView, StorySentenceView } from '../../contract/types'
import type { CheckedFigure, CopyCheck } from './check'
import type { StorySentence } from './sentences'

/** The contract's JSON for one sentence: its text and every figure with its cell. */
export function sentenceJson(sentence: StorySentence): StorySentenceView {
  return {
    text: sentence.text,
    rule: sentence.rule,
    figures: sentence.figures.map(({ area, measure, period, value, derived, text, start, end, source }) => ({
      area,
      measure,
      period,
      value,
      ...(derived ? { derived } : {}),
      text,
      start,
      end,
      source
    })),
    basis: sentence.basis.map(({ area, measure, period, value, source }) => ({ area, measure, period, value, source }))
  }
}

export function checkJson(result: CheckedFigure): CheckedFigureView {
  const { text, value, verdict, expected, measure, area, period, edition, source, note, kind, start, end } = result
  return { text, value, verdict, expected, measure, area, period, edition, source, explanation: note, kind, start, end }
}

export function copyCheckJson(check: CopyCheck): CopyCheckView {
  const { area, areas, isAreaInferred, edition, isEditionInferred, figures } = check
  return { area, areas, isAreaInferred, edition, isEditionInferred, mentions: figures.map(checkJson) }
}
