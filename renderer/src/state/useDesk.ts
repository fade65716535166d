// The desk's state and actions: what is in the store, which view and table are shown, what is
// running and what the reporter was last told. Talks to the core only through the client; renders nothing.

import { useCallback, useRef, useState } from 'react'
import type { AppInfo, ImportSummary, StoredRelease } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'
import { plural } from '../grid/format'

export interface Notice {
  tone: 'info' | 'warning'
  title: string
  items: string[]
}

export interface Failure {
  /** What was being attempted, e.g. "Could not import report.pdf". */
  context: string | null
  message: string
}

export interface StatusMessage {
  tone: 'ok' | 'error'
  text: string
}

/** The three ways to look at the figures: the two pivots, and one table as imported. */
export type ViewKind = 'measure' | 'area' | 'table' | 'leads'

export interface Desk {
  info: AppInfo | null
  releases: StoredRelease[]
  /** Goes up each time the store is re-read, so open views know to reload. */
  revision: number
  selectedTableId: number | null
  /** Null until the store has been read (and while it is empty). */
  view: ViewKind | null
  showView: (view: ViewKind) => void
  busy: string | null
  failure: Failure | null
  notice: Notice | null
  status: StatusMessage | null
  refresh: () => Promise<void>
  selectTable: (tableId: number) => void
  /** Selects the first table of a release already in the store. */
  showRelease: (releaseId: number) => void
  /** Puts a line in the status bar. */
  say: (text: string) => void
  openSample: () => Promise<void>
  /** Shows what an import stored: a file just imported opens as imported, the sample by measure. */
  acceptSummary: (summary: ImportSummary, landOn?: ViewKind) => Promise<void>
  fail: (message: string, context?: string | null) => void
  dismissFailure: () => void
  dismissNotice: () => void
}

function firstTableOf(releases: StoredRelease[], releaseId?: number): number | null {
  const release = releaseId === undefined ? releases[0] : releases.find((candidate) => candidate.id === releaseId)
  return release?.tables[0]?.id ?? null
}

function noticeFor(summary: ImportSummary): Notice | null {
  if (summary.status === 'duplicate') {
    return {
      tone: 'info',
      title: `Already imported: ${summary.fileName} (${summary.editionLabel}) is in the store already, so nothing was added. Showing the stored copy.`,
      items: []
    }
  }
  const items = summary.warnings.map((warning) => warning.message)
  const mentioned = summary.warnings.some((warning) => warning.code === 'unmatched_rows')
  if (summary.unknownRowLabels.length > 0 && !mentioned) {
    items.push(`Rows not matched to a MAPPA area: ${summary.unknownRowLabels.join(', ')}`)
  }
  if (items.length === 0) return null
  return { tone: 'warning', title: `Imported ${summary.fileName} with ${plural(items.length, 'warning')}`, items }
}

function statusFor(summary: ImportSummary): string {
  if (summary.status === 'duplicate') return `Already imported ${summary.fileName}`
  return `Imported ${summary.fileName}: ${plural(summary.tables.length, 'table')}, ${plural(summary.observations, 'observation')}`
}

export function useDesk(): Desk {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [releases, setReleases] = useState<StoredRelease[]>([])
  const [revision, setRevision] = useState(0)
  const [selectedTableId, setSelectedTableId] = useState<number | null>(null)
  const [view, setView] = useState<ViewKind | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [status, setStatus] = useState<StatusMessage | null>(null)
  // Imports run one after another, however many drops or clicks asked for them.
  const queue = useRef<Promise<void>>(Promise.resolve())

  const fail = useCallback((message: string, context: string | null = null) => {
    setFailure({ context, message })
    setStatus({ tone: 'error', text: context ? `${context}: ${message}` : message })
  }, [])

  const load = useCallback(async (): Promise<StoredRelease[]> => {
    const nextInfo = await invoke('app:info', {})
    setInfo(nextInfo)
    // A damaged database answers nothing else: the window shows the recovery screen instead.
    if (nextInfo.recovery) return []
    const nextReleases = await invoke('releases:list', {})
    setReleases(nextReleases)
    setRevision((value) => value + 1)
    return nextReleases
  }, [])

  const refresh = useCallback(async () => {
    try {
      const loaded = await load()
      setSelectedTableId((current) => {
        const stillThere = loaded.some((release) => release.tables.some((table) => table.id === current))
        return stillThere ? current : firstTableOf(loaded)
      })
      // Opening on figures already imported: the reporter works them by measure.
      setView((current) => (loaded.length === 0 ? null : (current ?? 'measure')))
    } catch (error) {
      fail(oneLine(error), 'Could not read the store')
    }
  }, [load, fail])

  const acceptSummary = useCallback(
    async (summary: ImportSummary, landOn: ViewKind = 'table') => {
      const loaded = await load()
      setSelectedTableId(summary.tables[0]?.id ?? firstTableOf(loaded, summary.releaseId))
      // A file just imported is shown as imported, to be checked before it is worked; the sample,
      // which needs no checking, opens where figures are worked.
      setView(landOn)
      setNotice(noticeFor(summary))
      setStatus({ tone: 'ok', text: statusFor(summary) })
    },
    [load]
  )

  const enqueue = useCallback((job: () => Promise<void>): Promise<void> => {
    const next = queue.current.then(job)
    queue.current = next.catch(() => undefined)
    return next
  }, [])

  const run = useCallback(
    async (label: string, failContext: string, task: () => Promise<ImportSummary>, landOn?: ViewKind) => {
      setBusy(label)
      try {
        await acceptSummary(await task(), landOn)
      } catch (error) {
        fail(oneLine(error), failContext)
      } finally {
        setBusy(null)
      }
    },
    [acceptSummary, fail]
  )

  const showRelease = useCallback(
    (releaseId: number) => {
      setSelectedTableId((current) => firstTableOf(releases, releaseId) ?? current)
      setView('table')
      const release = releases.find((candidate) => candidate.id === releaseId)
      if (release) setStatus({ tone: 'ok', text: `Showing ${release.fileName}, imported already` })
    },
    [releases]
  )

  const say = useCallback((text: string) => setStatus({ tone: 'ok', text }), [])

  const openSample = useCallback(() => {
    setFailure(null)
    return enqueue(() => run('Opening sample data…', 'Could not open the sample data', () => invoke('sample:open', {}), 'measure'))
  }, [enqueue, run])

  return {
    info,
    releases,
    revision,
    selectedTableId,
    view,
    showView: setView,
    busy,
    failure,
    notice,
    status,
    refresh,
    selectTable: useCallback((tableId: number) => {
      setSelectedTableId(tableId)
      setView('table')
    }, []),
    showRelease,
    say,
    openSample,
    acceptSummary,
    fail,
    dismissFailure: useCallback(() => setFailure(null), []),
    dismissNotice: useCallback(() => setNotice(null), [])
  }
}

export function storeCounts(info: AppInfo | null): string | null {
  if (!info) return null
  return `${plural(info.releases, 'release')} · ${plural(info.observations, 'observation')}`
}
