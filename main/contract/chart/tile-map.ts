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
 * Rows run north to south and columns west to east; each tile is its area's code, `---` an empty square.
 */
const GRID = [
  '---  ---  ---  ---  NUM  ---  ---',
  '---  ---  ---  CUM  DUR  TEE  ---',
  '---  ---  ---  LAN  NYO  ---  ---',
  '---  ---  MER  GMA  WYO  HUM  ---',
  '---  NWA  CHE  DER  SYO  LIN  ---',
  '---  DYP  WME  STA  NOT  ---  NFK',
  '---  SWA  GWE  WMI  LEI  CAM  SFK',
  '---  ---  GLO  WAR  NTH  BED  ESX',
  '---  AVS  WIL  TVA  HER  LDN  KEN',
  'DVC  ---  DOR  HAM  SUR  SSX  ---'
]

/** Each code's area and its short name. */
const NAMES: ReadonlyMap<string, readonly [name: string, short: string]> = new Map([
  ['NUM', ['Northumbria', 'Northumbria']],
  ['CUM', ['Cumbria', 'Cumbria']],
  ['DUR', ['County Durham', 'Durham']],
  ['TEE', ['Teesside', 'Teesside']],
  ['LAN', ['Lancashire', 'Lancs']],
  ['NYO', ['North Yorkshire', 'N Yorks']],
  ['MER', ['Merseyside', 'Mersey']],
  ['GMA', ['Greater Manchester', 'Gtr Man']],
  ['WYO', ['West Yorkshire', 'W Yorks']],
  ['HUM', ['Humberside', 'Humber']],
  ['NWA', ['North Wales', 'N Wales']],
  ['CHE', ['Cheshire', 'Cheshire']],
  ['DER', ['Derbyshire', 'Derbys']],
  ['SYO', ['South Yorkshire', 'S Yorks']],
  ['LIN', ['Lincolnshire', 'Lincs']],
  ['DYP', ['Dyfed-Powys', 'Dyfed-P']],
  ['WME', ['West Mercia', 'W Mercia']],
  ['STA', ['Staffordshire', 'Staffs']],
  ['NOT', ['Nottinghamshire', 'Notts']],
  ['NFK', ['Norfolk', 'Norfolk']],
  ['SWA', ['South Wales', 'S Wales']],
  ['GWE', ['Gwent', 'Gwent']],
  ['WMI', ['West Midlands', 'W Mids']],
  ['LEI', ['Leicestershire', 'Leics']],
  ['CAM', ['Cambridgeshire', 'Cambs']],
  ['SFK', ['Suffolk', 'Suffolk']],
  ['GLO', ['Gloucestershire', 'Glos']],
  ['WAR', ['Warwickshire', 'Warks']],
  ['NTH', ['Northamptonshire', 'Northants']],
  ['BED', ['Bedfordshire', 'Beds']],
  ['ESX', ['Essex', 'Essex']],
  ['AVS', ['Avon and Somerset', 'Avon & Som']],
  ['WIL', ['Wiltshire', 'Wilts']],
  ['TVA', ['Thames Valley', 'Thames V']],
  ['HER', ['Hertfordshire', 'Herts']],
  ['LDN', ['London', 'London']],
  ['KEN', ['Kent', 'Kent']],
  ['DVC', ['Devon and Cornwall', 'Dev & Corn']],
  ['DOR', ['Dorset', 'Dorset']],
  ['HAM', ['Hampshire', 'Hants']],
  ['SUR', ['Surrey', 'Surrey']],
  ['SSX', ['Sussex', 'Sussex']]
])

export const TILE_PLACES: readonly TilePlace[] = GRID.flatMap((line, row) =>
  line.split(/\s+/).flatMap((code, column) => {
    if (code === '---') return []
    const names = NAMES.get(code)
    if (!names) throw new Error(`tile ${code} has no area`)
    return [{ slug: slugify(names[0]), column, row, code, short: names[1] }]
  })
)
export const TILE_COLUMNS = Math.max(...TILE_PLACES.map((place) => place.column)) + 1
export const TILE_ROWS = GRID.length

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
