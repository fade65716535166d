// Text a story tool wrote, with each figure in it a button that shows the figure's cell in the grid.
// Renders only: the caller says what a button's tooltip reads and what else a click does.

import type { AreaInfo, CitedFigure, FigureDerivation, FigureRef, MeasureInfo } from '../../../main/contract/types'
import { shortLabel } from '../../../main/contract/measures'
import { requestFigureJump } from '../state/figureJump'

/** How a worked-out figure came from its cell, in the words of the figure's tooltip. */
const DERIVATION_WORDS: Record<FigureDerivation, string> = {
  percentChange: 'the per cent change on the year before',
  share: 'its share of the MAPPA total',
  oneInN: '“one in N” of the population it implies',
  rank: 'its rank among the areas',
  sum: 'the categories added up'
}

/** The catalogue's names for the slugs and ids a figure is known by. */
export interface FigureNames {
  areas: readonly AreaInfo[]
  measures: readonly MeasureInfo[]
}

/** A figure as a reporter names it: "Essex, Registered sexual offenders, 2021/22" (as the history names an edit). */
export function figureName(figure: FigureRef, names: FigureNames): string {
  const area = names.areas.find((each) => each.slug === figure.area)?.name ?? figure.area
  const label = names.measures.find((each) => each.id === figure.measure)?.label
  return `${area}, ${label ? shortLabel(label) : figure.measure}, ${figure.period}`
}

/** A figure's tooltip and copied line: "Essex, Registered sexual offenders, 2021/22: mappa-2022.xlsx, Table 1!B19 (MAPPA annual report 2021/22)". */
export function citation(figure: CitedFigure, names: FigureNames): string {
  const { file, sheet, cell, release } = figure.source
  const derived = figure.derived ? `; worked out from this cell: ${DERIVATION_WORDS[figure.derived]}` : ''
  return `${figureName(figure, names)}: ${file}, ${sheet}!${cell} (${release})${derived}`
}

/** A figure and where the text writes it. */
interface PlacedFigure extends FigureRef {
  start: number
  end: number
}

export function FigureLinks<F extends PlacedFigure>({
  text,
  figures,
  className,
  titleOf,
  onFigure
}: {
  text: string
  /** In the order the text writes them. */
  figures: readonly F[]
  className: string
  titleOf: (figure: F) => string
  /** Called before the grid is asked to show the figure. */
  onFigure?: (figure: F) => void
}) {
  const parts: React.ReactNode[] = []
  let at = 0
  figures.forEach((figure, index) => {
    parts.push(text.slice(at, figure.start))
    parts.push(
      <button
        key={index}
        type="button"
        className={className}
        title={titleOf(figure)}
        onClick={() => {
          onFigure?.(figure)
          requestFigureJump({ area: figure.area, measure: figure.measure, period: figure.period })
        }}
      >
        {text.slice(figure.start, figure.end)}
      </button>
    )
    at = figure.end
  })
  parts.push(text.slice(at))
  return <>{parts}</>
}
