// The Localise dialog's state: the saved charts to choose from, a run's progress polled until it
// stops, Cancel, and the run's index page. Talks to the core only through the client.

import { useCallback, useEffect, useRef, useState } from 'react'
import type { SavedChart } from '../../../main/contract/charts'
import type { LocaliseJobStatus } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'

/** Often enough for a bar that moves with each pack (about half a second each), rarely enough to cost nothing. */
const POLL_MS = 300

export function useLocalise(onError: (message: string, context: string) => void) {
  const [charts, setCharts] = useState<SavedChart[]>([])
  const [status, setStatus] = useState<LocaliseJobStatus | null>(null)
  const [index, setIndex] = useState<{ html: string; path: string } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    invoke('charts:list', {})
      .then(setCharts)
      .catch((error: unknown) => onError(oneLine(error), 'Could not list the saved charts'))
    return () => {
      if (timer.current) clearTimeout(timer.current)
    }
  }, [onError])

  const follow = useCallback(
    (jobId: string) => {
      const poll = async () => {
        try {
          const next = await invoke('localise:status', { jobId })
          setStatus(next)
          if (next.state === 'running') timer.current = setTimeout(() => void poll(), POLL_MS)
        } catch (error) {
          onError(oneLine(error), 'Lost track of the localise run')
        }
      }
      void poll()
    },
    [onError]
  )

  const start = useCallback(
    async (request: { chartId?: number; areas?: string[] }) => {
      try {
        setIndex(null)
        const started = await invoke('localise:start', request)
        follow(started.jobId)
      } catch (error) {
        onError(oneLine(error), 'Could not start the packs')
      }
    },
    [follow, onError]
  )

  const cancel = useCallback(async () => {
    if (!status) return
    try {
      await invoke('localise:cancel', { jobId: status.jobId })
    } catch (error) {
      onError(oneLine(error), 'Could not cancel the run')
    }
  }, [status, onError])

  const openIndex = useCallback(async () => {
    if (!status) return
    try {
      setIndex(await invoke('localise:index', { jobId: status.jobId }))
    } catch (error) {
      onError(oneLine(error), 'Could not open the index page')
    }
  }, [status, onError])

  return { charts, status, start, cancel, index, openIndex, closeIndex: () => setIndex(null) }
}
