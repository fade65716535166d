// The correction the tests make to a published figure: County Durham's registered sexual offenders
// for 2021/22, 941 in the MoJ table, 942 on the force press office's word. Test data only.

import type { EditRecord } from '../contract/types'
import type { Db } from '../store/database'
import { applyEdit } from '../store/edits'

export const EDIT_REASON = 'Durham Constabulary press office'

/** Corrects County Durham's 2021/22 rso from 941 to 942, with the press office as the reason unless told otherwise. */
export function correctDurham(db: Db, reason: string = EDIT_REASON): EditRecord {
  return applyEdit(db, { area: 'county-durham', measure: 'rso', period: '2021/22', value: '942', reason })
}
