import { describe, expect, it } from 'vitest'
import { AREAS, REGIONS, areasFor, regionOf, slugify } from './areas'

describe('the regions of England and Wales', () => {
  it('put each of the 42 areas in exactly one region, and nothing else', () => {
    const inRegions = REGIONS.flatMap((region) => region.areas)
    const areas = AREAS.filter((area) => area.kind === 'area').map((area) => area.name)
    expect([...inRegions].sort()).toEqual([...areas].sort())
    expect(new Set(inRegions).size).toBe(42)
  })

  it('put the four Welsh areas in Wales and London on its own', () => {
    expect(AREAS.filter((area) => area.isWelsh && area.kind === 'area').map((area) => regionOf(slugify(area.name))?.name)).toEqual([
      'Wales',
      'Wales',
      'Wales',
      'Wales'
    ])
    expect(areasFor('london')).toEqual(['london'])
    expect(regionOf('england-and-wales')).toBeUndefined()
  })

  it('read a region slug as its areas, an area slug as itself, and anything else as neither', () => {
    expect(areasFor('north-east')).toEqual(['county-durham', 'northumbria', 'teesside'])
    expect(areasFor('essex')).toEqual(['essex'])
    expect(areasFor('england-and-wales')).toEqual(['england-and-wales'])
    expect(areasFor('constructor')).toBeUndefined()
  })
})
