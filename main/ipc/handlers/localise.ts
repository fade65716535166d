// Handlers for Localise: start a run of packs for a saved chart (or the default chart), poll its
// progress, cancel it, and read its index page. The packs are made in the localise worker.

import { readFileSync } from 'node:fs'
import { fileNameOf } from '../../contract/chart/spec'
import { getChart } from '../../export/chart/library'
import { parseSpecOrThrow } from '../../export/chart/prepare'
import { createLocaliseJobs, defaultPacksFolder, type LocaliseJobs } from '../../export/localise/jobs'
import { defaultLocaliseSpec } from '../../export/localise/default-spec'
import { checkAreas } from '../../export/localise/run'
import { AppError } from '../../contract/errors'
import { getSetting } from '../../store/settings'
import type { Handlers } from '../registrar'
import type { HandlerContext } from './context'

export function localiseHandlers(context: HandlerContext) {
  const { db } = context.store
  let jobs: LocaliseJobs | undefined = context.localise
  const localise = () => (jobs ??= createLocaliseJobs(context.store))
  return {
    'localise:start': ({ chartId, spec, areas }) => {
      const home = getSetting(db, 'homeArea')
      const chosen = parseSpecOrThrow(spec ?? (chartId !== undefined ? getChart(db, chartId).spec : defaultLocaliseSpec(db, typeof home === 'string' ? home : 'essex')))
      const areaList = checkAreas(db, areas)
      const outDir = defaultPacksFolder(context.store.path, chosen.title || 'chart', fileNameOf)
      const { jobId } = localise().start({ spec: chosen, outDir, areas: areaList })
      return { jobId, outDir, total: areaList.length }
    },
    'localise:status': ({ jobId }) => localise().status(jobId),
    'localise:cancel': ({ jobId }) => localise().cancel(jobId),
    'localise:index': ({ jobId }) => {
      const status = localise().status(jobId)
      if (!status.result) throw new AppError('not_found', 'The index page is written when the run stops: wait for it, or cancel it')
      return { html: readFileSync(status.result.indexPath, 'utf8'), path: status.result.indexPath }
    }
  } satisfies Partial<Handlers>
}
