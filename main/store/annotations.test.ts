import { describe, expect, it } from 'vitest'
import { importFile } from '../import/importFile'
import { oldStyleBook } from '../testing/fixtures'
import { tempStore } from '../testing/temp'
import { createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from './annotations'
import { undo } from './history'

function store() {
  const created = tempStore()
  importFile(created, { fileName: 'm.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  return created
}

describe('notes', () => {
  it('attach to a cell, an area, a period, a measure and a release', () => {
    const desk = store()
    createAnnotation(desk.db, { kind: 'cell', area: 'essex', measure: 'rso', period: '2021/22' }, 'Checked')
    createAnnotation(desk.db, { kind: 'area', area: 'county-durham' }, 'Was "Durham" before 2014')
    createAnnotation(
      desk.db,
      { kind: 'period', period: '2020/21', measure: 'rso' },
      'MoJ says 2020/21 counts were affected by COVID recording delays'
    )
    createAnnotation(desk.db, { kind: 'measure', measure: 'rso_rate' }, 'Rates use mid-year population estimates')
    createAnnotation(desk.db, { kind: 'release', releaseId: 1 }, 'Published 27 October 2022')
    expect(listAnnotations(desk.db).map((note) => [note.target.kind, note.targetLabel])).toEqual([
      ['release', 'MAPPA annual report 2021/22'],
      ['measure', 'rso_rate'],
      ['period', '2020/21 · rso'],
      ['area', 'County Durham'],
      ['cell', 'Essex · rso · 2021/22']
    ])
  })

  it('can be reworded and deleted, and both undone', () => {
    const desk = store()
    const note = createAnnotation(desk.db, { kind: 'area', area: 'essex' }, 'First wording')
    updateAnnotation(desk.db, note.id, 'Second wording')
    expect(listAnnotations(desk.db)[0].text).toBe('Second wording')
    deleteAnnotation(desk.db, note.id)
    expect(listAnnotations(desk.db)).toEqual([])
    undo(desk.db)
    expect(listAnnotations(desk.db)[0].text).toBe('Second wording')
    undo(desk.db)
    expect(listAnnotations(desk.db)[0].text).toBe('First wording')
  })

  it('refuses an empty note, an unknown target and a deleted note', () => {
    const desk = store()
    expect(() => createAnnotation(desk.db, { kind: 'area', area: 'essex' }, '   ')).toThrow('Write the note before saving it')
    expect(() => createAnnotation(desk.db, { kind: 'release', releaseId: 42 }, 'x')).toThrow('Release 42 is not in the store')
    const note = createAnnotation(desk.db, { kind: 'area', area: 'essex' }, 'x')
    deleteAnnotation(desk.db, note.id)
    expect(() => updateAnnotation(desk.db, note.id, 'y')).toThrow(/was it deleted/)
  })
})
