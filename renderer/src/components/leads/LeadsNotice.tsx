// The notice at the end of the view bar after an import: the new edition's leads are ready, one
// click away. Presentational.

interface LeadsNoticeProps {
  edition: string
  onShow: () => void
  onDismiss: () => void
}

export function LeadsNotice({ edition, onShow, onDismiss }: LeadsNoticeProps) {
  return (
    <div className="leads-notice" role="status" aria-label="Leads notice">
      <span className="leads-notice-text" title={`What is new in ${edition} across the 42 areas, most newsworthy first`}>
        Leads in {edition} are ready
      </span>
      <button type="button" className="link-button" onClick={onShow}>
        Show leads
      </button>
      <button type="button" className="banner-close" onClick={onDismiss} aria-label="Dismiss the leads notice">
        ×
      </button>
    </div>
  )
}
