// The SHA-256 a release is known by: the same bytes are the same release. node:crypto loads on
// first use, so an import worker handed a small file's digest (WorkerInput.sha256) never loads it.

import { createRequire } from 'node:module'

let crypto: typeof import('node:crypto') | undefined

export function sha256Of(bytes: Uint8Array): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  return crypto.createHash('sha256').update(bytes).digest('hex')
}
