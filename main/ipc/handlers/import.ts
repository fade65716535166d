// Handlers that bring files into the store: one-step imports (uploaded bytes, the sample) and
// the preview flow (start, watch, cancel, commit with corrections, discard). Files are read in the
// import worker; only the bundled sample is read in this thread, loading the reader when opened.

import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { HandlerGroup } from '../registrar'
import type { HandlerContext } from './context'

export function importHandlers(context: HandlerContext) {
  const { jobs } = context
  return {
    'import:file': ({ fileName, bytes }) => jobs.importNow(basename(fileName), bytes),
    'sample:open': async () => {
      const { importFile } = await import('../../import/importFile')
      const bytes = readFileSync(context.samplePath)
      return importFile(context.store, { fileName: basename(context.samplePath), bytes, isSample: true })
    },
    'import:start': ({ fileName, bytes }) => jobs.start(basename(fileName), bytes),
    'import:status': ({ jobId }) => jobs.status(jobId),
    'import:cancel': ({ jobId }) => jobs.cancel(jobId),
    'import:commit': ({ previewId, mappings }) => jobs.commit(previewId, mappings),
    'import:discard': ({ previewId }) => jobs.discard(previewId)
  } satisfies HandlerGroup
}
