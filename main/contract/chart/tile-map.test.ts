import { describe, expect, it } from 'vitest'
import { AREAS, slugify } from '../areas'
import {
  classOf,
  divergingClasses,
  MAP_AREAS,
  niceStep,
  sequentialClasses,
  TILE_COLUMNS,
  TILE_PLACES,
  TILE_ROWS,
  tileDistance,
  tilePlace
} from './tile-map'

/** Police force areas that share a land border (or, for Essex and Kent, the Thames estuary). */
const NEIGHBOURS: [string, string][] = [
  ['Northumbria', 'County Durham'],
  ['Northumbria', 'Cumbria'],
  ['Cumbria', 'County Durham'],
  ['Cumbria', 'Lancashire'],
  ['Cumbria', 'North Yorkshire'],
  ['County Durham', 'Teesside'],
  ['County Durham', 'North Yorkshire'],
  ['Teesside', 'North Yorkshire'],
  ['Lancashire', 'North Yorkshire'],
  ['Lancashire', 'Merseyside'],
  ['Lancashire', 'Greater Manchester'],
  ['Lancashire', 'West Yorkshire'],
  ['North Yorkshire', 'West Yorkshire'],
  ['North Yorkshire', 'Humberside'],
  ['North Yorkshire', 'South Yorkshire'],
  ['Merseyside', 'Cheshire'],
  ['Merseyside', 'Greater Manchester'],
  ['Greater Manchester', 'Cheshire'],
  ['Greater Manchester', 'Derbyshire'],
  ['Greater Manchester', 'West Yorkshire'],
  ['West Yorkshire', 'South Yorkshire'],
  ['West Yorkshire', 'Derbyshire'],
  ['Humberside', 'South Yorkshire'],
  ['Humberside', 'Lincolnshire'],
  ['South Yorkshire', 'Derbyshire'],
  ['South Yorkshire', 'Nottinghamshire'],
  ['Cheshire', 'North Wales'],
  ['Cheshire', 'Derbyshire'],
  ['Cheshire', 'Staffordshire'],
  ['Cheshire', 'West Mercia'],
  ['North Wales', 'Dyfed-Powys'],
  ['North Wales', 'West Mercia'],
  ['Dyfed-Powys', 'South Wales'],
  ['Dyfed-Powys', 'Gwent'],
  ['Dyfed-Powys', 'West Mercia'],
  ['South Wales', 'Gwent'],
  ['Gwent', 'Gloucestershire'],
  ['Gwent', 'West Mercia'],
  ['Derbyshire', 'Staffordshire'],
  ['Derbyshire', 'Nottinghamshire'],
  ['Derbyshire', 'Leicestershire'],
  ['Nottinghamshire', 'Lincolnshire'],
  ['Nottinghamshire', 'Leicestershire'],
  ['Lincolnshire', 'Leicestershire'],
  ['Lincolnshire', 'Cambridgeshire'],
  ['Lincolnshire', 'Norfolk'],
  ['Staffordshire', 'West Mercia'],
  ['Staffordshire', 'West Midlands'],
  ['Staffordshire', 'Leicestershire'],
  ['Staffordshire', 'Warwickshire'],
  ['West Mercia', 'West Midlands'],
  ['West Mercia', 'Warwickshire'],
  ['West Mercia', 'Gloucestershire'],
  ['West Midlands', 'Warwickshire'],
  ['Warwickshire', 'Leicestershire'],
  ['Warwickshire', 'Northamptonshire'],
  ['Warwickshire', 'Gloucestershire'],
  ['Warwickshire', 'Thames Valley'],
  ['Leicestershire', 'Northamptonshire'],
  ['Leicestershire', 'Cambridgeshire'],
  ['Northamptonshire', 'Cambridgeshire'],
  ['Northamptonshire', 'Bedfordshire'],
  ['Northamptonshire', 'Thames Valley'],
  ['Cambridgeshire', 'Norfolk'],
  ['Cambridgeshire', 'Suffolk'],
  ['Cambridgeshire', 'Essex'],
  ['Cambridgeshire', 'Hertfordshire'],
  ['Cambridgeshire', 'Bedfordshire'],
  ['Norfolk', 'Suffolk'],
  ['Suffolk', 'Essex'],
  ['Bedfordshire', 'Hertfordshire'],
  ['Bedfordshire', 'Thames Valley'],
  ['Hertfordshire', 'Essex'],
  ['Hertfordshire', 'London'],
  ['Hertfordshire', 'Thames Valley'],
  ['Essex', 'London'],
  ['Essex', 'Kent'],
  ['London', 'Kent'],
  ['London', 'Surrey'],
  ['London', 'Thames Valley'],
  ['Kent', 'Surrey'],
  ['Kent', 'Sussex'],
  ['Surrey', 'Sussex'],
  ['Surrey', 'Hampshire'],
  ['Surrey', 'Thames Valley'],
  ['Sussex', 'Hampshire'],
  ['Hampshire', 'Thames Valley'],
  ['Hampshire', 'Wiltshire'],
  ['Hampshire', 'Dorset'],
  ['Gloucestershire', 'Wiltshire'],
  ['Gloucestershire', 'Avon and Somerset'],
  ['Gloucestershire', 'Thames Valley'],
  ['Wiltshire', 'Thames Valley'],
  ['Wiltshire', 'Avon and Somerset'],
  ['Wiltshire', 'Dorset'],
  ['Avon and Somerset', 'Dorset'],
  ['Avon and Somerset', 'Devon and Cornwall'],
  ['Dorset', 'Devon and Cornwall']
]

const WELSH = AREAS.filter((area) => area.isWelsh && area.kind === 'area').map((area) => slugify(area.name))

describe('the tile map layout', () => {
  it('places each of the 42 areas exactly once, one to a tile, inside the grid', () => {
    expect(TILE_PLACES.map((place) => place.slug).sort()).toEqual([...MAP_AREAS].sort())
    expect(MAP_AREAS.length).toBe(42)
    const cells = TILE_PLACES.map((place) => `${place.column},${place.row}`)
    expect(new Set(cells).size).toBe(42)
    for (const place of TILE_PLACES) {
      expect(place.column).toBeGreaterThanOrEqual(0)
      expect(place.column).toBeLessThan(TILE_COLUMNS)
      expect(place.row).toBeLessThan(TILE_ROWS)
    }
    expect(new Set(TILE_PLACES.map((place) => place.code)).size).toBe(42)
    expect(new Set(TILE_PLACES.map((place) => place.short)).size).toBe(42)
  })

  it('keeps every pair of neighbouring areas within two tiles of each other', () => {
    const far = NEIGHBOURS.filter(([a, b]) => tileDistance(slugify(a), slugify(b)) > 2).map(
      ([a, b]) => `${a}–${b}: ${tileDistance(slugify(a), slugify(b))}`
    )
    expect(far).toEqual([])
    // Most borders are next door: a layout that only kept pairs two apart would pass the line above.
    const adjacent = NEIGHBOURS.filter(([a, b]) => tileDistance(slugify(a), slugify(b)) === 1)
    expect(adjacent.length / NEIGHBOURS.length).toBeGreaterThan(0.8)
  })

  it('sets the map the way round a reader knows it', () => {
    const place = (name: string) => tilePlace(slugify(name))!
    expect(place('Northumbria').row).toBe(0)
    expect(place('Devon and Cornwall').row).toBe(TILE_ROWS - 1)
    expect(place('Devon and Cornwall').column).toBe(0)
    for (const welsh of WELSH) expect(tilePlace(welsh)!.column).toBeLessThanOrEqual(2)
    for (const welsh of WELSH) expect(tilePlace(welsh)!.column).toBeLessThan(place('West Midlands').column)
    for (const name of ['Kent', 'Surrey', 'Sussex', 'Essex', 'Hertfordshire']) expect(tileDistance('london', slugify(name))).toBe(1)
    expect(tileDistance('london', 'thames-valley')).toBeLessThanOrEqual(2)
    expect(place('Norfolk').column).toBe(TILE_COLUMNS - 1)
    expect(place('Cumbria').column).toBeLessThan(place('Teesside').column)
  })
})

describe('map classes', () => {
  it('steps counts and rates in round numbers that take in every value', () => {
    expect(niceStep(1650, 5)).toBe(500)
    expect(niceStep(36, 5)).toBe(10)
    const values = [412, 980, 1496, 2064]
    const classes = sequentialClasses(values)
    expect(classes.map((entry) => entry.label)).toEqual(['0 to 500', '500 to 1,000', '1,000 to 1,500', '1,500 to 2,000', '2,000 to 2,500'])
    expect(values.map((value) => classOf(value, classes))).toEqual([0, 1, 2, 4])
    const rates = sequentialClasses([61.5, 80, 97.2])
    expect(rates[0].from).toBeLessThanOrEqual(61.5)
    expect(rates.at(-1)!.to).toBeGreaterThanOrEqual(97.2)
    expect(new Set(rates.map((entry) => entry.colour)).size).toBe(5)
  })

  it('centres change on no change, falls one hue and rises another', () => {
    const classes = divergingClasses([-25, -3, 0, 4, 43])
    expect(classes.map((entry) => entry.label)).toEqual(['Below −30', '−30 to −10', '−10 to +10', '+10 to +30', 'Above +30'])
    expect([-25, -3, 0, 4, 43].map((value) => classOf(value, classes))).toEqual([1, 2, 2, 2, 4])
    expect(classOf(-100, classes)).toBe(0)
  })

  it('gives one class when every area has the same figure', () => {
    const classes = sequentialClasses([7, 7, 7])
    expect(classes).toHaveLength(1)
    expect(classOf(7, classes)).toBe(0)
  })
})
