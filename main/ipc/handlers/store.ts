// Handlers that read the store: app info, releases, table grids, figures.

import type { AppInfo } from '../../contract/types'
import { currentFigures, tableGrid } from '../../store/figures'
import { AppError } from '../../contract/errors'
import { backUp, listBackups } from '../../store/backup'
import type { SourceReader } from '../../import/verify'
import { createVerifyJobs } from '../../import/verify-jobs'
import { openElsewhereNotice } from '../../store/writer-lock'
import { listReleases, releaseImpact, removeRelease, storeCounts } from '../../store/releases'
import type { HandlerGroup } from '../registrar'
import type { HandlerContext } from './context'

export function storeHandlers(context: HandlerContext) {
  const { store } = context
  const readSource: SourceReader = (fileName, bytes, onProgress) => context.jobs.readNow(fileName, bytes, onProgress)
  const verifyJobs = createVerifyJobs(store.db, readSource)
  return {
    'app:info': (): AppInfo => {
      const counts = storeCounts(store.db)
      return {
        name: 'MAPPA Desk',
        version: context.version,
        mode: context.mode,
        dbPath: store.path,
        isReadOnly: store.isReadOnly,
        readOnlyReason: store.readOnlyReason,
        openElsewhere: context.openElsewhere
          ? { pid: context.openElsewhere.pid, since: context.openElsewhere.since, notice: openElsewhereNotice(context.openElsewhere) }
          : null,
        releases: counts.releases,
        observations: counts.observations
      }
    },
    'releases:list': () => listReleases(store.db),
    'releases:impact': ({ releaseId }) => releaseImpact(store.db, releaseId),
    'releases:remove': ({ releaseId }) => {
      releaseImpact(store.db, releaseId)
      backUp(store, 'removal')
      return removeRelease(store.db, releaseId)
    },
    'backups:list': () => listBackups(store.path),
    'backups:create': () => backUp(store, 'manual'),
    'backups:restore': ({ file }) => {
      if (!context.desk) throw new AppError('bad_input', 'Restore from the command line with npm run mappa -- restore')
      return context.desk.restore(file)
    },
    'verify:start': () => verifyJobs.start(),
    'verify:status': ({ jobId }) => verifyJobs.status(jobId),
    'tables:grid': ({ tableId }) => tableGrid(store.db, tableId),
    'figures:list': (query) => currentFigures(store.db, query)
  } satisfies HandlerGroup
}
