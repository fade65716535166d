// The check against the sources in the Backups dialog: a progress bar while every release's file is
// read again, then its one-line verdict and the first mismatches of each release. Presentational.

import type { SourceCheck, VerifyJobStatus } from '../../../../main/contract/types'
import { isVerifyRunning } from '../../state/useBackups'

/** Mismatches listed per release; the verdict line counts them all. */
const MISMATCHES_SHOWN = 20

function VerifyProgress({ status }: { status: VerifyJobStatus }) {
  const percent = Math.round(Math.min(1, Math.max(0, status.progress)) * 100)
  const where = status.current
    ? `Reading ${status.current} (release ${status.done + 1} of ${status.total})`
    : 'Reading every release’s file again'
  return (
    <div className="backups-verify-progress">
      <p>{where} and comparing each stored figure with its cell…</p>
      <div
        className="progress"
        role="progressbar"
        aria-label="Verifying against sources"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${where}, ${percent}%`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  )
}

function VerifyVerdict({ check }: { check: SourceCheck }) {
  return (
    <>
      <p className={check.mismatchCount === 0 ? 'backups-verify-ok' : 'backups-verify-bad'}>{check.line}</p>
      {check.mismatchCount > 0 && (
        <ul className="backups-verify-list">
          {check.releases.flatMap((release) =>
            release.mismatches.slice(0, MISMATCHES_SHOWN).map((mismatch) => (
              <li key={`${mismatch.release}:${mismatch.sheet}:${mismatch.cell}`}>
                {release.editionLabel}, {mismatch.sheet}!{mismatch.cell}: stored {mismatch.stored ? `“${mismatch.stored.raw}”` : 'nothing'},
                file {mismatch.file ? `“${mismatch.file.raw}”` : 'nothing'}
              </li>
            ))
          )}
        </ul>
      )}
    </>
  )
}

export function VerifyResult({ verified }: { verified: SourceCheck | VerifyJobStatus }) {
  return (
    <div className="backups-verify" role="status" aria-label="Verify against sources">
      {isVerifyRunning(verified) ? <VerifyProgress status={verified} /> : <VerifyVerdict check={verified} />}
    </div>
  )
}
