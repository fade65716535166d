// One import job's calls to the core: send a file, follow the job to its preview, cancel or forget
// it, commit or discard the preview. Plain async functions; the import flow holds the state.

import type { ImportJobStatus, ImportMappings, ImportSummary } from '../../../main/contract/types'
import { invoke } from '../api/client'

/**
 * A one-table workbook is read in about 0.1 s on a quiet machine, a few times that on a busy one:
 * polling every 150 ms left its preview waiting 75 ms on average (bench-ui --drop-only). For its
 * first half second a job is polled every 20 ms; a long read then settles to 150 ms, often enough
 * for a smooth progress bar. A poll is one small call the core answers from memory.
 */
const QUICK_POLL_MS = 20
const QUICK_FOR_MS = 500
const POLL_MS = 150

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Sends a chosen or dropped file to be read; resolves with its job. */
export async function startImport(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  return (await invoke('import:start', { fileName: file.name, bytes })).jobId
}

/**
 * Polls a job until it stops running, reporting its progress; null once `isCancelled` says the
 * reporter cancelled (checked after every answer and every pause).
 */
export async function followImport(
  jobId: string,
  isCancelled: () => boolean,
  onProgress: (status: ImportJobStatus) => void
): Promise<ImportJobStatus | null> {
  const began = performance.now()
  for (;;) {
    const status = await invoke('import:status', { jobId })
    if (isCancelled()) return null
    if (status.state !== 'running') return status
    onProgress(status)
    await sleep(performance.now() - began < QUICK_FOR_MS ? QUICK_POLL_MS : POLL_MS)
    if (isCancelled()) return null
  }
}

/** Asks a running job to stop; whatever it answers, nothing is written. */
export function cancelImport(jobId: string): Promise<unknown> {
  return invoke('import:cancel', { jobId }).catch(() => undefined)
}

/** Lets go of a preview nobody will import. */
export function discardPreview(previewId: string): Promise<unknown> {
  return invoke('import:discard', { previewId }).catch(() => undefined)
}

/** Stops the job and forgets it, whatever state it reached; nothing is written either way. */
export async function abandonImport(jobId: string): Promise<void> {
  await cancelImport(jobId)
  await discardPreview(jobId)
}

export function commitPreview(previewId: string, mappings: ImportMappings): Promise<ImportSummary> {
  return invoke('import:commit', { previewId, mappings })
}
