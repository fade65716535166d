// How the current-figure rule reads: ranks with how many were ranked, the sentence on a restated
// correction, the unrounded stored value, warnings in tooltips, and the release-removal counts.

import { describe, expect, it } from 'vitest'
import { rankLabel } from '../../../main/contract/derived-columns'
import { formatDerived } from './derived'
import {
  editionName,
  precedenceClasses,
  precedenceTooltipLines,
  removalLines,
  removedLine,
  staleEditSentence,
  storedValueLine,
  newFigureButtonLabel
} from './precedence'

const STALE = {
  editId: 7,
  madeAgainst: 'MAPPA annual report 2021/22',
  newEdition: 'MAPPA annual report 2023/24',
  nowSays: { value: 1872, raw: '1872' }
}

describe('ranks', () => {
  it('read "6th of 42" and "=3rd of 12", the tie as the core says it', () => {
    expect(rankLabel(6, 42)).toBe('6th of 42')
    expect(rankLabel(3, 12, true)).toBe('=3rd of 12')
    expect(rankLabel(21, 42, false)).toBe('21st of 42')
    expect(rankLabel(11, 42)).toBe('11th of 42')
  })

  it("read in the rank column from the core's rank, count and tie", () => {
    expect(formatDerived('rank', { rank: 6, rankOf: 42, rankTied: false })).toBe('6th of 42')
    expect(formatDerived('rank', { rank: 3, rankOf: 12, rankTied: true })).toBe('=3rd of 12')
    expect(formatDerived('rank', { change: 4 })).toBe('')
  })

  it('read without "of" when the count is unknown, and blank without a rank', () => {
    expect(rankLabel(6)).toBe('6th')
    expect(rankLabel(undefined, 42)).toBe('')
  })
})

describe('a correction a newer edition restated', () => {
  it('says which edition it was made against and what the newer one says', () => {
    expect(staleEditSentence(STALE)).toBe('Your correction was made against the 2021/22 edition; the 2023/24 edition now says 1,872.')
    expect(newFigureButtonLabel(STALE)).toBe('Use the 2023/24 figure')
  })

  it('names an edition without a year in full, and a marker as published', () => {
    const stale = { ...STALE, newEdition: 'MAPPA figures at 31 March', nowSays: { value: null, raw: '[c]' } }
    expect(editionName('MAPPA figures at 31 March')).toBe('“MAPPA figures at 31 March”')
    expect(staleEditSentence(stale)).toBe(
      'Your correction was made against the 2021/22 edition; the “MAPPA figures at 31 March” edition now says [c].'
    )
    expect(newFigureButtonLabel(stale)).toBe('Use the new edition’s figure')
  })

  it('flags its cell and explains itself in the tooltip', () => {
    expect(precedenceClasses({ staleEdit: STALE, warnings: [] })).toEqual(['figure--stale'])
    expect(precedenceTooltipLines({ value: 1870, storedValue: null, staleEdit: STALE, warnings: [] })[0]).toContain(
      'the 2023/24 edition now says 1,872.'
    )
  })
})

describe('the stored value and warnings', () => {
  it('shows the unrounded stored value only where it differs from the published figure', () => {
    expect(storedValueLine({ value: 114, storedValue: 113.6 })).toBe('Stored in the sheet as 113.6')
    expect(storedValueLine({ value: 1496, storedValue: 1496.25 })).toBe('Stored in the sheet as 1,496.25')
    expect(storedValueLine({ value: 114, storedValue: 114 })).toBeNull()
    expect(storedValueLine({ value: 114, storedValue: null })).toBeNull()
  })

  it('marks a figure with warnings and puts each message in its tooltip', () => {
    const warnings = [{ code: 'rate_count_disagree' as const, message: 'A count of 987 and a rate of 77 imply different populations' }]
    expect(precedenceClasses({ staleEdit: null, warnings })).toEqual(['figure--warning'])
    expect(precedenceClasses({ staleEdit: null, warnings: [] })).toEqual([])
    expect(precedenceTooltipLines({ value: 987, storedValue: null, staleEdit: null, warnings })).toEqual([
      '⚠ A count of 987 and a rate of 77 imply different populations'
    ])
  })
})

describe('removing a release', () => {
  const impact = {
    releaseId: 3,
    editionLabel: 'MAPPA annual report 2021/22',
    fileName: 'mappa-2021-22.xlsx',
    isSample: false,
    figures: 473,
    currentFigures: 12,
    edits: 2,
    notes: 1
  }

  it('counts the figures that go and says the edits and notes stay', () => {
    const lines = removalLines(impact)
    expect(lines.title).toBe('Remove MAPPA annual report 2021/22 (mappa-2021-22.xlsx)?')
    expect(lines.figures).toBe(
      '473 figures go with it; 12 current figures among them: other editions’ figures take their place where there are any.'
    )
    expect(lines.kept).toBe('Your 2 edits and 1 note on its figures are kept: History still lists them.')
  })

  it('names only the kinds of thing kept', () => {
    expect(removalLines({ ...impact, notes: 0, edits: 1 }).kept).toBe('Your 1 edit on its figures is kept: History still lists them.')
    expect(removalLines({ ...impact, edits: 0, notes: 3 }).kept).toBe('Your 3 notes on its figures are kept: History still lists them.')
  })

  it('says in the status line what went and what was kept', () => {
    expect(removedLine(impact)).toBe('Removed mappa-2021-22.xlsx (MAPPA annual report 2021/22): 473 figures; 2 edits and 1 note kept')
    expect(removedLine({ ...impact, isSample: true, fileName: 'mappa-sample.csv', figures: 32, edits: 0, notes: 0 })).toBe(
      'Removed the sample data (mappa-sample.csv): 32 figures'
    )
  })

  it('names the sample as sample data, and says so when nothing is tied to it', () => {
    const lines = removalLines({
      ...impact,
      isSample: true,
      fileName: 'mappa-sample.csv',
      figures: 32,
      currentFigures: 0,
      edits: 0,
      notes: 0
    })
    expect(lines.title).toBe('Remove the sample data (mappa-sample.csv)?')
    expect(lines.figures).toBe('32 figures go with it; none of them is a current figure, so no view changes.')
    expect(lines.kept).toBe('No edits or notes are tied to its figures.')
  })
})
