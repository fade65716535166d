// Reading and writing an import on this thread, for jobs without a worker and for what a worker
// sends back: the reader (SheetJS) and the writer load on first use, never for a job read in a worker.

import type { Analysis } from './analyse'
import type { WorkerInput } from './worker-protocol'

type CommitAnalysis = (typeof import('./commit'))['commitAnalysis']

let writer: Promise<CommitAnalysis> | undefined
let loadedWriter: CommitAnalysis | undefined
/** Loads the writer; started while a file is read, so the commit writes at once. */
export const loadWriter = () =>
  (writer ??= import('./commit')
    .then((commit) => (loadedWriter = commit.commitAnalysis))
    .catch((error: unknown) => {
      writer = undefined
      throw error
    }))

/** Writes with the writer: at once where it has loaded, else once it has. */
export const withWriter = <T>(write: (commitAnalysis: CommitAnalysis) => T): T | Promise<T> =>
  loadedWriter ? write(loadedWriter) : loadWriter().then(write)

let reader: Promise<typeof import('./analyse')> | undefined

/**
 * Reads a file on this thread once the reader (and the writer) have loaded, a turn of the event
 * loop later; undefined where `isWanted` says it is no longer wanted (cancelled) by then.
 */
export async function readHere(
  input: WorkerInput,
  onProgress: (phase: string, progress: number) => void,
  isWanted: () => boolean
): Promise<Analysis | undefined> {
  const { analyseFile } = await (reader ??= Promise.all([import('./analyse'), loadWriter()]).then(([analyse]) => analyse))
  await new Promise((resolve) => setImmediate(resolve))
  return isWanted() ? analyseFile(input, input.catalogue, onProgress) : undefined
}
