import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../contract/errors'
import { essexTrendSpec } from '../testing/chart'
import { openStore } from '../store/database'
import { runCommand } from '../testing/cli'
import { seedTableStore } from '../testing/table-store'
import { canMountTmpfs, remountReadOnly, tempDir, tempTmpfs } from '../testing/temp'
import { makeFolder, writeFileWhole } from './write'

/** Fills what is left of a small disk, so the next write finds no room. */
function fillDisk(dir: string): void {
  try {
    writeFileSync(join(dir, 'filler.bin'), Buffer.alloc(4 * 1024 * 1024, 7))
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
  }
}

function caught(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }
  throw new Error('expected a refusal')
}

function seededDb(): string {
  const db = join(tempDir(), 'desk.sqlite')
  seedTableStore(openStore(db)).close()
  return db
}

describe('writing a file whole or not at all', () => {
  it('replaces a file, keeping its permissions and any link to it, and leaves no temporary file', () => {
    const dir = tempDir()
    const path = join(dir, 'table.csv')
    writeFileSync(path, 'old')
    chmodSync(path, 0o640)
    writeFileWhole(path, 'new table')
    expect(readFileSync(path, 'utf8')).toBe('new table')
    expect(statSync(path).mode & 0o777).toBe(0o640)
    mkdirSync(join(dir, 'real'))
    writeFileSync(join(dir, 'real', 'chart.svg'), '<svg/>')
    symlinkSync(join(dir, 'real', 'chart.svg'), join(dir, 'linked.svg'))
    writeFileWhole(join(dir, 'linked.svg'), '<svg>new</svg>')
    expect(readFileSync(join(dir, 'real', 'chart.svg'), 'utf8')).toBe('<svg>new</svg>')
    expect(readdirSync(dir).sort()).toEqual(['linked.svg', 'real', 'table.csv'])
  })

  it('says in one line that a folder does not exist, or that a name is a folder', () => {
    const dir = tempDir()
    expect(caught(() => writeFileWhole(join(dir, 'missing', 'x.csv'), 'x')).message).toBe(
      `The folder ${join(dir, 'missing')} does not exist: x.csv was not saved. Choose a folder that exists`
    )
    expect(caught(() => writeFileWhole(dir, 'x')).message).toBe(`${dir} is a folder: name a file to save to`)
  })

  if (!canMountTmpfs()) {
    it.skip('on a real full or read-only disk: skipped, mounting a tmpfs is refused here (it needs root)', () => undefined)
    return
  }

  it('on a full disk keeps the old file whole and names the folder in one line', () => {
    const disk = tempTmpfs('1m')!
    const path = join(disk, 'table.csv')
    writeFileWhole(path, 'area,2021/22\nEssex,1867\n')
    fillDisk(disk)
    const error = caught(() => writeFileWhole(path, 'area,2021/22\n' + 'Essex,1867\n'.repeat(50_000)))
    expect(error.code).toBe('disk_full')
    expect(error.message).toBe(
      `The disk holding ${disk} is full: table.csv was not saved; anything already there under that name is unchanged. Free some space or choose another folder`
    )
    expect(readFileSync(path, 'utf8')).toBe('area,2021/22\nEssex,1867\n')
    expect(readdirSync(disk).sort()).toEqual(['filler.bin', 'table.csv'])
  })

  it('in a read-only folder changes nothing and names the folder in one line', () => {
    const disk = tempTmpfs('1m')!
    writeFileWhole(join(disk, 'chart.png'), 'old chart')
    remountReadOnly(disk)
    const error = caught(() => writeFileWhole(join(disk, 'chart.png'), 'new chart'))
    expect(error).toMatchObject({
      code: 'read_only',
      message: `${disk} cannot be written to (a read-only disk or folder): chart.png was not saved; anything already there under that name is unchanged. Choose another folder`
    })
    expect(readFileSync(join(disk, 'chart.png'), 'utf8')).toBe('old chart')
    expect(caught(() => makeFolder(join(disk, 'packs', 'essex'))).message).toBe(
      `${disk} cannot be written to (a read-only disk or folder): the folder packs was not made. Choose another folder`
    )
  })

  it('`mappa table` on a full disk: one line naming the folder, the table there before left whole', async () => {
    const db = seededDb()
    const disk = tempTmpfs('1m')!
    const out = join(disk, 'offenders.html')
    expect((await runCommand(['table', '--db', db, '--measure', 'rso', '--area', 'essex', '--format', 'html', '--out', out])).code).toBe(0)
    const before = readFileSync(out)
    fillDisk(disk)
    const full = await runCommand(['table', '--db', db, '--measure', 'rso', '--format', 'html', '--out', out])
    expect(full).toMatchObject({ code: 1, out: [] })
    expect(full.err).toEqual([
      `mappa: The disk holding ${disk} is full: offenders.html was not saved; anything already there under that name is unchanged. Free some space or choose another folder`
    ])
    expect(readFileSync(out).equals(before)).toBe(true)
    expect(readdirSync(disk).sort()).toEqual(['filler.bin', 'offenders.html'])
  })

  it('`mappa table` and `mappa chart` into a read-only folder: one line naming the folder, nothing changed', async () => {
    const db = seededDb()
    const disk = tempTmpfs('1m')!
    writeFileWhole(join(disk, 'offenders.csv'), 'kept')
    remountReadOnly(disk)
    const table = await runCommand(['table', '--db', db, '--measure', 'rso', '--format', 'csv', '--out', join(disk, 'offenders.csv')])
    expect(table).toMatchObject({
      code: 1,
      err: [
        `mappa: ${disk} cannot be written to (a read-only disk or folder): offenders.csv was not saved; anything already there under that name is unchanged. Choose another folder`
      ]
    })
    const spec = join(tempDir(), 'spec.json')
    writeFileSync(spec, JSON.stringify(essexTrendSpec({ periods: { from: '2021/22', to: '2023/24' }, dpi: 72 })))
    const chart = await runCommand(['chart', '--db', db, '--spec', spec, '--format', 'svg', '--out', join(disk, 'essex.svg')])
    expect(chart).toMatchObject({
      code: 1,
      err: [
        `mappa: ${disk} cannot be written to (a read-only disk or folder): essex.svg was not saved; anything already there under that name is unchanged. Choose another folder`
      ]
    })
    expect(readdirSync(disk)).toEqual(['offenders.csv'])
    expect(readFileSync(join(disk, 'offenders.csv'), 'utf8')).toBe('kept')
    expect(existsSync(join(disk, 'essex.alt.txt'))).toBe(false)
  })
})
