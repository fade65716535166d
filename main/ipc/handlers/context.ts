// What every handler group is given: the open store, the import jobs, and how the app runs.

import type { LocaliseJobs } from '../../export/localise/jobs'
import type { ImportJobs } from '../../import/jobs'
import type { Store } from '../../store/database'

export interface HandlerContext {
  store: Store
  jobs: ImportJobs
  mode: 'electron' | 'browser'
  version: string
  samplePath: string
  /** Electron only: the native save dialog for a chart; resolves to the chosen path, or null when cancelled. */
  chooseChartSavePath?: (request: { defaultPath: string; format: 'png' | 'svg' | 'pdf' }) => Promise<string | null>
  /** Desktop only: asks where to save a file (the native dialog), starting in `folder`; null when cancelled. */
  chooseSavePath?: (suggestedName: string, folder: string | null) => Promise<string | null>
  /** Localise runs (the core makes them with its native build; tests give in-thread ones); made on first use when not given. */
  localise?: LocaliseJobs
}
