// The full handler map: every domain's group merged, checked complete against the channel map.
// Its type is where each channel's result type comes from (ResultOf), for the renderer as well.

import type { Channel } from '../channels'
import { mergeHandlers, type HandlerMap } from '../registrar'
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

export function createHandlers(context: HandlerContext) {
  return mergeHandlers(
    storeHandlers(context),
    importHandlers(context),
    catalogueHandlers(context),
    figureHandlers(context),
    chartHandlers(context),
    tableHandlers(context),
    storyHandlers(context),
    leadsHandlers(context),
    localiseHandlers(context)
  ) satisfies HandlerMap
}

export type Handlers = ReturnType<typeof createHandlers>
/** What a channel answers: its handler's return value, once awaited. */
export type ResultOf<C extends Channel> = Awaited<ReturnType<Handlers[C]>>
