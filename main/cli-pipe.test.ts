import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from './import/importFile'
import { openStore } from './store/database'
import { oldStyleBook } from './testing/fixtures'
import { tempDir } from './testing/temp'

describe('npm run mappa piped into a reader that stops early', () => {
  it('stops quietly with exit code 0 when head has read its line', () => {
    const path = join(tempDir(), 'desk.sqlite')
    const store = openStore(path)
    importFile(store, { fileName: 'mappa-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
    store.close()
    // The JSON listing is far bigger than a pipe holds (64 KB), so the CLI is still writing when head closes it.
    const script = `node --import tsx main/cli.ts figures --db "$1" --json | head -1; echo "cli exit code \${PIPESTATUS[0]}" >&2`
    const run = spawnSync('bash', ['-c', script, 'bash', path], { encoding: 'utf8' })
    expect(run.stdout).toBe('[\n')
    expect(run.stderr).toBe('cli exit code 0\n')
  })
})
