// A store holding what an article table is made from, for the table writers' tests and the
// benchmark: two MoJ editions (2021/22 old style, 2023/24 accessible), a corrected figure with
// its reason, a note, a marker, and the reporter's own area set.

import { importFile } from '../import/importFile'
import { createAnnotation } from '../store/annotations'
import type { Store } from '../store/database'
import { setSetting } from '../store/settings'
import { correctDurham } from './corrections'
import { accessibleBook, oldStyleBook } from './fixtures'

export { EDIT_REASON } from './corrections'
export const NOTE_TEXT = 'Checked with the MoJ press office on 3 November'

export function seedTableStore(store: Store, options: { isHostile?: boolean } = {}): Store {
  importFile(store, { fileName: 'mappa-annual-report-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  importFile(store, {
    fileName: 'mappa-annual-report-2023-24.ods',
    bytes: accessibleBook('ods', { year: 2024, overrides: { 'Dorset|2024|rso': '[c]' } })
  })
  correctDurham(store.db, options.isHostile ? '-x =cmd' : undefined)
  createAnnotation(
    store.db,
    { kind: 'cell', area: 'essex', measure: 'rso', period: '2022/23' },
    options.isHostile ? '=HYPERLINK("http://example.invalid","click")' : NOTE_TEXT
  )
  if (options.isHostile) createAnnotation(store.db, { kind: 'measure', measure: 'rso' }, '+cmd|/c calc')
  setSetting(store.db, 'homeArea', 'essex')
  return store
}
