// "Check my copy" off the window's thread: reading a draft file and checking its figures each run
// in a draft worker (draft-worker.ts) within the import's time and memory limits, so a .docx bomb or
// a huge draft fails its own task in one line and the window and the command line carry on.

import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CopyCheckView } from '../contract/types'
import type { checkStory } from '../domain/story/check'
import { refuseOverlongDraft } from '../domain/story/limits'
import { AppError } from '../contract/errors'
import { DEFAULT_LIMITS, findWorkerScript, type WorkerLimits, type WorkerScript } from './worker-thread'
import type { DraftResult, DraftTask } from './draft-worker'
import { createWorkerRunner, type WorkNames } from './worker-task'

/** Drafts read or checked at once: the window does one at a time; a second is another tab or the command line. */
const MAX_RUNNING = 2

export interface Drafts {
  /** A .txt, .md or .docx draft's words. */
  read(fileName: string, bytes: Uint8Array): Promise<string>
  /** Every number in the draft checked against the figures given. */
  check(...args: Parameters<typeof checkStory>): Promise<CopyCheckView>
  /** Lets the worker kept for the next draft go. */
  close(): void
}

export function findDraftWorker(): WorkerScript | undefined {
  return findWorkerScript(dirname(fileURLToPath(import.meta.url)), { built: 'draft-worker.cjs', source: 'draft-worker.ts' })
}

const NAMES = {
  read: { doing: 'Reading the draft', whose: 'a draft', largest: 'any story' },
  check: { doing: 'Checking the draft', whose: 'a check', largest: 'any story' }
} satisfies Record<DraftTask['task'], WorkNames>

/**
 * Drafts read and checked in the worker given (by default the one findDraftWorker() finds) or,
 * with 'in-thread' or where there is none, in this thread, within the same caps.
 */
export function createDrafts(
  worker: WorkerScript | 'in-thread' | undefined = findDraftWorker(),
  limits: WorkerLimits = DEFAULT_LIMITS
): Drafts {
  let running = 0
  const runner = worker === undefined || worker === 'in-thread' ? undefined : createWorkerRunner<DraftTask, unknown>(worker, limits)
  const run = async <Name extends DraftTask['task']>(request: DraftTask & { task: Name }): Promise<DraftResult<Name>> => {
    if (running >= MAX_RUNNING)
      throw new AppError('busy', `${running} drafts are being read or checked already: wait for one to finish, then try again`)
    running++
    try {
      if (!runner) return (await (await import('./draft-worker')).runDraftTask(request)) as DraftResult<Name>
      return (await runner.run(request, NAMES[request.task])) as DraftResult<Name>
    } finally {
      running--
    }
  }
  return {
    read: (fileName, bytes) => run({ task: 'read', args: [fileName, bytes] }),
    check: async (...args) => {
      // Refused here too, so an over-long draft costs no worker.
      refuseOverlongDraft(args[0])
      return run({ task: 'check', args })
    },
    close: () => runner?.close()
  }
}

let shared: Drafts | undefined
/** The drafts the window and the command line share in one process. */
export const drafts = (): Drafts => (shared ??= createDrafts())
