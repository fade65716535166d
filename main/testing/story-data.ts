// Published figures as the story tools receive them, for tests: Essex, England and Wales and
// County Durham at 31 March, as local papers quoted the MoJ tables, with made-up but plausible cell addresses.

import { slugify } from '../contract/areas'
import { AREAS } from '../contract/areas'
import type { CellStatus } from '../contract/markers'
import type { SeriesBreak, StoryData, StoryFigure } from '../domain/story/book'
import { periodKeyForStartYear } from '../contract/periods'

let cellCounter = 0

export function storyFigure(
  areaName: string,
  measure: string,
  endYear: number,
  value: number | null,
  status: CellStatus = 'value'
): StoryFigure {
  const definition = AREAS.find((area) => area.name === areaName)!
  cellCounter++
  const period = periodKeyForStartYear(endYear - 1)
  return {
    area: slugify(areaName),
    areaName,
    areaKind: definition.kind,
    measure,
    period,
    value,
    status,
    source: {
      file: `mappa-${endYear}.xlsx`,
      sheet: 'Table 1',
      cell: `B${10 + (cellCounter % 90)}`,
      release: `MAPPA annual report ${period}`
    }
  }
}

const series = (areaName: string, measure: string, firstEndYear: number, values: number[]) =>
  values.map((value, index) => storyFigure(areaName, measure, firstEndYear + index, value))

/** Several measures of one area in one year, in the order given. */
const measuresOf = (areaName: string, endYear: number, values: Record<string, number>) =>
  Object.entries(values).map(([measure, value]) => storyFigure(areaName, measure, endYear, value))

export const ESSEX_RSO = series('Essex', 'rso', 2019, [1496, 1596, 1684, 1867])
export const ESSEX_RATE = series('Essex', 'rso_rate', 2019, [93, 99, 103, 114])
export const DURHAM_RSO = series('County Durham', 'rso', 2011, [446, 485, 479, 539, 576, 608, 669, 760, 787, 842, 901, 941, 1007, 1123])

/** Essex and England and Wales as the sample holds them, at 31 March 2019 to 2022. */
export function publishedData(extra: StoryFigure[] = [], breaks: SeriesBreak[] = []): StoryData {
  return {
    figures: [
      ...ESSEX_RSO,
      ...ESSEX_RATE,
      ...measuresOf('Essex', 2022, { violent: 406, other_dangerous: 19 }),
      ...measuresOf('England and Wales', 2020, { rso: 62435, rso_rate: 119 }),
      ...measuresOf('England and Wales', 2022, { rso: 66741, rso_rate: 126, violent: 22304, other_dangerous: 393 }),
      ...DURHAM_RSO,
      ...extra
    ],
    breaks
  }
}

/** Rates for every one of the 42 areas at 31 March 2022 (Essex's published 114; the rest stand-ins, spread 60 to 160). */
export function ratesForAllAreas(overrides: Record<string, number> = {}): StoryFigure[] {
  return AREAS.filter((area) => area.kind === 'area' && area.name !== 'Essex').map((area, index) =>
    storyFigure(area.name, 'rso_rate', 2022, overrides[area.name] ?? 60 + ((index * 37) % 101))
  )
}

/**
 * A newsroom's store: the published Essex, England and Wales and County Durham figures above, and
 * stand-ins (illustrative, not published) for Gwent, South Wales, Kent, London and the MAPPA
 * categories, every area's rate for ranking, and one figure a later edition restated.
 */
export function newsroomData(): StoryData {
  const data = publishedData([
    ...ratesForAllAreas({ Kent: 170, Gwent: 161, 'South Wales': 158, London: 75 }),
    ...series('Gwent', 'rso', 2021, [655, 640]),
    ...series('South Wales', 'rso', 2021, [1480, 1530]),
    ...series('Kent', 'rso', 2021, [1950, 2000]),
    ...series('London', 'rso', 2022, [6120]),
    ...series('Essex', 'violent', 2021, [380]),
    ...series('Essex', 'other_dangerous', 2021, [17]),
    ...measuresOf('Essex', 2022, { terrorism: 7, breaches_notification: 24, shpo: 32, total: 2299 }),
    ...measuresOf('Essex', 2022, { sro: 12, returned_custody_licence: 137, returned_custody_order: 11 }),
    ...measuresOf('Essex', 2022, { level2: 160, level3: 9, cat1_level2: 71, cat1_level3: 4, cat2_level2: 80, cat2_level3: 5 }),
    storyFigure('Essex', 'total', 2021, 2081),
    ...measuresOf('England and Wales', 2021, { rso: 64500, rso_rate: 122 }),
    storyFigure('England and Wales', 'total', 2022, 89500),
    ...series('County Durham', 'rso_rate', 2023, [148, 165])
  ])
  const restated = storyFigure('Essex', 'rso', 2021, 1690)
  return {
    ...data,
    history: [{ ...restated, source: { ...restated.source, file: 'mappa-2021-first.xlsx', release: 'MAPPA annual report 2020/21' } }],
    releases: [2019, 2020, 2021, 2022, 2023, 2024].map((endYear) => ({
      period: periodKeyForStartYear(endYear - 1),
      label: `MAPPA annual report ${periodKeyForStartYear(endYear - 1)}`
    }))
  }
}
