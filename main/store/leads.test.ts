import { describe, expect, it } from 'vitest'
import { checkCopy } from '../domain/story/check'
import { findLeads, restatementsToCheck } from '../domain/story/leads'
import { DEFAULT_STYLE, type StoryStyle } from '../domain/story/style'
import { importFile } from '../import/importFile'
import { accessibleBook, oldStyleBook } from '../testing/fixtures'
import { tempStore } from '../testing/temp'
import { createAnnotation } from './annotations'
import { confirmRestatement, leadsData, unconfirmRestatement } from './leads'
import { storyData } from './story'

/**
 * Four old-style editions (2019 to 2022), then the 2022/23 accessible edition, which restates
 * 2021/22: Essex by a little (1,867 to 1,880), Kent by a fifth. Hampshire's 2022/23 figure is
 * suppressed and a note marks a series break for the rate in 2022/23.
 */
function deskWithEditions() {
  const store = tempStore()
  for (const year of [2019, 2020, 2021, 2022]) importFile(store, { fileName: `mappa-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })
  const kent2022 = store.db
    .prepare(
      "SELECT value FROM current_figure cf JOIN area a ON a.id = cf.area_id WHERE a.slug = 'kent' AND cf.measure_id = 'rso' AND cf.period = '2021/22'"
    )
    .pluck()
    .get() as number
  importFile(store, {
    fileName: 'mappa-2023.ods',
    bytes: accessibleBook('ods', {
      year: 2023,
      years: 2,
      overrides: { 'Essex|2022|rso': 1880, 'Kent|2022|rso': Math.round(kent2022 * 1.2), 'Hampshire|2023|rso': '[c]' }
    })
  })
  createAnnotation(
    store.db,
    { kind: 'period', period: '2022/23', measure: 'rso_rate' },
    'Series break: rates use the 2021 Census populations from 2022/23.'
  )
  return { store, kent2022 }
}

describe('leads from the store', () => {
  it('lists the restatement to check with the cells of both printings, and a reporter confirms and undoes it', () => {
    const { store, kent2022 } = deskWithEditions()
    const [kent] = restatementsToCheck(leadsData(store.db))
    expect(kent).toMatchObject({
      area: 'kent',
      measure: 'rso',
      period: '2021/22',
      old: { value: kent2022, source: { file: 'mappa-2022.xlsx', cell: expect.stringMatching(/^B\d+$/) } },
      new: { value: Math.round(kent2022 * 1.2), source: { file: 'mappa-2023.ods', sheet: 'Table_1' } },
      isConfirmed: false
    })
    const ref = { area: 'kent', measure: 'rso', period: '2021/22', fromReleaseId: kent.fromReleaseId, toReleaseId: kent.toReleaseId }
    const restatementLead = () =>
      findLeads(leadsData(store.db), '2022/23', DEFAULT_STYLE, { areas: ['kent'] }).find((lead) => lead.kind === 'restatement')
    expect(restatementLead()).toBeUndefined()
    confirmRestatement(store.db, ref)
    confirmRestatement(store.db, ref)
    expect(restatementsToCheck(leadsData(store.db))[0].isConfirmed).toBe(true)
    expect(restatementLead()?.text).toMatch(
      /^The number of registered sex offenders in Kent at the end of March 2022 has been revised up to [\d,]+ in the new edition\.$/
    )
    unconfirmRestatement(store.db, ref)
    expect(restatementsToCheck(leadsData(store.db))[0].isConfirmed).toBe(false)
    expect(store.db.prepare('SELECT count(*) FROM restatement_check').pluck().get()).toBe(1)
    expect(() => confirmRestatement(store.db, { ...ref, period: '2019/20' })).toThrow(/No restatement of kent rso 2019\/20/)
  })

  it('says the suppressed figure and the series break instead of comparing across them', () => {
    const { store } = deskWithEditions()
    const leads = findLeads(leadsData(store.db), '2022/23', DEFAULT_STYLE)
    expect(leads.find((lead) => lead.area === 'hampshire' && lead.measure === 'rso')).toMatchObject({
      kind: 'marker',
      text: expect.stringContaining('is not published (the table shows "suppressed")')
    })
    expect(leads.some((lead) => lead.kind === 'rank-move')).toBe(false)
    expect(leads.find((lead) => lead.text.includes('Essex') && lead.measure === 'rso')?.text).toContain('from 1,880 a year earlier')
  })
})

describe('every lead passes Check my copy for its area and period', () => {
  const styles: [string, StoryStyle][] = [
    ['default style', DEFAULT_STYLE],
    ['%, figures, sexual, 2021/22', { percent: 'percent-sign', smallNumbers: 'figures', offenderTerm: 'sexual', yearStyle: 'financial' }],
    ['the year to March', { ...DEFAULT_STYLE, yearStyle: 'year-to' }]
  ]
  for (const [label, style] of styles) {
    it(`in ${label}`, () => {
      const { store } = deskWithEditions()
      const data = leadsData(store.db)
      const ref = restatementsToCheck(data)[0]
      confirmRestatement(store.db, {
        area: ref.area,
        measure: ref.measure,
        period: ref.period,
        fromReleaseId: ref.fromReleaseId,
        toReleaseId: ref.toReleaseId
      })
      const confirmed = leadsData(store.db)
      // Checked as Check my copy checks a draft: against everything the story tools read.
      const checkedAgainst = storyData(store.db)
      let checked = 0
      for (const period of ['2020/21', '2021/22', '2022/23']) {
        const leads = findLeads(confirmed, period, style)
        expect(leads.length).toBeGreaterThan(5)
        for (const lead of leads) {
          const results = checkCopy(lead.text, checkedAgainst, lead.area, lead.period).filter(
            (result) => result.kind !== 'period' && result.kind !== 'other'
          )
          for (const result of results)
            expect(`${lead.id}: "${result.text}" ${result.verdict} (${result.note}) in: ${lead.text}`).toMatch(/: "[^"]+" verified/)
          // Whatever the checker reads as a figure is one the lead carries, at its place in the text.
          const written = lead.figures.filter((figure) => figure.text !== undefined)
          for (const result of results) {
            const carried = written.find((figure) => figure.start! < result.end && result.start < figure.end!)
            expect(carried ? 'carried' : `"${result.text}" not among the lead's figures in: ${lead.text}`).toBe('carried')
          }
          for (const figure of lead.figures)
            if (figure.text !== undefined) expect(lead.text.slice(figure.start, figure.end)).toBe(figure.text)
          checked += results.length
        }
      }
      expect(checked).toBeGreaterThan(50)
    })
  }
})
