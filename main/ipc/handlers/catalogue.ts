// Handlers for the catalogue a reporter maps against (areas, measures) and the revisions
// later editions made.

import type { AreaInfo, MeasureInfo } from '../../contract/types'
import { currentFigures } from '../../store/figures'
import { forgetMapping, listRememberedMappings } from '../../store/catalogue'
import { listRevisions } from '../../store/revisions'
import type { Handlers } from '../registrar'
import type { HandlerContext } from './context'

export function catalogueHandlers(context: HandlerContext) {
  const { db } = context.store
  return {
    'aliases:list': () => listRememberedMappings(db),
    'aliases:forget': ({ kind, key }) => ({ forgotten: forgetMapping(db, kind, key) }),
    'areas:list': (): AreaInfo[] =>
      (
        db
          .prepare(
            `SELECT a.slug, a.name, a.kind, a.is_welsh AS isWelsh, (SELECT count(*) FROM current_figure cf WHERE cf.area_id = a.id) AS figures
            FROM area a ORDER BY a.sort_order`
          )
          .all() as (Omit<AreaInfo, 'isWelsh'> & { isWelsh: number })[]
      ).map((area) => ({ ...area, isWelsh: area.isWelsh === 1 })),
    'measures:list': (): MeasureInfo[] =>
      (
        db
          .prepare(
            `SELECT m.id, m.label, m.unit, m.is_custom AS isCustom, (SELECT count(*) FROM current_figure cf WHERE cf.measure_id = m.id) AS figures
            FROM measure m ORDER BY m.is_custom, m.sort_order`
          )
          .all() as (Omit<MeasureInfo, 'isCustom'> & { isCustom: number })[]
      ).map((measure) => ({ ...measure, isCustom: measure.isCustom === 1 })),
    'revisions:list': ({ area, measure }) => {
      // Validates the slug and id the way figures do, so a typo is named rather than answered with nothing.
      currentFigures(db, { area, measure, period: '0000/00' })
      return listRevisions(db, { area, measure })
    }
  } satisfies Partial<Handlers>
}
