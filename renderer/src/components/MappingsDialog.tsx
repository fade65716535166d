// The remembered mappings: each row label or column header the reporter mapped in a preview and
// asked to remember, what it maps to, and Forget. Presentational; loading belongs to the state.

import type { RememberedMapping } from '../../../main/contract/types'
import type { RememberedMappings } from '../state/useRememberedMappings'
import { useModalDialog } from './useModalDialog'

interface MappingsDialogProps {
  remembered: RememberedMappings
  onClose: () => void
}

const GROUPS: { kind: RememberedMapping['kind']; title: string }[] = [
  { kind: 'area', title: 'Row labels → areas' },
  { kind: 'measure', title: 'Column headers → measures' }
]

export function MappingsDialog({ remembered, onClose }: MappingsDialogProps) {
  const dialog = useModalDialog(onClose)
  const { mappings, forget } = remembered

  return (
    <dialog {...dialog} className="desk-dialog mappings-dialog" aria-label="Remembered mappings">
      <h2 className="reason-title">Remembered mappings</h2>
      <p className="reason-hint">
        Choices you asked an import preview to remember, applied to the next file with the same label. Forget one and the next file asks
        again.
      </p>
      {mappings === null ? (
        <p className="side-empty">Loading…</p>
      ) : mappings.length === 0 ? (
        <p className="side-empty">
          Nothing remembered yet: map a row or a column in an import preview with “Remember these choices” ticked.
        </p>
      ) : (
        GROUPS.map(({ kind, title }) => {
          const group = mappings.filter((mapping) => mapping.kind === kind)
          if (group.length === 0) return null
          return (
            <section key={kind} className="mappings-group" aria-label={title}>
              <h3 className="detail-heading">{title}</h3>
              <ul className="mappings-list">
                {group.map((mapping) => (
                  <li key={`${mapping.kind}|${mapping.key}`} className="mapping-item">
                    <span className="mapping-label">“{mapping.label}”</span>
                    <span className="mapping-arrow" aria-hidden="true">
                      →
                    </span>
                    <span className="mapping-target">{mapping.targetLabel}</span>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => void forget(mapping)}
                      aria-label={`Forget “${mapping.label}” → ${mapping.targetLabel}`}
                    >
                      Forget
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )
        })
      )}
      <div className="reason-footer">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  )
}
