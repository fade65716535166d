// Handlers for Localise: start a run of packs for a saved chart (or the default chart), poll its
// progress, cancel it, and read its index page. The packs are made in the localise worker; the
// run's modules (which draw charts and write tables) load on the first localise call.

import { readFileSync } from 'node:fs'
import { getChart } from '../../export/chart/library'
import { parseSpecOrThrow } from '../../export/chart/prepare'
import type { LocaliseJobs } from '../../export/localise/jobs'
import { defaultLocaliseSpec } from '../../export/localise/default-spec'
import { AppError } from '../../contract/errors'
import { getSetting } from '../../store/settings'
import type { HandlerGroup } from '../registrar'
import type { HandlerContext } from './context'

const runs = () => import('../../export/localise/jobs')

export function localiseHandlers(context: HandlerContext) {
  const { db } = context.store
  let made: Promise<LocaliseJobs> | undefined
  const localise = (): Promise<LocaliseJobs> => {
    if (context.localise) return Promise.resolve(context.localise())
    return (made ??= runs().then(({ createLocaliseJobs }) => createLocaliseJobs(context.store)))
  }
  return {
    'localise:start': async ({ chartId, spec, areas }) => {
      const home = getSetting(db, 'homeArea')
      const chosen = parseSpecOrThrow(
        spec ?? (chartId !== undefined ? getChart(db, chartId).spec : defaultLocaliseSpec(db, typeof home === 'string' ? home : 'essex'))
      )
      const [{ checkAreas }, { defaultPacksFolder }] = await Promise.all([import('../../export/localise/run'), runs()])
      const areaList = checkAreas(db, areas)
      const folder = defaultPacksFolder(context.store.path, { title: chosen.title, chartId })
      const { jobId, outDir } = (await localise()).start({ spec: chosen, ...folder, areas: areaList })
      return { jobId, outDir, total: areaList.length }
    },
    'localise:status': async ({ jobId }) => (await localise()).status(jobId),
    'localise:cancel': async ({ jobId }) => (await localise()).cancel(jobId),
    'localise:index': async ({ jobId }) => {
      const status = (await localise()).status(jobId)
      if (!status.result) throw new AppError('not_found', 'The index page is written when the run stops: wait for it, or cancel it')
      if (status.result.indexPath === null)
        throw new AppError(
          'not_found',
          `No index page: an index.html MAPPA Desk did not write is in ${status.outDir}, and was left as it was`
        )
      return { html: readFileSync(status.result.indexPath, 'utf8'), path: status.result.indexPath }
    }
  } satisfies HandlerGroup
}
