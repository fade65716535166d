// The Story panel's state: which area and edition, the periods that area has, the drafted sentences
// in the house style, and a draft being checked. Talks to the core only through the client.

import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AreaInfo, CopyCheckView, StoryStyle, StorySentenceView } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'

export interface StoryTarget {
  area: string
  period: string
}

/** The reporter's own area if set, else Essex, else the first area with figures. */
function defaultArea(areas: AreaInfo[], home: string | null): string {
  const withFigures = areas.filter((area) => area.figures > 0)
  return (withFigures.find((area) => area.slug === home) ?? withFigures.find((area) => area.slug === 'essex') ?? withFigures[0])?.slug ?? ''
}

/** Reads the areas itself, with their figure counts as they are now (the panel opens after imports). */
export function useStoryTarget(onError: (message: string, context: string) => void) {
  const [allAreas, setAllAreas] = useState<AreaInfo[]>([])
  const areas = useMemo(() => allAreas.filter((candidate) => candidate.figures > 0 && candidate.kind !== 'other'), [allAreas])
  const [area, setArea] = useState('')
  useEffect(() => {
    invoke('areas:list', {})
      .then(setAllAreas)
      .catch((error: unknown) => onError(oneLine(error), 'Could not read the areas'))
  }, [onError])
  const [periods, setPeriods] = useState<string[]>([])
  const [period, setPeriod] = useState('')

  useEffect(() => {
    if (area || areas.length === 0) return
    void invoke('settings:get', { key: 'homeArea' })
      .then(({ value }) => setArea(defaultArea(areas, value)))
      .catch(() => setArea(defaultArea(areas, null)))
  }, [area, areas])

  useEffect(() => {
    if (!area) return
    let isCurrent = true
    invoke('figures:list', { area, measure: 'rso' })
      .then((figures) => {
        if (!isCurrent) return
        const found = [...new Set(figures.map((figure) => figure.period))].sort()
        setPeriods(found)
        setPeriod((current) => (found.includes(current) ? current : (found[found.length - 1] ?? '')))
      })
      .catch((error: unknown) => onError(oneLine(error), 'Could not read the periods for this area'))
    return () => {
      isCurrent = false
    }
  }, [area, onError])

  const target = useMemo(() => (area && period ? { area, period } : null), [area, period])
  return { areas, allAreas, area, setArea, periods, period, setPeriod, target }
}

export function useSentences(target: StoryTarget | null, onError: (message: string, context: string) => void) {
  const [sentences, setSentences] = useState<StorySentenceView[] | null>(null)
  const [style, setStyle] = useState<StoryStyle | null>(null)

  const load = useCallback(async () => {
    if (!target) return
    try {
      const result = await invoke('story:sentences', target)
      setSentences(result.sentences)
      setStyle(result.style)
    } catch (error) {
      onError(oneLine(error), 'Could not write the sentences')
    }
  }, [target, onError])

  useEffect(() => {
    void load()
  }, [load])

  const changeStyle = useCallback(
    async (change: Partial<StoryStyle>) => {
      try {
        setStyle(await invoke('story:set-style', { style: change }))
        await load()
      } catch (error) {
        onError(oneLine(error), 'Could not change the house style')
      }
    },
    [load, onError]
  )

  return { sentences, style, changeStyle }
}

/** The area and edition a check reads against: empty means "as the copy says" (inferred). */
export interface CheckHints {
  area: string
  period: string
}

export function useCopyCheck(onError: (message: string, context: string) => void) {
  const [text, setText] = useState('')
  const [results, setResults] = useState<{ text: string; check: CopyCheckView } | null>(null)
  const [hints, setHints] = useState<CheckHints>({ area: '', period: '' })
  const [busy, setBusy] = useState(false)

  const check = useCallback(
    async (copy: string, given: CheckHints = hints) => {
      if (copy.trim() === '') return
      setBusy(true)
      try {
        const check = await invoke('story:check', {
          text: copy,
          ...(given.area ? { area: given.area } : {}),
          ...(given.period ? { period: given.period } : {})
        })
        setResults({ text: copy, check })
      } catch (error) {
        onError(oneLine(error), 'Could not check the copy')
      } finally {
        setBusy(false)
      }
    },
    [hints, onError]
  )

  /** Reads the copy again against another area or edition (empty: as the copy says). */
  const changeHints = useCallback(
    (change: Partial<CheckHints>) => {
      const next = { ...hints, ...change }
      setHints(next)
      if (results) void check(results.text, next)
    },
    [hints, results, check]
  )

  const openFile = useCallback(
    async (file: File) => {
      try {
        const { text: read } = await invoke('story:read-copy', { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
        setText(read)
        await check(read)
      } catch (error) {
        onError(oneLine(error), `Could not open ${file.name}`)
      }
    },
    [check, onError]
  )

  return { text, setText, results, hints, changeHints, busy, check, openFile }
}
