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

export const ESSEX_RSO = series('Essex', 'rso', 2019, [1496, 1596, 1684, 1867])
export const ESSEX_RATE = series('Essex', 'rso_rate', 2019, [93, 99, 103, 114])
export const DURHAM_RSO = series('County Durham', 'rso', 2011, [446, 485, 479, 539, 576, 608, 669, 760, 787, 842, 901, 941, 1007, 1123])

/** Essex and England and Wales as the sample holds them, at 31 March 2019 to 2022. */
export function publishedData(extra: StoryFigure[] = [], breaks: SeriesBreak[] = []): StoryData {
  return {
    figures: [
      ...ESSEX_RSO,
      ...ESSEX_RATE,
      storyFigure('Essex', 'violent', 2022, 406),
      storyFigure('Essex', 'other_dangerous', 2022, 19),
      storyFigure('England and Wales', 'rso', 2020, 62435),
      storyFigure('England and Wales', 'rso_rate', 2020, 119),
      storyFigure('England and Wales', 'rso', 2022, 66741),
      storyFigure('England and Wales', 'rso_rate', 2022, 126),
      storyFigure('England and Wales', 'violent', 2022, 22304),
      storyFigure('England and Wales', 'other_dangerous', 2022, 393),
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
    storyFigure('Essex', 'terrorism', 2022, 7),
    storyFigure('Essex', 'breaches_notification', 2022, 24),
    storyFigure('Essex', 'shpo', 2022, 32),
    storyFigure('Essex', 'total', 2022, 2299),
    storyFigure('Essex', 'total', 2021, 2081),
    storyFigure('England and Wales', 'rso', 2021, 64500),
    storyFigure('England and Wales', 'rso_rate', 2021, 122),
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
