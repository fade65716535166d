import { describe, expect, it } from 'vitest'
import { restatementRefOf } from '../../contract/restatements'
import type { LeadsResult, RestatementCheck } from '../../contract/types'
import { importFile } from '../../import/importFile'
import { accessibleBook, oldStyleBook } from '../../testing/fixtures'
import { tempContext } from '../../testing/temp'
import { createDispatch } from '../registrar'
import { createHandlers } from '.'

/** 2021/22 in the old layout, then the 2022/23 accessible edition restating Kent's 2021/22 figure by a fifth. */
function desk() {
  const context = tempContext()
  importFile(context.store, {
    fileName: 'mappa-2022.xlsx',
    bytes: oldStyleBook('xlsx', { year: 2022, overrides: { Kent: { rso: 1000 } } })
  })
  importFile(context.store, {
    fileName: 'mappa-2023.xlsx',
    bytes: accessibleBook('xlsx', { year: 2023, years: 2, overrides: { 'Kent|2022|rso': 1200 } })
  })
  return createDispatch(createHandlers(context))
}

const resultOf = <T>(envelope: unknown) => (envelope as { ok: true; result: T }).result

describe('the leads channels', () => {
  it('list the newest edition’s leads for a region, ranked, with the restatements to check', async () => {
    const dispatch = desk()
    const listed = resultOf<LeadsResult>(await dispatch('leads:list', { areas: ['south-east'] }))
    expect(listed.period).toBe('2022/23')
    expect(listed.periods).toEqual(['2021/22', '2022/23'])
    expect(listed.leads.length).toBeGreaterThan(0)
    for (const lead of listed.leads) expect(lead.region).toBe('South East')
    expect(listed.restatementsToCheck.map((check) => [check.area, check.period, check.isConfirmed])).toEqual([['kent', '2021/22', false]])
  })

  it('confirm a restatement to check and undo the confirmation', async () => {
    const dispatch = desk()
    const [check] = resultOf<LeadsResult>(await dispatch('leads:list', {})).restatementsToCheck
    const ref = restatementRefOf(check)
    expect(resultOf<RestatementCheck>(await dispatch('leads:confirm', ref)).isConfirmed).toBe(true)
    expect(resultOf<LeadsResult>(await dispatch('leads:list', { areas: ['kent'] })).leads.some((lead) => lead.kind === 'restatement')).toBe(
      true
    )
    expect(resultOf<RestatementCheck>(await dispatch('leads:unconfirm', ref)).isConfirmed).toBe(false)
    expect(await dispatch('leads:confirm', { ...ref, area: 'essex' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('refuse what is not a slug or a year, and name an unknown region', async () => {
    const dispatch = desk()
    expect(await dispatch('leads:list', { areas: ['Kent!'] })).toMatchObject({ ok: false, error: { code: 'bad_input' } })
    expect(await dispatch('leads:list', { period: '2022' })).toMatchObject({ ok: false, error: { code: 'bad_input' } })
    expect(await dispatch('leads:list', { areas: ['middle-earth'] })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('middle-earth') }
    })
  })
})
