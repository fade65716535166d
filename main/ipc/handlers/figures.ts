// Handlers for working the numbers: the two pivots, edits with reasons, notes, the undo
// history and the reporter's preferences.

import { userInfo } from 'node:os'
import type { HistoryState } from '../../contract/types'
import type { SettingKey } from '../channels'
import { createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from '../../store/annotations'
import type { Db } from '../../store/database'
import { applyEdit, keepEdit, listEdits, revertEdit } from '../../store/edits'
import { canUndoRedo, listHistory, redo, undo } from '../../store/history'
import { areaIdOf } from '../../store/keys'
import { areaPivot, measurePivot } from '../../store/pivots'
import { getSetting, setSetting } from '../../store/settings'
import type { HandlerGroup } from '../registrar'
import type { HandlerContext } from './context'

function author(): string | undefined {
  try {
    return userInfo().username
  } catch {
    return undefined
  }
}

const state = (db: Db, actionId: number | null): HistoryState => ({ actionId, ...canUndoRedo(db) })

function readSetting(db: Db, key: SettingKey): { value: string | null } {
  const value = getSetting(db, key)
  return { value: typeof value === 'string' ? value : null }
}

export function figureHandlers(context: HandlerContext) {
  const { db } = context.store
  return {
    'pivot:measure': ({ measure, derived }) => measurePivot(db, measure, new Set(derived ?? [])),
    'pivot:area': ({ area, derived }) => areaPivot(db, area, new Set(derived ?? [])),
    'edits:apply': (request) => applyEdit(db, { ...request, author: author() }),
    'edits:revert': ({ editId }) => revertEdit(db, editId),
    'edits:keep': ({ editId }) => keepEdit(db, editId),
    'edits:list': (filter) => listEdits(db, filter),
    'history:list': (filter) => listHistory(db, filter),
    'history:undo': () => state(db, undo(db)),
    'history:redo': () => state(db, redo(db)),
    'history:state': () => state(db, null),
    'annotations:list': () => listAnnotations(db),
    'annotations:create': ({ target, text }) => createAnnotation(db, target, text),
    'annotations:update': ({ id, text }) => updateAnnotation(db, id, text),
    'annotations:delete': ({ id }) => deleteAnnotation(db, id),
    'settings:get': ({ key }) => readSetting(db, key),
    'settings:set': ({ key, value }) => {
      if (key === 'homeArea' && value !== null) areaIdOf(db, value)
      setSetting(db, key, value)
      return readSetting(db, key)
    }
  } satisfies HandlerGroup
}
