import { describe, expect, it } from 'vitest'
import { AppError } from '../contract/errors'
import { tempContext } from '../testing/temp'
import { createHandlers } from './handlers'
import { createDispatch, mergeHandlers } from './registrar'
import { CHANNEL_NAMES, CHANNELS } from './channels'

function dispatchFor() {
  return createDispatch(createHandlers(tempContext()))
}

describe('the contract', () => {
  it('gives every channel a handler, and handles nothing else', () => {
    const handlers = createHandlers(tempContext())
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it('names every channel domain:verb with a one-line doc', () => {
    for (const [name, { doc }] of Object.entries(CHANNELS)) {
      expect(name).toMatch(/^[a-z]+:[a-z-]+$/)
      expect(doc, name).toMatch(/^[^\n]{10,200}$/)
    }
  })

  it('refuses two handler groups that claim the same channel', () => {
    const group = { 'app:info': () => ({}) as never }
    expect(() => mergeHandlers(group, group)).toThrow('Channel app:info is handled twice')
  })
})

describe('the error envelope', () => {
  it('answers an unknown channel with unknown_channel', async () => {
    await expect(dispatchFor()('db:exec', { sql: 'DROP TABLE release' })).resolves.toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'Unknown channel: db:exec' }
    })
  })

  it('takes no inherited name for a channel', async () => {
    const dispatch = dispatchFor()
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      await expect(dispatch(name, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    }
  })

  it('answers invalid input with bad_input naming the field, before any handler runs', async () => {
    const envelope = await dispatchFor()('tables:grid', { tableId: 'one' })
    expect(envelope).toMatchObject({ ok: false, error: { code: 'bad_input' } })
    expect(envelope.ok === false && envelope.error.message).toMatch(/^Invalid input for tables:grid: tableId: /)
  })

  it('refuses unexpected extra fields', async () => {
    const envelope = await dispatchFor()('releases:list', { sneaky: true })
    expect(envelope).toMatchObject({ ok: false, error: { code: 'bad_input' } })
  })

  it('passes an AppError through with its code and message', async () => {
    await expect(dispatchFor()('tables:grid', { tableId: 999 })).resolves.toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Table 999 is not in the store (was its release removed?)' }
    })
  })

  it('turns any other failure into an internal error of one line', async () => {
    const envelope = await dispatchFor()('sample:open', {})
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(envelope.ok === false && envelope.error.message).not.toContain('\n')
  })

  it('wraps a result as ok', async () => {
    await expect(dispatchFor()('releases:list', {})).resolves.toEqual({ ok: true, result: [] })
  })

  it('keeps AppError codes stable', () => {
    expect(new AppError('encrypted_file', 'x').code).toBe('encrypted_file')
  })
})
