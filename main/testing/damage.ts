// Damages a database file as a failing disk or a bad copy would, for tests of what is refused and
// restored. Test support only; never part of the app.

import { closeSync, openSync, statSync, writeSync } from 'node:fs'

/** Overwrites 64 KB in the middle of the file (on a page boundary) with a repeated byte. */
export function damageMiddle(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    writeSync(fd, Buffer.alloc(64 * 1024, 0x55), 0, 64 * 1024, Math.floor(statSync(path).size / 2 / 4096) * 4096)
  } finally {
    closeSync(fd)
  }
}
