// Assembles the core for one run: opens the store and builds the dispatch every front end
// mounts. No Electron here: the shell and the CLI both start from this.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLocaliseJobs } from './export/localise/jobs'
import { createImportJobs, type ImportJobs } from './import/jobs'
import { createHandlers, type HandlerContext } from './ipc/handlers'
import { createDispatch, type Dispatch } from './ipc/registrar'
import { resourcesDir, samplePath } from './paths'
import { openStore, type Store } from './store/database'

export interface Core {
  store: Store
  jobs: ImportJobs
  dispatch: Dispatch
  close(): void
}

export interface CoreOptions {
  dbPath: string
  mode: 'electron' | 'browser'
  nativeBinding?: string
  log?: (message: string) => void
  /** The shell's native save dialog, for chart exports (Electron only). */
  chooseChartSavePath?: HandlerContext['chooseChartSavePath']
  /** The desktop shell's native save dialog (see HandlerContext). */
  chooseSavePath?: HandlerContext['chooseSavePath']
}

export function appVersion(): string {
  const manifest = JSON.parse(readFileSync(join(resourcesDir(), '..', 'package.json'), 'utf8')) as { version?: string }
  return manifest.version ?? '0.0.0'
}

export function createCore(options: CoreOptions): Core {
  const store = openStore(options.dbPath, { nativeBinding: options.nativeBinding })
  const jobs = createImportJobs(store)
  // The localise worker opens its own connection, so it needs the same native build as this one.
  const localise = createLocaliseJobs(store, { nativeBinding: options.nativeBinding })
  const handlers = createHandlers({ store, jobs, mode: options.mode, version: appVersion(), samplePath: samplePath(), chooseSavePath: options.chooseSavePath, chooseChartSavePath: options.chooseChartSavePath, localise })
  return {
    store,
    jobs,
    dispatch: createDispatch(handlers, options.log),
    close: () => {
      jobs.close()
      localise.close()
      store.close()
    }
  }
}
