// What the pivot views show: measure or area (with defaults), derived figures, home area, focused cell
// and focus requests. Reads settings and presence; never edits figures.

import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AreaInfo, DerivedKind, MeasureInfo } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'
import { DERIVED_KINDS } from '../../../main/contract/derived-columns'

/** One figure of a pivot: where it sits in the grid and what it is in the store. */
export interface CellRef {
  rowKey: string
  /** Null when the focus is on the row's label rather than a figure. */
  period: string | null
  area: string
  areaName: string
  measure: string
  measureLabel: string
}

export interface FocusRequest {
  /** The row to focus, or null for the first row shown. */
  rowKey: string | null
  /** The period column to focus, or null for the row's label. */
  period: string | null
  /** The measure or area the pivot must be of (it may still be loading), or null for whichever is shown. */
  subject: string | null
  nonce: number
}

/** Which measures and areas have figures in the store (so the selects offer those first). */
export interface Presence {
  measures: ReadonlySet<string>
  areas: ReadonlySet<string>
}

const DERIVED_STORAGE_KEY = 'mappa-derived'
const DEFAULT_MEASURE = 'rso'

function storedDerived(): DerivedKind[] {
  try {
    const saved = localStorage.getItem(DERIVED_STORAGE_KEY)?.split(',') ?? []
    return DERIVED_KINDS.filter((kind) => saved.includes(kind))
  } catch {
    return []
  }
}

export interface ViewChoice {
  measure: string | null
  area: string | null
  selectMeasure: (measure: string) => void
  selectArea: (area: string) => void
  derived: DerivedKind[]
  toggleDerived: (kind: DerivedKind) => void
  homeArea: string | null
  setHomeArea: (area: string | null) => Promise<void>
  presence: Presence | null
  focused: CellRef | null
  setFocused: (cell: CellRef | null) => void
  focusRequest: FocusRequest | null
  requestFocus: (rowKey: string | null, period: string | null, subject?: string | null) => void
  /** The grid took the focus asked for: the request is spent. */
  focusApplied: (nonce: number) => void
}

export interface ViewInputs {
  catalogue: { areas: AreaInfo[]; measures: MeasureInfo[] }
  /** Goes up after every import: which measures and areas have figures is read again. */
  storeRevision: number
  /** The first grid is on screen (or could not be): presence is read after it, not in its way. */
  settled: boolean
  onError: (message: string, context: string) => void
}

export function useView({ catalogue, storeRevision, settled, onError }: ViewInputs): ViewChoice {
  const [chosenMeasure, selectMeasure] = useState<string | null>(null)
  const [chosenArea, selectArea] = useState<string | null>(null)
  const [derived, setDerived] = useState<DerivedKind[]>(storedDerived)
  const [homeArea, setHome] = useState<string | null>(null)
  const [presence, setPresence] = useState<Presence | null>(null)
  const [focused, setFocused] = useState<CellRef | null>(null)
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null)

  useEffect(() => {
    invoke('settings:get', { key: 'homeArea' })
      .then(({ value }) => setHome(value))
      .catch((error: unknown) => onError(oneLine(error), 'Could not read your area'))
  }, [onError])

  useEffect(() => {
    if (storeRevision === 0 || !settled) return
    let current = true
    // Once per import: which measures and areas have figures, so the selects offer those.
    Promise.all([invoke('measures:list', {}), invoke('areas:list', {})])
      .then(([measures, areas]) => {
        if (!current) return
        const withFigures = <T extends { figures: number }>(items: T[]) => items.filter((item) => item.figures > 0)
        setPresence({
          measures: new Set(withFigures(measures).map((measure) => measure.id)),
          areas: new Set(withFigures(areas).map((area) => area.slug))
        })
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [storeRevision, settled])

  const measure = useMemo(() => {
    if (chosenMeasure) return chosenMeasure
    // Registered sexual offenders, the measure every MoJ table carries, without waiting for the
    // catalogue; once presence is known, the first measure with figures if rso has none.
    if (!presence || presence.measures.has(DEFAULT_MEASURE)) return DEFAULT_MEASURE
    return catalogue.measures.find((candidate) => presence.measures.has(candidate.id))?.id ?? DEFAULT_MEASURE
  }, [chosenMeasure, presence, catalogue.measures])

  const area = useMemo(() => {
    if (chosenArea) return chosenArea
    if (homeArea) return homeArea
    const offered = catalogue.areas.filter((candidate) => candidate.kind === 'area' && (!presence || presence.areas.has(candidate.slug)))
    return offered[0]?.slug ?? catalogue.areas[0]?.slug ?? null
  }, [chosenArea, homeArea, presence, catalogue.areas])

  const toggleDerived = useCallback((kind: DerivedKind) => {
    setDerived((current) => {
      const next = DERIVED_KINDS.filter((candidate) => (candidate === kind ? !current.includes(kind) : current.includes(candidate)))
      try {
        localStorage.setItem(DERIVED_STORAGE_KEY, next.join(','))
      } catch {
        // Without storage the choice lasts this session only.
      }
      return next
    })
  }, [])

  const setHomeArea = useCallback(
    async (next: string | null) => {
      try {
        const { value } = await invoke('settings:set', { key: 'homeArea', value: next })
        setHome(value)
      } catch (error) {
        onError(oneLine(error), 'Could not save your area')
      }
    },
    [onError]
  )

  const requestFocus = useCallback(
    (rowKey: string | null, period: string | null, subject: string | null = null) =>
      setFocusRequest({ rowKey, period, subject, nonce: Date.now() + Math.random() }),
    []
  )
  const focusApplied = useCallback((nonce: number) => setFocusRequest((current) => (current?.nonce === nonce ? null : current)), [])

  return {
    measure,
    area,
    selectMeasure,
    selectArea,
    derived,
    toggleDerived,
    homeArea,
    setHomeArea,
    presence,
    focused,
    setFocused,
    focusRequest,
    requestFocus,
    focusApplied
  }
}
