// The messages above the work area: an error banner (role="alert"), a dismissible notice for
// duplicates and import warnings, and the read-only banner. Presentational; never decides what to say.

import type { Failure, Notice } from '../state/useDesk'

export function ErrorBanner({ failure, onDismiss }: { failure: Failure; onDismiss: () => void }) {
  return (
    <div className="banner banner--error" role="alert">
      <span className="banner-icon" aria-hidden="true">
        !
      </span>
      <div className="banner-body">
        {failure.context && <strong className="banner-title">{failure.context}</strong>}{' '}
        <span className="banner-message">{failure.message}</span>
      </div>
      <button type="button" className="banner-close" onClick={onDismiss} aria-label="Dismiss error">
        ×
      </button>
    </div>
  )
}

export function NoticeBanner({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <div className={`banner banner--${notice.tone}`} role="status">
      <span className="banner-icon" aria-hidden="true">
        {notice.tone === 'warning' ? '⚠' : 'i'}
      </span>
      <div className="banner-body">
        <strong className="banner-title">{notice.title}</strong>
        {notice.items.length > 0 && (
          <ul className="banner-list">
            {notice.items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="banner-close" onClick={onDismiss} aria-label="Dismiss notice">
        ×
      </button>
    </div>
  )
}

/** Stays while the window is read-only because another window writes to the database. */
export function ReadOnlyBanner({ notice }: { notice: string }) {
  return (
    <div className="banner banner--warning banner--read-only" role="status" aria-label="Read-only">
      <span className="banner-icon" aria-hidden="true">
        ⚠
      </span>
      <div className="banner-body">
        <strong className="banner-title">{notice}</strong>
      </div>
    </div>
  )
}
