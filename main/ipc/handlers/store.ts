// Handlers that read the store: app info, releases, table grids, figures.

import type { AppInfo } from '../../contract/types'
import { currentFigures, tableGrid } from '../../store/figures'
import { listReleases, releaseImpact, removeRelease } from '../../store/releases'
import type { Handlers } from '../registrar'
import type { HandlerContext } from './context'

export function storeHandlers(context: HandlerContext) {
  const { store } = context
  return {
    'app:info': (): AppInfo => {
      const count = (sql: string) => store.db.prepare(sql).pluck().get() as number
      return {
        name: 'MAPPA Desk',
        version: context.version,
        mode: context.mode,
        dbPath: store.path,
        releases: count('SELECT count(*) FROM release'),
        observations: count('SELECT count(*) FROM observation')
      }
    },
    'releases:list': () => listReleases(store.db),
    'releases:impact': ({ releaseId }) => releaseImpact(store.db, releaseId),
    'releases:remove': ({ releaseId }) => removeRelease(store.db, releaseId),
    'tables:grid': ({ tableId }) => tableGrid(store.db, tableId),
    'figures:list': (query) => currentFigures(store.db, query)
  } satisfies Partial<Handlers>
}
