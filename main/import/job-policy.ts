// What the import jobs allow and where their work runs: how many reads at once, how long what they
// leave behind is kept, which files a one-step import reads on this thread and which files the
// worker writes itself. Loads nothing but the zip directory's reader: the worker reads this too.

import type { WorkNames } from '../jobs/worker-task'
import type { Analysis } from './analyse'
import { isZip, zipParts } from './zip'

/** How many jobs may run, and how long what they leave behind is kept. */
export interface JobPolicy {
  /** Imports read at once; another start is refused as busy. */
  maxRunning: number
  /** How long a finished preview waits to be committed or discarded before it is let go. */
  previewTtlMs: number
  /** How long a failed or cancelled job's status stays readable (its bytes go at once). */
  endedTtlMs: number
  now: () => number
}

/**
 * Two reads at once: the window imports one file at a time (several dropped files queue), so a
 * second is the CLI or another tab; each read may take 1 GB (DEFAULT_LIMITS) besides the file's
 * 100 MB, and this project's laptops have two cores. An hour for a preview: a reporter reviews one
 * in minutes, and starting again after a longer break costs about a second (npm run bench: a
 * MoJ-size workbook imports in 250 ms). Ten minutes for a failure: the window polls every
 * 150 ms and reads it at once; ten minutes also covers a laptop that slept mid-import.
 */
export const DEFAULT_POLICY: JobPolicy = { maxRunning: 2, previewTtlMs: 60 * 60_000, endedTtlMs: 10 * 60_000, now: Date.now }

/** Previews hold the file's bytes; a few are plenty for one reporter, and memory stays bounded. */
export const MAX_KEPT_PREVIEWS = 4
/** Failed and cancelled jobs keep only their status line, and only so many of those. */
export const MAX_KEPT_ENDED = 16
/**
 * How long after the desk opens, or a job stops running, the next job's worker is started ahead
 * (jobs.ts, keepsSpare): late enough not to compete with the window's first paint or the preview
 * it is drawing, and a reporter rarely drops the next file sooner. A spare holds about the memory
 * of a loaded SheetJS and nothing of any file.
 */
export const SPARE_AFTER_MS = 1000
/** How often what was left behind is looked for even when nobody calls (a minute: idle memory). */
export const SWEEP_MS = 60_000

/** Why a read was stopped, in the words every worker uses (jobs/worker-task.ts). */
export const READING_NAMES: WorkNames = { doing: 'Reading the file', whose: 'an import', largest: 'any MAPPA table' }
/** Why a worker's write was stopped. */
export const WRITING_NAMES: WorkNames = { doing: 'Writing the file', whose: 'an import', largest: 'any MAPPA table' }

/**
 * From how many figures the worker writes a file itself. Fewer are sent back whole and written on
 * the connection the main thread has open, which takes less time than the worker loading SQLite
 * and opening its own: 10,000 figures write in about 60 ms (npm run bench), a pause nobody sees,
 * while a 100,000-row sheet would hold the window for seconds.
 */
export const WORKER_WRITES_FROM = 10_000
/** Or from how many bytes of file, which the release keeps: a file of few figures can still be large. */
export const WORKER_WRITES_FROM_BYTES = 8 * 1024 * 1024

const figuresIn = (analysis: Analysis) => analysis.parsed.tables.reduce((sum, table) => sum + table.observations.length, 0)

/** Whether the worker that read a file keeps it and writes it on commit (WORKER_WRITES_FROM, _BYTES), else sends it back. */
export const isWrittenInWorker = (bytes: Uint8Array, analysis: Analysis) =>
  bytes.length >= WORKER_WRITES_FROM_BYTES || figuresIn(analysis) >= WORKER_WRITES_FROM

/**
 * A one-step import (the command line's: nobody watches its progress, no window waits on this
 * thread) reads a file this small on this thread, which saves starting the worker, the largest part
 * of what a one-table import costs beyond SheetJS's own parse (docs/benchmarks.md). Only an .xlsx or
 * .ods whose parts declare little to unpack (limits.ts holds each part to its declaration): a legacy
 * .xls, which can send SheetJS into an endless loop, a CSV, and anything larger keep the worker's
 * time and memory limits. A MoJ area table is 16 KB, unpacking to 30 KB; a 36-table workbook 300 KB, to 620 KB.
 */
export const READS_HERE_UP_TO_BYTES = 1024 * 1024
/**
 * About the XML of the 10,000 figures from which the worker writes a file itself (WORKER_WRITES_FROM),
 * at the 200 bytes a cell Excel's files take (limits.ts): a file that big stays in the worker, commit and all.
 */
export const READS_HERE_UNPACKED_UP_TO_BYTES = 2 * 1024 * 1024

/** Whether a one-step import reads these bytes on this thread (READS_HERE_UP_TO_BYTES, _UNPACKED_). */
export function isReadHere(bytes: Uint8Array): boolean {
  if (bytes.length > READS_HERE_UP_TO_BYTES || !isZip(bytes)) return false
  try {
    return zipParts(bytes).reduce((sum, part) => sum + part.declaredSize, 0) <= READS_HERE_UNPACKED_UP_TO_BYTES
  } catch {
    // A damaged directory is refused in the worker, in its one line.
    return false
  }
}
