// The SHA-256 a release is known by: the same bytes are the same release.

import { createHash } from 'node:crypto'

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
