// What an import leaves at the end of the view bar: the new edition's leads are ready, and the
// figures it restates. Presentational; each notice stays until shown or dismissed.

import type { Revisions } from '../state/useRevisions'
import { LeadsNotice } from './leads/LeadsNotice'
import { RevisionsNotice } from './RevisionsPanel'

/** After an import: the edition whose leads are ready to read. */
export interface LeadsReady {
  label: string
  period: string | null
}

interface ImportNoticesProps {
  /** Null once shown or dismissed, and while the Leads view is shown. */
  leadsReady: LeadsReady | null
  onShowLeads: (ready: LeadsReady) => void
  onDismissLeads: () => void
  revisions: Revisions
  isRevisionsOpen: boolean
  onShowRevisions: () => void
}

export function ImportNotices({
  leadsReady,
  onShowLeads,
  onDismissLeads,
  revisions,
  isRevisionsOpen,
  onShowRevisions
}: ImportNoticesProps) {
  return (
    <>
      {leadsReady && <LeadsNotice edition={leadsReady.label} onShow={() => onShowLeads(leadsReady)} onDismiss={onDismissLeads} />}
      {revisions.latest && (
        <RevisionsNotice
          latest={revisions.latest}
          isListOpen={isRevisionsOpen && revisions.view === revisions.latest}
          onShow={onShowRevisions}
          onDismiss={revisions.dismissLatest}
        />
      )}
    </>
  )
}
