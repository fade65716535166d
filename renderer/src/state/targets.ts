// What a note can be attached to from where the reporter is: the focused figure, its row, its period
// column, the measure or area of the view, or a release. Pure functions over contract types.

import type { AnnotationTarget, Pivot, StoredRelease } from '../../../main/contract/types'
import type { ArgsOf } from '../../../main/ipc/channels'
import type { CellRef } from './useView'

/** Asks the note form to attach to this target and take the keyboard (a new nonce asks again). */
export interface NotePreset {
  key: string
  nonce: number
}

/** What a new note can be attached to: a stored note's release may be gone (null), a new one's may not. */
export type NewNoteTarget = ArgsOf<'annotations:create'>['target']

export interface TargetOption {
  key: string
  label: string
  target: NewNoteTarget
}

export function targetKey(target: AnnotationTarget): string {
  switch (target.kind) {
    case 'cell':
      return `cell:${target.area}|${target.measure}|${target.period}`
    case 'area':
      return `area:${target.area}`
    case 'period':
      return `period:${target.period}|${target.measure ?? ''}`
    case 'measure':
      return `measure:${target.measure}`
    case 'release':
      return `release:${target.releaseId}`
  }
}

const option = (label: string, target: NewNoteTarget): TargetOption => ({ key: targetKey(target), label, target })

/** Most specific first: the figure, its row, its period, the view's subject; then every release. */
export function targetOptions(
  focused: CellRef | null,
  pivot: Pick<Pivot, 'by' | 'subject'> | null,
  releases: readonly StoredRelease[]
): TargetOption[] {
  const options: TargetOption[] = []
  if (focused?.period) {
    options.push(
      option(`This figure: ${focused.areaName} · ${focused.period}`, {
        kind: 'cell',
        area: focused.area,
        measure: focused.measure,
        period: focused.period
      })
    )
  }
  if (focused && pivot?.by === 'measure') options.push(option(`This area: ${focused.areaName}`, { kind: 'area', area: focused.area }))
  if (focused && pivot?.by === 'area')
    options.push(option(`This measure: ${focused.measureLabel}`, { kind: 'measure', measure: focused.measure }))
  if (focused?.period) options.push(option(`This period: ${focused.period} (every measure)`, { kind: 'period', period: focused.period }))
  if (pivot?.by === 'measure' && !options.some((candidate) => candidate.target.kind === 'measure')) {
    options.push(option(`This measure: ${pivot.subject.label}`, { kind: 'measure', measure: pivot.subject.id }))
  }
  if (pivot?.by === 'area' && !options.some((candidate) => candidate.target.kind === 'area')) {
    options.push(option(`This area: ${pivot.subject.label}`, { kind: 'area', area: pivot.subject.id }))
  }
  for (const release of releases) options.push(option(`Release: ${release.editionLabel}`, { kind: 'release', releaseId: release.id }))
  return options
}

/** Notes on the focused figure itself. */
export function isOnCell(target: AnnotationTarget, cell: CellRef): boolean {
  return target.kind === 'cell' && target.area === cell.area && target.measure === cell.measure && target.period === cell.period
}

export const KIND_LABELS: Record<AnnotationTarget['kind'], string> = {
  cell: 'Figure',
  area: 'Area',
  period: 'Period',
  measure: 'Measure',
  release: 'Release'
}
