// Damaged files of every format: truncated at many points and with bytes overwritten (a fixed
// pseudo-random sequence, so failures repeat). Each imports or fails with one clear AppError line,
// and a failure writes nothing.

import { describe, expect, it } from 'vitest'
import { AppError } from '../contract/errors'
import { accessibleBook, oldStyleBook } from '../testing/fixtures'
import { tempStore } from '../testing/temp'
import { importFile } from './importFile'

/** Park–Miller: a tiny deterministic generator, enough to scatter damage the same way every run. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 48271) % 2147483647
    return state / 2147483647
  }
}

function damaged(bytes: Uint8Array, random: () => number): Uint8Array {
  const copy = bytes.slice()
  for (let hit = 0; hit < 40; hit++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256)
  return copy
}

const files: [string, Uint8Array][] = [
  ['old.xlsx', oldStyleBook('xlsx', { year: 2022 })],
  ['old.xls', oldStyleBook('xls', { year: 2022 })],
  ['accessible.ods', accessibleBook('ods', { year: 2024 })]
]

describe.each(files)('a damaged %s', (fileName, bytes) => {
  const random = generator(fileName.length * 7919)
  const variants = [
    ...Array.from({ length: 12 }, (_, index) => bytes.slice(0, Math.floor((bytes.length * (index + 1)) / 13))),
    ...Array.from({ length: 12 }, () => damaged(bytes, random))
  ]

  it('imports or fails with one clear line, writing nothing when it fails', () => {
    for (const variant of variants) {
      const store = tempStore()
      try {
        importFile(store, { fileName, bytes: variant })
      } catch (error) {
        expect(error).toBeInstanceOf(AppError)
        // eslint-disable-next-line no-control-regex -- a control character in the message is what this looks for
        expect((error as Error).message).not.toMatch(/[\n\r\u0000-\u001f\ufffd]/)
        expect((error as Error).message.length).toBeLessThan(240)
        expect(store.db.prepare('SELECT count(*) FROM release').pluck().get()).toBe(0)
      }
    }
  })
})
