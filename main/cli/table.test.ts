import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, type Io } from '../cli'
import { openStore } from '../store/database'
import { seedTableStore, EDIT_REASON } from '../testing/table-store'
import { tempDir } from '../testing/temp'

async function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line) }
  return { code: await runCli(argv, io), out, err }
}

function seededDb(): { dir: string; db: string } {
  const dir = tempDir()
  const db = join(dir, 'desk.sqlite')
  seedTableStore(openStore(db)).close()
  return { dir, db }
}

describe('npm run mappa -- table', () => {
  it('refuses a database that does not exist rather than creating an empty one', async () => {
    const dir = tempDir()
    const result = await run([
      'table',
      '--db',
      join(dir, 'missing.sqlite'),
      '--measure',
      'rso',
      '--format',
      'md',
      '--out',
      join(dir, 'x.md')
    ])
    expect(result.code).toBe(2)
    expect(result.err).toEqual([
      `mappa: No database at ${join(dir, 'missing.sqlite')}: import the MoJ tables first, or name one with --db PATH`
    ])
    expect(existsSync(join(dir, 'missing.sqlite'))).toBe(false)
  })

  it('writes the chosen areas and periods with derived columns, title, source and the correction line', async () => {
    const { dir, db } = seededDb()
    const out = join(dir, 'durham.md')
    const result = await run([
      'table',
      '--db',
      db,
      '--measure',
      'rso',
      '--area',
      'county-durham',
      '--area',
      'england-and-wales',
      '--period',
      '2021/22',
      '--period',
      '2022-23',
      '--derived',
      'change,percentChange',
      '--title',
      'Durham offenders',
      '--format',
      'md',
      '--out',
      out
    ])
    expect(result).toMatchObject({ code: 0, err: [] })
    expect(result.out[0]).toMatch(/durham\.md: 2 rows × 6 columns, 2 note\(s\); Source: Ministry of Justice/)
    const text = readFileSync(out, 'utf8')
    expect(text.split('\n').filter((line) => line.startsWith('| '))).toEqual([
      '| Area | 2021/22 | 2021/22 change | 2021/22 % change | 2022/23 | 2022/23 change | 2022/23 % change |',
      '| :--- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| County Durham | 942 | \\[x\\] | \\[x\\] | 1,007 | +65 | +6.9% |',
      '| England and Wales | 66,741 | \\[x\\] | \\[x\\] | 68,357 | +1,616 | +2.4% |'
    ])
    expect(text).toContain(`County Durham 2021/22 corrected from 941 to 942: ${EDIT_REASON}`)
  })

  it('defaults to the 42 areas then England and Wales, every period, in each format', async () => {
    const { dir, db } = seededDb()
    for (const format of ['csv', 'xlsx', 'html', 'idtt']) {
      const out = join(dir, `all.${format}`)
      const result = await run(['table', '--db', db, '--measure', 'rso', '--format', format, '--out', out])
      expect(result.code).toBe(0)
      expect(result.out[0]).toContain('43 rows × 3 columns')
      expect(existsSync(out)).toBe(true)
    }
  })

  it.each([
    [['--measure', 'rso', '--format', 'md'], 'mappa: table needs --out FILE'],
    [['--format', 'md', '--out', 'x.md'], 'mappa: table needs --measure ID (such as rso, violent, other_dangerous, total or rso_rate)'],
    [['--measure', 'rso', '--format', 'pdf', '--out', 'x'], 'mappa: table needs --format csv|xlsx|html|md|idtt, not "pdf"'],
    [
      ['--measure', 'nonsense', '--format', 'md', '--out', 'x'],
      'mappa: Unknown measure "nonsense": use an id such as rso, violent, other_dangerous, total or rso_rate'
    ],
    [['--measure', 'rso', '--area', 'atlantis', '--format', 'md', '--out', 'x'], 'mappa: Unknown area "atlantis"'],
    [
      ['--measure', 'rso', '--period', 'last year', '--format', 'md', '--out', 'x'],
      'mappa: --period "last year" is not a financial year such as 2021/22'
    ],
    [
      ['--measure', 'rso', '--derived', 'change,growth', '--format', 'md', '--out', 'x'],
      'mappa: --derived "growth" is not one of change, percentChange, share, rate, oneInN, rank'
    ],
    [['--measure', 'rso', '--colour', 'red'], "mappa: Unknown option '--colour'"]
  ])('refuses %j in one line with exit code 2', async (args, message) => {
    const { db } = seededDb()
    const result = await run(['table', '--db', db, ...args])
    expect(result.code).toBe(2)
    expect(result.err).toEqual([message])
  })
})
