import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Lead, RestatementCheck } from '../contract/types'
import { runCommand } from '../testing/cli'
import { accessibleBook, oldStyleBook } from '../testing/fixtures'

/** The 2020/21 and 2021/22 area tables, then the 2022/23 accessible edition restating Kent's 2021/22 figure by a fifth. */
async function deskWithEditions(dir: string) {
  const db = join(dir, 'desk.sqlite')
  const files: [string, Uint8Array][] = [
    ['mappa-2021.xlsx', oldStyleBook('xlsx', { year: 2021 })],
    ['mappa-2022.xlsx', oldStyleBook('xlsx', { year: 2022, overrides: { Kent: { rso: 1000 } } })],
    ['mappa-2023.xlsx', accessibleBook('xlsx', { year: 2023, years: 2, overrides: { 'Kent|2022|rso': 1200 } })]
  ]
  for (const [name, bytes] of files) {
    writeFileSync(join(dir, name), bytes)
    expect((await runCommand(['import', join(dir, name), '--db', db])).code).toBe(0)
  }
  return db
}

describe('npm run mappa -- leads', () => {
  // One desk for every test: the command only reads it.
  const dir = mkdtempSync(join(tmpdir(), 'mappa-leads-'))
  let db = ''
  beforeAll(async () => {
    db = await deskWithEditions(dir)
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('prints the newest edition’s leads as JSON, each with its kind, score, text and figures with their cells, and the restatements to check', async () => {
    const result = await runCommand(['leads', '--db', db, '--json'])
    expect(result.code).toBe(0)
    const json = JSON.parse(result.out.join('\n')) as { period: string; leads: Lead[]; restatementsToCheck: RestatementCheck[] }
    expect(json.period).toBe('2022/23')
    expect(json.leads.length).toBeGreaterThan(10)
    for (const lead of json.leads) {
      expect(lead).toMatchObject({
        kind: expect.any(String),
        score: expect.any(Number),
        area: expect.any(String),
        measure: expect.any(String),
        period: expect.any(String),
        text: expect.any(String)
      })
      expect(lead.figures.length).toBeGreaterThan(0)
      expect(lead.sourceLine).toMatch(/^Source: Ministry of Justice, MAPPA annual reports? /)
      for (const figure of lead.figures)
        expect(figure.source).toEqual({
          file: expect.stringMatching(/^mappa-20\d\d\.xlsx$/),
          sheet: expect.any(String),
          cell: expect.stringMatching(/^[A-Z]+\d+$/),
          release: expect.any(String)
        })
    }
    expect(json.restatementsToCheck).toEqual([
      expect.objectContaining({
        area: 'kent',
        measure: 'rso',
        period: '2021/22',
        old: expect.objectContaining({ value: 1000 }),
        new: expect.objectContaining({ value: 1200 }),
        percent: 20,
        isConfirmed: false
      })
    ])
  })

  it('keeps to the areas and regions asked for, and to the edition named', async () => {
    const result = await runCommand(['leads', '--db', db, '--period', '2021/22', '--area', 'north-east', '--area', 'essex', '--json'])
    const json = JSON.parse(result.out.join('\n')) as { period: string; leads: Lead[] }
    expect(json.period).toBe('2021/22')
    expect(json.leads.length).toBeGreaterThan(0)
    for (const lead of json.leads) expect(['county-durham', 'northumbria', 'teesside', 'essex']).toContain(lead.area)
    expect(json.leads.every((lead) => lead.period === '2021/22' || lead.kind === 'restatement')).toBe(true)
  })

  it('prints the leads as lines, and the restatements to check after them', async () => {
    const result = await runCommand(['leads', '--db', db, '--area', 'kent'])
    expect(result.code).toBe(0)
    expect(result.out[0]).toMatch(/^Leads for the edition at 31 March 2023 \(\d+, most newsworthy first\)$/)
    expect(result.out.join('\n')).toContain('Restatements to check (1): an earlier year changed by more than a tenth')
    expect(result.out.at(-1)).toMatch(
      /^ {2}Kent, Registered sexual offenders, 2021\/22: 1,000 in .+, 1,200 in .+, up 20 per cent: check it before using it$/
    )
  })

  it('names an unknown area, a bad year and an edition not held in one line', async () => {
    expect(await runCommand(['leads', '--db', db, '--area', 'atlantis'])).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^mappa: --area "atlantis" is not an area or region slug/)]
    })
    expect(await runCommand(['leads', '--db', db, '--period', 'soon'])).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/is not a financial year/)]
    })
    expect(await runCommand(['leads', '--db', db, '--period', '2030/31'])).toMatchObject({
      code: 1,
      err: [
        expect.stringMatching(
          /^mappa: No registered sex offender figures for 2030\/31: the editions held are 2020\/21, 2021\/22, 2022\/23$/
        )
      ]
    })
  })
})
