// The Leads view's state: which edition, the reporter's patch (an area or a region) and measure,
// the leads the core found and the restatements to check, confirmed or undone. Talks to the core
// only through the client.

import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Lead, LeadsResult, RestatementCheck } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { restatementRefOf } from '../../../main/contract/restatements'
import { invoke } from '../api/client'

/** "all", a region's slug or an area's slug: the reporter's patch. */
export type Patch = string

export const ALL = 'all'

/** The measures a reporter filters leads by, in the order the menu lists them. */
export const LEAD_MEASURE_CHOICES: readonly { value: string; label: string }[] = [
  { value: ALL, label: 'All measures' },
  { value: 'rso', label: 'Registered sex offenders' },
  { value: 'rso_rate', label: 'Rate per 100,000' },
  { value: 'violent', label: 'Violent offenders' },
  { value: 'other_dangerous', label: 'Other dangerous offenders' }
]

export interface Leads {
  result: LeadsResult | null
  isLoading: boolean
  period: string | null
  setPeriod: (period: string) => void
  patch: Patch
  setPatch: (patch: Patch) => void
  measure: string
  setMeasure: (measure: string) => void
  /** The leads for the patch and measure chosen, ranked. */
  shown: Lead[]
  reload: () => void
  confirm: (check: RestatementCheck, isConfirmed: boolean) => Promise<void>
}

/** Finds the leads only while the view is shown (`isShown`), afresh each time it is opened or the store changes. */
export function useLeads(
  isShown: boolean,
  storeRevision: number,
  onError: (message: string, context: string) => void,
  say: (message: string) => void
): Leads {
  const [result, setResult] = useState<LeadsResult | null>(null)
  const [isLoading, setLoading] = useState(false)
  const [period, setPeriod] = useState<string | null>(null)
  const [patch, setPatch] = useState<Patch>(ALL)
  const [measure, setMeasure] = useState(ALL)
  const [nonce, setNonce] = useState(0)

  useEffect(() => {
    if (!isShown) return
    let isCurrent = true
    setLoading(true)
    invoke('leads:list', { ...(period ? { period } : {}), ...(patch !== ALL ? { areas: [patch] } : {}) })
      .then((found) => {
        if (isCurrent) setResult(found)
      })
      .catch((error: unknown) => {
        if (!isCurrent) return
        // An edition removed since it was chosen: start again from the newest.
        if (period) setPeriod(null)
        onError(oneLine(error), 'Could not find the leads')
      })
      .finally(() => {
        if (isCurrent) setLoading(false)
      })
    return () => {
      isCurrent = false
    }
  }, [isShown, period, patch, storeRevision, nonce, onError])

  const shown = useMemo(() => (result?.leads ?? []).filter((lead) => measure === ALL || lead.measure === measure), [result, measure])
  const reload = useCallback(() => setNonce((value) => value + 1), [])

  const confirm = useCallback(
    async (check: RestatementCheck, isConfirmed: boolean) => {
      try {
        await invoke(isConfirmed ? 'leads:confirm' : 'leads:unconfirm', restatementRefOf(check))
        say(
          isConfirmed
            ? `${check.areaName} ${check.period}: restatement confirmed`
            : `${check.areaName} ${check.period}: confirmation undone, to be checked again`
        )
        reload()
      } catch (error) {
        onError(oneLine(error), isConfirmed ? 'Could not confirm the restatement' : 'Could not undo the confirmation')
      }
    },
    [onError, reload, say]
  )

  return {
    result,
    isLoading,
    period: period ?? result?.period ?? null,
    setPeriod,
    patch,
    setPatch,
    measure,
    setMeasure,
    shown,
    reload,
    confirm
  }
}
