import fc from 'fast-check'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { oldStyleWorkbook } from '../testing/fixtures'
import { expectOneLineRefusal } from '../testing/refusals'
import { tempContext } from '../testing/temp'
import { DEFAULT_LIMITS } from '../jobs/worker-thread'
import { findImportWorker } from './worker-protocol'

/** Seeded and small for `npm test`; MAPPA_FUZZ_RUNS=2000 for a long run. */
const RUNS = Number(process.env.MAPPA_FUZZ_RUNS ?? 100)
const SEED = Number(process.env.MAPPA_FUZZ_SEED ?? 20261201)

/** The built worker where `npm test` has just built it (it starts in a blink), else the sources under tsx. */
const worker = findImportWorker(join(import.meta.dirname, '..', '..', 'out', 'main')) ?? findImportWorker()

const BASES = [
  { name: 'mappa-2021-22.xlsx', bytes: oldStyleWorkbook('xlsx') },
  { name: 'mappa-2021-22.ods', bytes: oldStyleWorkbook('ods') },
  { name: 'mappa-2021-22.xls', bytes: oldStyleWorkbook('xls') },
  { name: 'mappa-2021-22.csv', bytes: oldStyleWorkbook('csv') }
]
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b

type Mutation = (bytes: Uint8Array) => Uint8Array

const bitFlips = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 16 })
  .map((flips): Mutation => (bytes) => {
    const copy = bytes.slice()
    for (const [at, bit] of flips) copy[at % copy.length] ^= 1 << bit
    return copy
  })
const truncation = fc.double({ min: 0, max: 1, noNaN: true }).map(
  (share): Mutation =>
    (bytes) =>
      bytes.subarray(0, Math.floor(bytes.length * share))
)

/** Rewrites one part of a zip-based workbook (content.xml, a sheet's XML) and zips it up again. */
const rewritePart =
  (edit: (text: string, name: string) => string, pick: number): Mutation =>
  (bytes) => {
    if (!isZip(bytes)) return bytes
    const parts = unzipSync(bytes)
    const names = Object.keys(parts).filter((name) => name.endsWith('.xml'))
    const name = names.find((each) => /content\.xml$|sheet1\.xml$/.test(each)) ?? names[pick % names.length]
    parts[name] = strToU8(edit(strFromU8(parts[name]), name))
    return zipSync(parts)
  }
const garbledPart = fc
  .tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 8 }))
  .map(([pick, edits]) =>
    rewritePart(
      (text) => edits.reduce((out, [at, junk]) => out.slice(0, at % out.length) + junk + out.slice((at % out.length) + junk.length), text),
      pick
    )
  )
const hugeRepeat = fc
  .tuple(
    fc.constantFrom('number-rows-repeated', 'number-columns-repeated'),
    fc.constantFrom('1000000', '2147483648', '1e15', '99999999999999999999', '-5', 'NaN')
  )
  .map(([attribute, count]) =>
    rewritePart((text) => text.replace(/<table:table-(row|cell)(?=[\s>])/, (tag) => `${tag} table:${attribute}="${count}"`), 0)
  )
const deepNesting = fc
  .tuple(fc.integer({ min: 100, max: 200_000 }), fc.constantFrom('text:span', 'x', 'c', 'row'))
  .map(([depth, tag]) =>
    rewritePart(
      (text) => text.replace(/<(text:p|v|sheetData)>/, (open) => `${open}${`<${tag}>`.repeat(depth)}1${`</${tag}>`.repeat(depth)}`),
      0
    )
  )

const mutation = fc.oneof(bitFlips, truncation, garbledPart, hugeRepeat, deepNesting)
const wrongName = fc.option(fc.constantFrom('table.csv', 'table.xls', 'table.xlsx', 'table.ods', 'table.pdf', 'table', 'table.txt'), {
  nil: undefined
})

describe('damaged workbooks, fuzzed', () => {
  const { jobs } = tempContext({ worker, limits: DEFAULT_LIMITS })

  it('import or are refused in one line (a small workbook read here, the rest within the worker’s limits), never with an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BASES.keys()), mutation, wrongName, async (which, mutate, name) => {
        const base = BASES[which]
        const bytes = mutate(base.bytes)
        try {
          const summary = await jobs.importNow(name ?? base.name, bytes)
          expect(['imported', 'duplicate']).toContain(summary.status)
        } catch (error) {
          expectOneLineRefusal(error)
        }
      }),
      { numRuns: RUNS, seed: SEED }
    )
  }, 600_000)
})
