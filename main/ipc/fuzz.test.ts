import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeWire, encodeWire } from '../contract/wire'
import { samplePath } from '../paths'
import { tempContext } from '../testing/temp'
import { createHandlers } from './handlers'
import { createDispatch } from './registrar'
import { CHANNEL_NAMES, CHANNELS, type Channel } from './channels'

/** Seeded and small for `npm test`; MAPPA_FUZZ_RUNS=5000 for a long run. */
const RUNS = Number(process.env.MAPPA_FUZZ_RUNS ?? 100)
const SEED = Number(process.env.MAPPA_FUZZ_SEED ?? 20261201)

/** The field names a channel's schema knows, so generated arguments get past "unexpected key" and reach each field's check. */
function fieldsOf(channel: Channel): string[] {
  const shape = (CHANNELS[channel].args as unknown as { shape?: Record<string, unknown> }).shape
  return shape ? Object.keys(shape) : []
}

/** Values of every kind, and the kinds the schemas take with their edges: slugs, periods, ids, long strings. */
const value = fc.oneof(
  fc.anything({ maxDepth: 3, withTypedArray: true, withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }),
  fc.constantFrom(
    'essex',
    'county-durham',
    'rso',
    'custom:x',
    '2021/22',
    '2021-22',
    'constructor',
    '__proto__',
    '',
    ' ',
    'x'.repeat(100_001)
  ),
  fc.integer({ min: -2, max: 2 ** 31 }),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -0, Number.NaN, Number.POSITIVE_INFINITY),
  fc.uint8Array({ maxLength: 64 })
)

const argumentsFor = (channel: Channel) =>
  fc.oneof(
    value,
    fc.dictionary(fc.oneof(fc.constantFrom(...fieldsOf(channel), 'extra', '__proto__', 'constructor'), fc.string()), value, { maxKeys: 5 }),
    fc.record(Object.fromEntries(fieldsOf(channel).map((field) => [field, value])), { requiredKeys: [] })
  )

const call = fc.constantFrom(...CHANNEL_NAMES).chain((channel) => fc.tuple(fc.constant(channel), argumentsFor(channel)))

describe('the IPC and HTTP schemas, fuzzed', () => {
  const dispatch = createDispatch(createHandlers(tempContext({ samplePath: samplePath() })))

  it('answer any generated arguments on any channel with a result or a one-line error, never internal', async () => {
    await fc.assert(
      fc.asyncProperty(call, fc.boolean(), async ([channel, args], overHttp) => {
        // Over HTTP the arguments arrive as JSON, byte arrays as base64 (contract/wire.ts).
        let sent: unknown = args
        if (overHttp) {
          let text: string | undefined
          try {
            text = encodeWire(args)
          } catch {
            return // BigInts and cycles cannot be sent as JSON at all
          }
          if (text === undefined) return
          sent = decodeWire(text)
        }
        const envelope = await dispatch(channel, sent)
        if (envelope.ok) return
        expect(envelope.error.code).not.toBe('internal')
        expect(envelope.error.message).not.toMatch(/\n/)
        if (!CHANNELS[channel].args.safeParse(sent ?? {}).success) expect(envelope.error.code).toBe('bad_input')
      }),
      { numRuns: RUNS, seed: SEED }
    )
  }, 120_000)

  it('refuses arguments of the wrong shape with bad_input on every channel', async () => {
    for (const channel of CHANNEL_NAMES) {
      const envelope = await dispatch(channel, { 'not-a-field': 1 })
      expect(envelope).toMatchObject({ ok: false, error: { code: 'bad_input' } })
    }
  })
})
