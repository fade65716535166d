// The full handler map: every domain's group merged, checked complete against the contract.

import { mergeHandlers, type Handlers } from '../registrar'
import type { HandlerContext } from './context'
import { catalogueHandlers } from './catalogue'
import { chartHandlers } from './charts'
import { figureHandlers } from './figures'
import { importHandlers } from './import'
import { leadsHandlers } from './leads'
import { localiseHandlers } from './localise'
import { storeHandlers } from './store'
import { storyHandlers } from './story'
import { tableHandlers } from './tables'

export type { HandlerContext }

export function createHandlers(context: HandlerContext): Handlers {
  const handlers: Handlers = mergeHandlers(
    storeHandlers(context),
    importHandlers(context),
    catalogueHandlers(context),
    figureHandlers(context),
    chartHandlers(context),
    tableHandlers(context),
    storyHandlers(context),
    leadsHandlers(context),
    localiseHandlers(context)
  )
  return handlers
}
