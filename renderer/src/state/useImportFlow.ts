// The import flow for chosen and dropped files: start a job, poll its progress, hold its preview
// until the reporter imports or cancels, one file after another. Renders nothing; never touches the grid.

import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import type { ImportJobStatus, ImportMappings, ImportPreview, ImportSummary } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'

const POLL_MS = 150

export interface RunningImport {
  fileName: string
  /** "2 of 3" when several files were dropped together, else null. */
  position: string | null
  phase: string
  progress: number
  cancelling: boolean
}

export interface OpenPreview {
  preview: ImportPreview
  position: string | null
  committing: boolean
  /** Why the last Import failed, shown inside the dialog (the window behind it is inert). */
  error: string | null
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

type Decision = 'committed' | 'discarded'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function useImportFlow(handlers: ImportFlowHandlers): ImportFlow {
  const [running, setRunning] = useState<RunningImport | null>(null)
  const [open, setOpenState] = useState<OpenPreview | null>(null)
  const openRef = useRef<OpenPreview | null>(null)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const cancelRequested = useRef(false)
  const jobId = useRef<string | null>(null)
  const decide = useRef<((decision: Decision) => void) | null>(null)
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })

  const setOpen = useCallback((next: OpenPreview | null) => {
    openRef.current = next
    setOpenState(next)
  }, [])

  /** Stops the job and forgets it, whatever state it reached; nothing is written either way. */
  const abandon = useCallback(async (id: string) => {
    await invoke('import:cancel', { jobId: id }).catch(() => undefined)
    await invoke('import:discard', { previewId: id }).catch(() => undefined)
  }, [])

  const poll = useCallback(async (id: string): Promise<ImportJobStatus | null> => {
    for (;;) {
      const status = await invoke('import:status', { jobId: id })
      if (cancelRequested.current) return null
      if (status.state !== 'running') return status
      setRunning((current) => current && { ...current, phase: status.phase, progress: status.progress })
      await sleep(POLL_MS)
      if (cancelRequested.current) return null
    }
  }, [])

  /** Runs one job from its start to the reporter's decision on its preview. */
  const runJob = useCallback(
    async (fileName: string, position: string | null, start: () => Promise<string>) => {
      cancelRequested.current = false
      jobId.current = null
      latest.current.starting()
      setRunning({ fileName, position, phase: 'Sending the file', progress: 0, cancelling: false })
      const context = `Could not import ${fileName}`
      try {
        const id = await start()
        jobId.current = id
        const status = cancelRequested.current ? null : await poll(id)
        if (status === null || status.state === 'cancelled') {
          await abandon(id)
          latest.current.say(`Cancelled the import of ${fileName}: nothing was stored`)
          return
        }
        if (status.state === 'failed' || !status.preview) {
          latest.current.fail(status.error?.message ?? 'The file could not be read', context)
          return
        }
        const preview = status.preview
        setRunning(null)
        const decision = await new Promise<Decision>((resolve) => {
          decide.current = resolve
          setOpen({ preview, position, committing: false, error: null })
        })
        if (decision === 'discarded') await invoke('import:discard', { previewId: preview.previewId }).catch(() => undefined)
      } catch (error) {
        latest.current.fail(oneLine(error), context)
      } finally {
        decide.current = null
        jobId.current = null
        setRunning(null)
        setOpen(null)
      }
    },
    [poll, abandon, setOpen]
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
          await runJob(file.name, position, async () => {
            const bytes = new Uint8Array(await file.arrayBuffer())
            return (await invoke('import:start', { fileName: file.name, bytes })).jobId
          })
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
    if (id) void invoke('import:cancel', { jobId: id }).catch(() => undefined)
  }, [])

  const commit = useCallback(
    async (mappings: ImportMappings) => {
      const current = decide.current
      const shown = openRef.current
      if (!current || !shown || shown.committing) return
      setOpen({ ...shown, committing: true, error: null })
      try {
        const summary = await invoke('import:commit', { previewId: shown.preview.previewId, mappings })
        await latest.current.imported(summary)
        current('committed')
      } catch (error) {
        setOpen({ ...shown, committing: false, error: oneLine(error) })
      }
    },
    [setOpen]
  )

  const discard = useCallback(() => {
    const shown = openRef.current
    if (!shown || shown.committing) return
    latest.current.say(`Closed the preview of ${shown.preview.fileName}: nothing was stored`)
    decide.current?.('discarded')
  }, [])

  const showDuplicate = useCallback(() => {
    const duplicate = openRef.current?.preview.duplicateOf
    if (duplicate) latest.current.showRelease(duplicate.releaseId)
    decide.current?.('discarded')
  }, [])

  return { running, open, importFiles, followJob, cancelRunning, commit, discard, showDuplicate }
}
