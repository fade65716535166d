// The import flow for chosen and dropped files: start a job, follow its progress, hold its preview
// until the reporter imports or cancels, one file after another. Renders nothing; never touches the grid.

import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import type { ImportMappings, ImportSummary } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { abandonImport, cancelImport, discardPreview, followImport, startImport } from './importJob'
import { usePreviewDecision, type OpenPreview } from './usePreviewDecision'

export interface RunningImport {
  fileName: string
  /** "2 of 3" when several files were dropped together, else null. */
  position: string | null
  phase: string
  progress: number
  cancelling: boolean
}

export interface ImportFlowHandlers {
  /** A file is about to be read: the last failure no longer applies. */
  starting: () => void
  imported: (summary: ImportSummary) => Promise<void>
  showRelease: (releaseId: number) => void
  fail: (message: string, context: string) => void
  say: (text: string) => void
}

export interface ImportFlow {
  running: RunningImport | null
  open: OpenPreview | null
  importFiles: (files: readonly File[]) => Promise<void>
  /** Follows a job the native File ▸ Import dialog started, to its preview. */
  followJob: (jobId: string, fileName: string) => Promise<void>
  cancelRunning: () => void
  commit: (mappings: ImportMappings) => Promise<void>
  discard: () => void
  showDuplicate: () => void
}

/** Runs `then` after the next frame has been painted. */
function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0))
}

export function useImportFlow(handlers: ImportFlowHandlers): ImportFlow {
  const [running, setRunning] = useState<RunningImport | null>(null)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const cancelRequested = useRef(false)
  const jobId = useRef<string | null>(null)
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  const { open, decide, commit, discard, showDuplicate } = usePreviewDecision(handlers)

  /** Runs one job from its start to the reporter's decision on its preview. */
  const runJob = useCallback(
    async (fileName: string, position: string | null, start: () => Promise<string>) => {
      cancelRequested.current = false
      jobId.current = null
      latest.current.starting()
      setRunning({ fileName, position, phase: 'Sending the file', progress: 0, cancelling: false })
      const context = `Could not import ${fileName}`
      const isCancelled = () => cancelRequested.current
      try {
        const id = await start()
        jobId.current = id
        const status = isCancelled()
          ? null
          : await followImport(id, isCancelled, ({ phase, progress }) =>
              // The same state when nothing moved, so a quick poll does not redraw the window.
              setRunning((current) =>
                current && (current.phase !== phase || current.progress !== progress) ? { ...current, phase, progress } : current
              )
            )
        if (status === null || status.state === 'cancelled') {
          await abandonImport(id)
          latest.current.say(`Cancelled the import of ${fileName}: nothing was stored`)
          return
        }
        if (status.state === 'failed' || !status.preview) {
          latest.current.fail(status.error?.message ?? 'The file could not be read', context)
          return
        }
        const preview = status.preview
        const decision = decide(preview, position)
        // The strip goes once the dialog is on screen: taking it away resizes the grid, and laying the
        // grid out again in the frame that opens the dialog doubled that frame's work (bench-ui --drop-only).
        afterPaint(() => setRunning((current) => (current?.fileName === fileName && current.position === position ? null : current)))
        if ((await decision) === 'discarded') await discardPreview(preview.previewId)
      } catch (error) {
        latest.current.fail(oneLine(error), context)
      } finally {
        jobId.current = null
        setRunning(null)
      }
    },
    [decide]
  )

  const enqueue = useCallback((job: () => Promise<void>) => {
    const next = queue.current.then(job)
    queue.current = next.catch(() => undefined)
    return next
  }, [])

  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return Promise.resolve()
      return enqueue(async () => {
        for (const [index, file] of files.entries()) {
          const position = files.length > 1 ? `${index + 1} of ${files.length}` : null
          await runJob(file.name, position, () => startImport(file))
        }
      })
    },
    [enqueue, runJob]
  )

  const followJob = useCallback(
    (id: string, fileName: string) => enqueue(() => runJob(fileName, null, () => Promise.resolve(id))),
    [enqueue, runJob]
  )

  const cancelRunning = useCallback(() => {
    cancelRequested.current = true
    setRunning((current) => current && { ...current, cancelling: true, phase: 'Cancelling' })
    const id = jobId.current
    if (id) void cancelImport(id)
  }, [])

  return { running, open, importFiles, followJob, cancelRunning, commit, discard, showDuplicate }
}
