import { describe, expect, it } from 'vitest'
import { publishedData } from '../../testing/story-data'
import { checkCopy } from './check'
import { extractMentions, splitSentences } from './extract'
import { MAX_SENTENCE_CHARS } from './lexicon'

/** A pasted column of figures with no full stop: one "sentence" thousands of characters long. */
const pastedList = (count: number) => Array.from({ length: count }, (_, index) => (1000 + index).toLocaleString('en-GB')).join(' ')

describe('copy with no full stop for thousands of characters', () => {
  it('is read in pieces no longer than a sentence may be, cut between words', () => {
    const text = pastedList(3000)
    const pieces = splitSentences(text)
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.every((piece) => piece.text.length <= MAX_SENTENCE_CHARS)).toBe(true)
    expect(pieces.map((piece) => piece.text).join('')).toBe(text)
    expect(pieces.every((piece) => text[piece.start - 1] === undefined || text[piece.start - 1] === ' ')).toBe(true)
  })

  it('keeps every figure whole, each read once', () => {
    const mentions = extractMentions(pastedList(3000))
    expect(mentions.map((mention) => mention.value)).toEqual(Array.from({ length: 3000 }, (_, index) => 1000 + index))
  })

  it('cuts a long table at its line ends, so a row stays with its area', () => {
    const rows = Array.from({ length: 60 }, () => 'Essex had 1,867 registered sex offenders and Kent 2,000')
    const results = checkCopy(rows.join('\n'), publishedData(), 'kent', '2021/22')
    expect(
      results.filter((result) => result.value === 1867).every((result) => result.area === 'essex' && result.verdict === 'verified')
    ).toBe(true)
  })
})
