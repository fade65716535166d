import { describe, expect, it } from 'vitest'
import { importFile } from '../../import/importFile'
import { oldStyleBook } from '../../testing/fixtures'
import { tempContext } from '../../testing/temp'
import { createDispatch } from '../registrar'
import { createHandlers } from '.'

function desk() {
  const context = tempContext()
  importFile(context.store, { fileName: 'm.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  return createDispatch(createHandlers(context))
}

describe('the figures channels', () => {
  it('edit, undo and redo through the dispatch, reporting what can be undone', async () => {
    const dispatch = desk()
    const edit = await dispatch('edits:apply', { area: 'essex', measure: 'rso', period: '2021/22', value: '1,870', reason: 'Correction' })
    expect(edit).toMatchObject({ ok: true, result: { after: 1870, isActive: true } })
    expect(await dispatch('history:state', {})).toEqual({ ok: true, result: { actionId: null, canUndo: true, canRedo: false } })
    expect(await dispatch('history:undo', {})).toMatchObject({ ok: true, result: { canUndo: false, canRedo: true } })
    expect(await dispatch('history:redo', {})).toMatchObject({ ok: true, result: { canUndo: true, canRedo: false } })
  })

  it('answers an edit without a reason with bad_input and one line', async () => {
    const dispatch = desk()
    expect(await dispatch('edits:apply', { area: 'essex', measure: 'rso', period: '2021/22', value: '1,870', reason: '' })).toEqual({
      ok: false,
      error: { code: 'bad_input', message: 'Say why the figure changes: a reason is required for every edit' }
    })
  })

  it('validates note targets before they reach the store', async () => {
    const dispatch = desk()
    const reply = await dispatch('annotations:create', { target: { kind: 'cell', area: 'essex' }, text: 'x' })
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_input' } })
  })

  it('keeps the home area and pins it in the pivot', async () => {
    const dispatch = desk()
    expect(await dispatch('settings:set', { key: 'homeArea', value: 'essex' })).toEqual({ ok: true, result: { value: 'essex' } })
    const pivot = await dispatch('pivot:measure', { measure: 'rso' })
    expect(pivot.ok && (pivot.result as { rows: { key: string; isHome: boolean }[] }).rows.find((row) => row.isHome)?.key).toBe('essex')
    expect(await dispatch('settings:set', { key: 'homeArea', value: 'atlantis' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })
})
