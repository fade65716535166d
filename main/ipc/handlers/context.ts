// What every handler group is given: the open store, the import jobs, and how the app runs.

import type { LocaliseJobs } from '../../export/localise/jobs'
import type { TableFormat } from '../../contract/types'
import type { ImportJobs } from '../../import/jobs'
import type { RestoreResult } from '../../store/backup'
import type { Store } from '../../store/database'
import type { LockHolder } from '../../store/writer-lock'

export interface HandlerContext {
  store: Store
  jobs: ImportJobs
  mode: 'electron' | 'browser'
  version: string
  samplePath: string
  /** Present in a window: puts a backup in the database's place and reopens it. */
  desk?: DeskControl
  /** Electron only: the native save dialog; resolves to the chosen path, or null when cancelled. */
  /** Where another window writes to this database (so this one is read-only): who, since when. */
  openElsewhere?: LockHolder
  chooseSavePath?: (request: { defaultPath: string; format: 'png' | 'svg' | 'pdf' | TableFormat }) => Promise<string | null>
  /**
   * Localise runs, asked for on the first localise call: the core makes them then, with its native
   * build (tests give in-thread ones); where not given, the handlers make their own on first use.
   */
  localise?: () => LocaliseJobs | Promise<LocaliseJobs>
}

export interface DeskControl {
  restore(file?: string): RestoreResult
}
