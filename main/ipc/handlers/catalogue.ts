// Handlers for the catalogue a reporter maps against (areas, measures) and the revisions
// later editions made.

import { currentFigures } from '../../store/figures'
import { forgetMapping, listAreas, listMeasures, listRememberedMappings } from '../../store/catalogue'
import { listRevisions } from '../../store/revisions'
import type { HandlerGroup } from '../registrar'
import type { HandlerContext } from './context'

export function catalogueHandlers(context: HandlerContext) {
  const { db } = context.store
  return {
    'aliases:list': () => listRememberedMappings(db),
    'aliases:forget': ({ kind, key }) => ({ forgotten: forgetMapping(db, kind, key) }),
    'areas:list': () => listAreas(db),
    'measures:list': () => listMeasures(db),
    'revisions:list': ({ area, measure }) => {
      // Validates the slug and id the way figures do, so a typo is named rather than answered with nothing.
      currentFigures(db, { area, measure, period: '0000/00' })
      return listRevisions(db, { area, measure })
    }
  } satisfies HandlerGroup
}
