// The chart Localise makes when no saved chart is chosen: registered sexual offenders in one area
// as a line against England and Wales, over every year the store holds, at a column's width.

import type { ChartSpecInput } from '../../contract/chart/spec'
import type { Db } from '../../store/database'
import { currentFigures } from '../../store/figures'
import { areaNames } from '../../store/keys'

/** 86 mm is one column of a tabloid page; 300 dpi is what print desks ask for. */
const COLUMN = { widthMm: 86, heightMm: 70, dpi: 300 }

export function defaultLocaliseSpec(db: Db, area = 'essex'): ChartSpecInput {
  const periods = [...new Set(currentFigures(db, { measure: 'rso' }).map((figure) => figure.period))].sort()
  const from = periods[Math.max(0, periods.length - 6)] ?? '2021/22'
  const to = periods.at(-1) ?? '2021/22'
  const name = areaNames(db).get(area) ?? area
  return {
    version: 1,
    type: 'line',
    measure: 'rso',
    areas: [area],
    highlight: area,
    reference: 'england-and-wales',
    periods: { from, to },
    title: `Registered sex offenders in ${name}`,
    size: { widthMm: COLUMN.widthMm, heightMm: COLUMN.heightMm },
    dpi: COLUMN.dpi
  }
}
