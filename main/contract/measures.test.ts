import { describe, expect, it } from 'vitest'
import { customMeasureFor, matchMeasure, MEASURES } from './measures'

describe('matchMeasure', () => {
  it.each([
    ['Category 1:\nRegistered sexual offenders', undefined, 'rso'],
    ['Category 1: Registered sexual offenders', 'Number at 31 March', 'rso'],
    ['RSOs per 100,000  population', undefined, 'rso_rate'],
    ['Rate per 100,000 population aged 10 and over', undefined, 'rso_rate'],
    ['Category 2: violent offenders', undefined, 'violent'],
    ['Category 3:\nOther dangerous offenders', 'Number at 31 March', 'other_dangerous'],
    ['Category 4: terrorism offenders', undefined, 'terrorism'],
    ['Total', 'Number at 31 March', 'total'],
    ['Level 2', 'Category 1 (managed during the year)', 'cat1_level2_year'],
    ['Level 3', 'Category 2 (managed during the year)', 'cat2_level3_year'],
    ['Category 1 level 1', undefined, 'cat1_level1'],
    ['Category 3 level 2', undefined, 'cat3_level2'],
    ['Level 1', undefined, 'level1'],
    ['RSOs cautioned or convicted for breach of notification requirements', 'Restrictive orders', 'breaches_notification'],
    ['SHPOs imposed', 'Restrictive orders', 'shpo'],
    ['SOPOs imposed', undefined, 'sopo'],
    ['Foreign Travel Orders', undefined, 'fto'],
    ['Breach of licence', 'Returned to custody', 'returned_custody_licence'],
    ['Breach of SOPO/SHPO', 'Returned to custody', 'returned_custody_order'],
    ['Charged with a serious further offence', undefined, 'sfo_charged']
  ])('reads %j under %j as %s', (header, group, id) => {
    expect(matchMeasure(header, group)?.id).toBe(id)
  })

  it('knows nothing of Category 3 level 1, which does not exist', () => {
    expect(matchMeasure('Category 3 level 1')).toBeUndefined()
  })

  it('leaves headers it does not know to custom measures labelled with their text', () => {
    expect(matchMeasure('Offenders in approved premises')).toBeUndefined()
    expect(customMeasureFor('Offenders in approved\npremises (5)')).toMatchObject({
      id: 'custom:offenders-in-approved-premises',
      label: 'Offenders in approved premises'
    })
  })

  it('gives every catalogue measure a unique id', () => {
    expect(new Set(MEASURES.map((measure) => measure.id)).size).toBe(MEASURES.length)
  })
})

describe('matchMeasure, totals and rates that are not the headline ones', () => {
  it('reads "Total" under a "Category 1" group header as the category total, not all MAPPA offenders', () => {
    expect(matchMeasure('Total', 'Category 1')?.id).toBe('rso')
    expect(matchMeasure('Total', 'Category 2: violent offenders')?.id).toBe('violent')
    expect(matchMeasure('Total')?.id).toBe('total')
  })

  it('reads "Total MAPPA eligible offenders per 100,000" as the all-offender rate, not the registered sex offender rate', () => {
    expect(matchMeasure('Total MAPPA eligible offenders per 100,000')?.id).toBe('total_rate')
    expect(matchMeasure('Rate per 100,000', 'All MAPPA offenders')?.id).toBe('total_rate')
    expect(matchMeasure('RSOs per 100,000 population (2)')?.id).toBe('rso_rate')
  })
})
