// House styles: fonts, colours, type sizes, column widths and wording for charts, as built-ins
// and as the schema saved in the `template` table. Pure data and validation; draws nothing.

import { z } from 'zod'

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #1f5fa8')
const points = z.number().min(4).max(72)
const millimetres = z.number().min(20).max(600)

export const houseStyleSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    /** The bundled family: the only one the core registers, so output is the same on every laptop. */
    fontFamily: z.literal('Inter').default('Inter'),
    colours: z
      .object({
        background: colour,
        text: colour,
        muted: colour,
        grid: colour,
        /** The highlighted area, and the first series. */
        highlight: colour,
        /** Other areas when many are shown. */
        context: colour,
        reference: colour,
        annotation: colour,
        /** Series colours in order, for a few areas or stacked measures. */
        series: z.array(colour).min(3).max(12)
      })
      .strict(),
    sizes: z
      .object({ titlePt: points, subtitlePt: points, bodyPt: points, smallPt: points, lineWidthPt: z.number().min(0.25).max(6) })
      .strict(),
    /** Newspaper column widths in mm: one, two and three columns. */
    columnsMm: z.tuple([millimetres, millimetres, millimetres]),
    heightMm: millimetres,
    wording: z.object({ sourcePrefix: z.string().max(40), notesPrefix: z.string().max(40), bylinePrefix: z.string().max(40) }).strict()
  })
  .strict()

export type HouseStyle = z.output<typeof houseStyleSchema>

/**
 * The built-in house style. Column widths: a 41 mm column and a 4 mm gutter (86 mm over two,
 * 131 mm over three), a common tabloid grid. Colours: blue and orange stay apart for the three
 * common colour-vision deficiencies and in greyscale (the colour check tests this).
 */
export const HOUSE_STYLE: HouseStyle = {
  name: 'house',
  fontFamily: 'Inter',
  colours: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#5c5c5c',
    grid: '#dcdcdc',
    highlight: '#e66100',
    context: '#a8b3bf',
    reference: '#1a1a1a',
    annotation: '#1a1a1a',
    series: ['#1f5fa8', '#e69f00', '#b2df8a', '#009e73', '#cc79a7', '#56b4e9', '#8c510a', '#b2182b']
  },
  sizes: { titlePt: 9.5, subtitlePt: 7.5, bodyPt: 6.5, smallPt: 5.5, lineWidthPt: 1.25 },
  columnsMm: [41, 86, 131],
  heightMm: 70,
  wording: { sourcePrefix: 'Source:', notesPrefix: 'Note:', bylinePrefix: 'Graphic:' }
}

/** Greyscale for black-and-white pages: series told apart by lightness alone. */
export const MONO_STYLE: HouseStyle = {
  ...HOUSE_STYLE,
  name: 'mono',
  colours: {
    ...HOUSE_STYLE.colours,
    highlight: '#000000',
    context: '#b4b4b4',
    series: ['#000000', '#777777', '#bbbbbb', '#3c3c3c', '#999999', '#dddddd']
  }
}

export const BUILT_IN_STYLES: readonly HouseStyle[] = [HOUSE_STYLE, MONO_STYLE]

export function builtInStyle(name: string): HouseStyle | undefined {
  return BUILT_IN_STYLES.find((style) => style.name === name)
}
