// Handlers for the Leads view: the leads of an edition for the areas asked for, and a reporter's
// confirmation of a restatement to check, and its undoing. Finding and wording live in domain/story.

import { AppError } from '../../contract/errors'
import { areasFor } from '../../contract/areas'
import { isSameRestatement } from '../../contract/restatements'
import type { RestatementCheck, RestatementRef } from '../../contract/types'
import { leadsResult, restatementsToCheck } from '../../domain/story/leads'
import { sourceLineForLabels } from '../../export/provenance'
import type { Db } from '../../store/database'
import { confirmRestatement, leadsData, unconfirmRestatement } from '../../store/leads'
import { houseStyle } from '../../store/story'
import type { HandlerGroup } from '../registrar'
import type { HandlerContext } from './context'

function areaSlugs(names: readonly string[] | undefined): string[] | undefined {
  return names?.flatMap((name) => {
    const slugs = areasFor(name)
    if (!slugs)
      throw new AppError('not_found', `Unknown area or region "${name}": use a slug such as essex, england-and-wales or north-east`)
    return slugs
  })
}

/** The restatement as it stands after the change, for the view to show. */
function restatementNow(db: Db, ref: RestatementRef): RestatementCheck {
  const found = restatementsToCheck(leadsData(db)).find((check) => isSameRestatement(check, ref))
  if (!found)
    throw new AppError('not_found', `${ref.area} ${ref.measure} ${ref.period} was not restated by more than a tenth: nothing to confirm`)
  return found
}

export function leadsHandlers(context: HandlerContext) {
  const { db } = context.store
  return {
    'leads:list': ({ period, areas }) =>
      leadsResult(leadsData(db), houseStyle(db), { period, areas: areaSlugs(areas) }, (releases) => sourceLineForLabels(db, releases)),
    'leads:confirm': (ref) => {
      restatementNow(db, ref)
      confirmRestatement(db, ref)
      return restatementNow(db, ref)
    },
    'leads:unconfirm': (ref) => {
      unconfirmRestatement(db, ref)
      return restatementNow(db, ref)
    }
  } satisfies HandlerGroup
}
