// How a backup reads for a person: "1 Dec 10:42", "2 releases, 14 edits, 3 notes". Pure.

import type { BackupInfo } from '../../../../main/contract/types'

export function backupWhen(at: string): string {
  return new Date(at).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
}

const plural = (count: number, word: string) => `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`

export function backupContents(backup: Pick<BackupInfo, 'releases' | 'edits' | 'notes'>): string {
  return `${plural(backup.releases, 'release')}, ${plural(backup.edits, 'edit')}, ${plural(backup.notes, 'note')}`
}

export const BACKUP_REASONS: Record<BackupInfo['reason'], string> = {
  import: 'before an import',
  removal: 'before a release was removed',
  daily: 'first use of the day',
  restore: 'before a restore',
  manual: 'made by hand'
}
