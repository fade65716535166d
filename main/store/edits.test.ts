import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../import/importFile'
import { oldStyleBook } from '../testing/fixtures'
import { tempDir } from '../testing/temp'
import { createAnnotation } from './annotations'
import { openStore, type Store } from './database'
import { activeEdit, applyEdit, listEdits, revertEdit } from './edits'
import { currentFigures } from './figures'
import { canUndoRedo, listHistory, redo, undo } from './history'

function storeWithFigures(path = join(tempDir(), 'desk.sqlite')): Store {
  const store = openStore(path)
  importFile(store, { fileName: 'mappa-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  return store
}

const essex = (store: Store) => currentFigures(store.db, { area: 'essex', measure: 'rso', period: '2021/22' })[0]
const correction = { area: 'essex', measure: 'rso', period: '2021/22', value: '1,870', reason: 'Press office correction' }

describe('editing a figure', () => {
  it('keeps the imported original beside the edit, with its reason', () => {
    const store = storeWithFigures()
    const edit = applyEdit(store.db, { ...correction, author: 'reporter' })
    expect(edit).toMatchObject({
      before: 1867,
      before_raw: '1867',
      after: 1870,
      after_raw: '1,870',
      reason: 'Press office correction',
      author: 'reporter',
      isActive: true
    })
    expect(essex(store)).toMatchObject({
      value: 1870,
      raw: '1,870',
      edited: true,
      original: { value: 1867, raw: '1867', status: 'value' },
      reason: 'Press office correction'
    })
    expect(store.db.prepare("SELECT value FROM observation WHERE row_label = 'Essex' AND measure_id = 'rso'").pluck().get()).toBe(1867)
    store.close()
  })

  it.each([
    [{ reason: '  ' }, /reason is required/],
    [{ value: 'abc' }, /"abc" is not a figure/],
    [{ value: '1.2.3' }, /"1\.2\.3" is not a figure/],
    [{ value: '-5' }, /negative/],
    [{ value: '1867' }, /No change: the figure is already 1867/],
    [{ period: '2030/31' }, /no imported figure for essex rso 2030\/31/],
    [{ area: 'atlantis' }, /Unknown area "atlantis"/]
  ])('refuses %j with a message and saves nothing', (change, message) => {
    const store = storeWithFigures()
    expect(() => applyEdit(store.db, { ...correction, ...change })).toThrow(message)
    expect(store.db.prepare('SELECT count(*) FROM edit').pluck().get()).toBe(0)
    expect(store.db.prepare('SELECT count(*) FROM action').pluck().get()).toBe(0)
    store.close()
  })

  it('reads typed figures tolerantly and accepts markers', () => {
    const store = storeWithFigures()
    applyEdit(store.db, { ...correction, value: ' 1870 ' })
    expect(essex(store).value).toBe(1870)
    applyEdit(store.db, { ...correction, value: '[c]', reason: 'Suppressed on review' })
    expect(essex(store)).toMatchObject({ value: null, status: 'suppressed', raw: '[c]' })
    store.close()
  })

  it('reverts one edit on its own, leaving the one before it in force', () => {
    const store = storeWithFigures()
    applyEdit(store.db, correction)
    const second = applyEdit(store.db, { ...correction, value: '1,880', reason: 'Second correction' })
    revertEdit(store.db, second.id)
    expect(essex(store).value).toBe(1870)
    expect(() => revertEdit(store.db, second.id)).toThrow(/already reverted/)
    expect(listEdits(store.db, { area: 'essex' }).map((edit) => [edit.after_raw, edit.isActive])).toEqual([
      ['1,880', false],
      ['1,870', true]
    ])
    expect(activeEdit(store.db, correction)).toMatchObject({ after_raw: '1,870', reason: 'Press office correction' })
    expect(activeEdit(store.db, { ...correction, area: 'kent' })).toBeUndefined()
    store.close()
  })
})

describe('undo and redo', () => {
  it('undo and redo edits and notes in order, and the history survives a restart', () => {
    const path = join(tempDir(), 'desk.sqlite')
    let store = storeWithFigures(path)
    applyEdit(store.db, correction)
    createAnnotation(store.db, { kind: 'cell', area: 'essex', measure: 'rso', period: '2021/22' }, 'Confirmed with the MoJ press office')
    store.close()

    store = openStore(path)
    expect(canUndoRedo(store.db)).toEqual({ canUndo: true, canRedo: false })
    undo(store.db)
    expect(store.db.prepare('SELECT deleted_at IS NOT NULL FROM annotation').pluck().get()).toBe(1)
    undo(store.db)
    expect(essex(store)).toMatchObject({ value: 1867, edited: false })
    expect(undo(store.db)).toBeNull()
    store.close()

    store = openStore(path)
    expect(canUndoRedo(store.db)).toEqual({ canUndo: false, canRedo: true })
    redo(store.db)
    expect(essex(store).value).toBe(1870)
    redo(store.db)
    expect(store.db.prepare('SELECT deleted_at IS NULL FROM annotation').pluck().get()).toBe(1)
    expect(redo(store.db)).toBeNull()
    store.close()
  })

  it('forgets what could be redone once a new change is made', () => {
    const store = storeWithFigures()
    applyEdit(store.db, correction)
    undo(store.db)
    applyEdit(store.db, { ...correction, value: '1,900', reason: 'Other correction' })
    expect(redo(store.db)).toBeNull()
    expect(essex(store).value).toBe(1900)
    store.close()
  })

  it('undoes a revert, bringing the edit back', () => {
    const store = storeWithFigures()
    const edit = applyEdit(store.db, correction)
    revertEdit(store.db, edit.id)
    expect(essex(store).value).toBe(1867)
    undo(store.db)
    expect(essex(store).value).toBe(1870)
    store.close()
  })

  it('lists the history newest first, filterable, with what can still be reverted', () => {
    const store = storeWithFigures()
    applyEdit(store.db, correction)
    applyEdit(store.db, { ...correction, area: 'kent', value: '999', reason: 'Typo in source' })
    createAnnotation(store.db, { kind: 'area', area: 'kent' }, 'Kent figures include Medway')
    const history = listHistory(store.db)
    expect(history.map((entry) => entry.kind)).toEqual(['annotate', 'edit', 'edit'])
    expect(history[2]).toMatchObject({
      description: 'Essex, Registered sexual offenders, 2021/22: 1,867 → 1,870 (Press office correction)',
      canRevert: true,
      area: 'essex'
    })
    expect(listHistory(store.db, { area: 'kent' }).map((entry) => entry.kind)).toEqual(['annotate', 'edit'])
    undo(store.db)
    expect(listHistory(store.db)[0]).toMatchObject({ kind: 'annotate', isUndone: true, canRevert: false })
    store.close()
  })
})
