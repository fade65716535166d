// The tile map of the 42 MAPPA areas: where each area's square sits on a grid shaped like England
// and Wales, its labels, and the classes and colours a map is shaded in. Pure data and arithmetic.

import { AREAS, slugify } from '../areas'
import type { ChartSpec } from './spec'

export interface TilePlace {
  slug: string
  /** Columns run west to east, rows north to south. */
  column: number
  row: number
  /** Three letters, for a small map. */
  code: string
  /** A short name, where the tile is wide enough. */
  short: string
}

/**
 * The grid, drawn by hand from the police force map: Northumbria on top, Wales's four down the west
 * side, East Anglia on the east, London among the Home Counties, Devon and Cornwall bottom-left.
 * Each row: [name, column, code, short name].
 */
const ROWS: readonly (readonly [string, number, string, string])[][] = [
  [['Northumbria', 4, 'NUM', 'Northumbria']],
  [
    ['Cumbria', 3, 'CUM', 'Cumbria'],
    ['County Durham', 4, 'DUR', 'Durham'],
    ['Teesside', 5, 'TEE', 'Teesside']
  ],
  [
    ['Lancashire', 3, 'LAN', 'Lancs'],
    ['North Yorkshire', 4, 'NYO', 'N Yorks']
  ],
  [
    ['Merseyside', 2, 'MER', 'Mersey'],
    ['Greater Manchester', 3, 'GMA', 'Gtr Man'],
    ['West Yorkshire', 4, 'WYO', 'W Yorks'],
    ['Humberside', 5, 'HUM', 'Humber']
  ],
  [
    ['North Wales', 1, 'NWA', 'N Wales'],
    ['Cheshire', 2, 'CHE', 'Cheshire'],
    ['Derbyshire', 3, 'DER', 'Derbys'],
    ['South Yorkshire', 4, 'SYO', 'S Yorks'],
    ['Lincolnshire', 5, 'LIN', 'Lincs']
  ],
  [
    ['Dyfed-Powys', 1, 'DYP', 'Dyfed-P'],
    ['West Mercia', 2, 'WME', 'W Mercia'],
    ['Staffordshire', 3, 'STA', 'Staffs'],
    ['Nottinghamshire', 4, 'NOT', 'Notts'],
    ['Norfolk', 6, 'NFK', 'Norfolk']
  ],
  [
    ['South Wales', 1, 'SWA', 'S Wales'],
    ['Gwent', 2, 'GWE', 'Gwent'],
    ['West Midlands', 3, 'WMI', 'W Mids'],
    ['Leicestershire', 4, 'LEI', 'Leics'],
    ['Cambridgeshire', 5, 'CAM', 'Cambs'],
    ['Suffolk', 6, 'SFK', 'Suffolk']
  ],
  [
    ['Gloucestershire', 2, 'GLO', 'Glos'],
    ['Warwickshire', 3, 'WAR', 'Warks'],
    ['Northamptonshire', 4, 'NTH', 'Northants'],
    ['Bedfordshire', 5, 'BED', 'Beds'],
    ['Essex', 6, 'ESX', 'Essex']
  ],
  [
    ['Avon and Somerset', 1, 'AVS', 'Avon & Som'],
    ['Wiltshire', 2, 'WIL', 'Wilts'],
    ['Thames Valley', 3, 'TVA', 'Thames V'],
    ['Hertfordshire', 4, 'HER', 'Herts'],
    ['London', 5, 'LDN', 'London'],
    ['Kent', 6, 'KEN', 'Kent']
  ],
  [
    ['Devon and Cornwall', 0, 'DVC', 'Dev & Corn'],
    ['Dorset', 2, 'DOR', 'Dorset'],
    ['Hampshire', 3, 'HAM', 'Hants'],
    ['Surrey', 4, 'SUR', 'Surrey'],
    ['Sussex', 5, 'SSX', 'Sussex']
  ]
]

export const TILE_PLACES: readonly TilePlace[] = ROWS.flatMap((row, rowIndex) =>
  row.map(([name, column, code, short]) => ({ slug: slugify(name), column, row: rowIndex, code, short }))
)
export const TILE_COLUMNS = Math.max(...TILE_PLACES.map((place) => place.column)) + 1
export const TILE_ROWS = ROWS.length

const PLACE_BY_SLUG = new Map(TILE_PLACES.map((place) => [place.slug, place]))

export function tilePlace(slug: string): TilePlace | undefined {
  return PLACE_BY_SLUG.get(slug)
}

/** The 42 areas' slugs as the map knows them: the same list as the areas catalogue. */
export const MAP_AREAS: readonly string[] = AREAS.filter((area) => area.kind === 'area').map((area) => slugify(area.name))

/** A map of per cent change: asked for, and across two different years. */
export function isChangeMap(spec: Pick<ChartSpec, 'type' | 'mapShows' | 'periods'>): boolean {
  return spec.type === 'map' && spec.mapShows === 'change' && spec.periods.from < spec.periods.to
}

/** How far apart two tiles are, in tiles (a diagonal step counts as one). */
export function tileDistance(a: string, b: string): number {
  const first = PLACE_BY_SLUG.get(a)
  const second = PLACE_BY_SLUG.get(b)
  if (!first || !second) return Infinity
  return Math.max(Math.abs(first.column - second.column), Math.abs(first.row - second.row))
}

// ---- Classes -------------------------------------------------------------------------------

export interface MapClass {
  /** Inclusive lower and exclusive upper bound; the last class includes its upper bound. */
  from: number
  to: number
  colour: string
  label: string
}

/** Five classes: enough to see a pattern, few enough that a reader matches a shade to the key. */
export const CLASS_COUNT = 5

/**
 * Sequential blues and a diverging orange–purple, after ColorBrewer's Blues and PuOr (Brewer,
 * Penn State): both stay ordered for the three common colour-vision deficiencies.
 */
export const SEQUENTIAL = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const
export const DIVERGING = ['#5e3c99', '#b2abd2', '#f7f7f7', '#fdb863', '#e66101'] as const
export const SEQUENTIAL_GREY = ['#f0f0f0', '#c8c8c8', '#969696', '#636363', '#252525'] as const
export const NO_FIGURE_FILL = '#ffffff'
export const NO_FIGURE_HATCH = '#9a9a9a'

/** A step a reader can say: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number, steps: number): number {
  if (!(span > 0)) return 1
  const raw = span / steps
  const power = 10 ** Math.floor(Math.log10(raw))
  const nice = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw) ?? 10
  return nice * power
}

const format = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 })

/**
 * Sequential classes for counts and rates: equal steps of a round size from a round number at or
 * below the lowest value, so "1,000 to 1,500" reads as a reporter would write it.
 */
export function sequentialClasses(values: readonly number[], palette: readonly string[] = SEQUENTIAL): MapClass[] {
  if (values.length === 0) return []
  const low = Math.min(...values)
  const high = Math.max(...values)
  if (low === high) return [{ from: low, to: high, colour: palette[Math.floor(palette.length / 2)], label: format(low) }]
  let step = niceStep(high - low, palette.length)
  let start = Math.floor(low / step) * step
  // Starting below the lowest value may leave the highest past the last class: widen the step.
  while (start + step * palette.length < high) {
    step = niceStep(step * 1.01 * palette.length, palette.length)
    start = Math.floor(low / step) * step
  }
  return palette.map((colour, index) => {
    const from = start + step * index
    const to = from + step
    return { from, to, colour, label: `${format(from)} to ${format(to)}` }
  })
}

/**
 * Diverging classes for change, centred on no change: falls in the two purples, a middle class
 * around zero, rises in the two oranges; the step is round and wide enough for the largest move.
 */
export function divergingClasses(values: readonly number[], palette: readonly string[] = DIVERGING): MapClass[] {
  if (values.length === 0) return []
  const largest = Math.max(...values.map(Math.abs))
  const half = niceStep(Math.max(largest, 1e-9), 3) / 2
  const step = half * 2
  const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${format(Math.abs(value))}`
  return [
    { from: -Infinity, to: -half - step, colour: palette[0], label: `Below ${signed(-half - step)}` },
    { from: -half - step, to: -half, colour: palette[1], label: `${signed(-half - step)} to ${signed(-half)}` },
    { from: -half, to: half, colour: palette[2], label: `${signed(-half)} to ${signed(half)}` },
    { from: half, to: half + step, colour: palette[3], label: `${signed(half)} to ${signed(half + step)}` },
    { from: half + step, to: Infinity, colour: palette[4], label: `Above ${signed(half + step)}` }
  ]
}

/** The class a value falls in: lower bound inclusive; the top class takes its upper bound too. */
export function classOf(value: number, classes: readonly Pick<MapClass, 'from' | 'to'>[]): number {
  for (let index = 0; index < classes.length; index++) {
    const entry = classes[index]
    if (value >= entry.from && (value < entry.to || index === classes.length - 1)) return index
  }
  return value < classes[0].from ? 0 : classes.length - 1
}
