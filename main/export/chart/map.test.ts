import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIVERGING, SEQUENTIAL, SEQUENTIAL_GREY, TILE_PLACES } from '../../contract/chart/tile-map'
import { checkColours } from '../../domain/colour-check'
import { setSetting } from '../../store/settings'
import { tempDir, tempStore } from '../../testing/temp'
import { essexTrendSpec, fontFamilies, importSixEditions, pdfStreams, poppler, readPngInfo, textFills } from '../../testing/chart'
import { mapSceneOf } from './map'
import { measureText, SVG_FALLBACK_FONTS } from './draw'
import { prepareChart } from './prepare'
import { renderChart } from './render'
import type { SceneItem } from './scene'
import { runLocalise } from '../localise/run'

function store() {
  const created = tempStore()
  importSixEditions(created)
  return created
}

const mapSpec = (overrides: Parameters<typeof essexTrendSpec>[0] = {}) =>
  essexTrendSpec({
    type: 'map',
    areas: 'all',
    reference: null,
    periods: { from: '2021/22', to: '2021/22' },
    annotations: [],
    title: '',
    size: { widthMm: 86, heightMm: 110 },
    ...overrides
  })

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

/** Every element opened is closed in order, every attribute quoted, every entity one XML knows. */
function wellFormedProblems(xml: string): string[] {
  const problems: string[] = []
  const open: string[] = []
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '')
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/g)) {
    if (match[0] === '<') problems.push(`stray < at ${match.index}`)
    else if (match[0].startsWith('&')) problems.push(`bare & at ${match.index}`)
    else if (match[1]) {
      if (open.pop() !== match[2]) problems.push(`</${match[2]}> closes the wrong element`)
    } else if (!match[4]) open.push(match[2])
  }
  if (open.length > 0) problems.push(`unclosed ${open.join(', ')}`)
  return problems
}

describe('the tile map', () => {
  it('draws every area once with its full name in a <title>, labels on the tiles and a key, as well-formed SVG', async () => {
    const desk = store()
    const chart = await renderChart(desk.db, mapSpec(), 'svg')
    const svg = text(chart.bytes)
    expect(wellFormedProblems(svg)).toEqual([])
    const titles = [...svg.matchAll(/<g><title>([^<]*)<\/title>/g)].map((match) => match[1])
    const names = prepareChart(desk.db, mapSpec()).data.categories
    for (const name of names) expect(titles.filter((title) => title.startsWith(`${name}: `))).toHaveLength(1)
    expect(titles).toContain('Essex: 1,867')
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1])
    const labels = TILE_PLACES.map((place) => place.code)
    const shorts = TILE_PLACES.map((place) => place.short.replace(/&/g, '&amp;'))
    expect(labels.every((label) => words.includes(label)) || shorts.every((label) => words.includes(label))).toBe(true)
    const reading = words.join(' ')
    expect(reading).toContain('Registered sexual offenders by MAPPA area, 2021/22')
    expect(reading).toContain('Source: Ministry of Justice, MAPPA annual report 2021/22')
    expect(words.filter((word) => / to /.test(word) && /\d/.test(word))).toHaveLength(5)
    expect(svg).toMatch(/<svg[^>]*width="86mm" height="110mm"/)
    expect(svg).not.toContain('<image')
    expect(fontFamilies(svg)).toEqual([`Inter, ${SVG_FALLBACK_FONTS}`])
  })

  it('outlines the highlighted area, and shades an area with no figure as such with "No figure" in the key', async () => {
    const desk = store()
    const prepared = prepareChart(desk.db, mapSpec({ periods: { from: '2020/21', to: '2020/21' }, highlight: 'kent' }))
    const { scene } = mapSceneOf(
      prepared.spec,
      prepared.data,
      prepared.style,
      prepared.texts,
      { widthPx: 244, heightPx: 312, pxPerPt: 1, measure: measureText },
      prepared.wording
    )
    const groups = scene.items.filter((item): item is Extract<SceneItem, { kind: 'group' }> => item.kind === 'group')
    const essex = groups.find((group) => group.title.startsWith('Essex: '))!
    expect(essex.title).toBe('Essex: no figure ([c], suppressed to protect identities)')
    expect(essex.items.filter((item) => item.kind === 'line').length).toBeGreaterThan(2)
    const key = groups.find((group) => group.title === 'Key')!
    const keyWords = key.items.flatMap((item) => (item.kind === 'text' ? [item.text] : []))
    expect(keyWords).toEqual(expect.arrayContaining(['No figure', 'Kent']))
    const outline = scene.items.find((item) => item.kind === 'rect' && item.stroke === prepared.style.colours.text && !item.fill)
    const kentTile = groups.find((group) => group.title.startsWith('Kent: '))!.items[0] as Extract<SceneItem, { kind: 'rect' }>
    expect(outline).toBeDefined()
    expect(Math.abs((outline as typeof kentTile).x - kentTile.x)).toBeLessThan(2)
    expect(prepared.texts.notes).toBe('Essex 2020/21: [c] suppressed to protect identities, shown as a gap.')
  })

  it('drafts alt text that names the highest and lowest areas, the outlined one and every area by class', async () => {
    const desk = store()
    const prepared = prepareChart(desk.db, mapSpec())
    const values = prepared.data.series[0].values
    const highest = prepared.data.categories[values.indexOf(Math.max(...values.map((value) => value ?? -Infinity)))]
    const lowest = prepared.data.categories[values.indexOf(Math.min(...values.map((value) => value ?? Infinity)))]
    expect(prepared.altText).toMatch(
      /^Registered sexual offenders by MAPPA area, 2021\/22\. Tile map of the 42 MAPPA areas of England and Wales, shaded by registered sexual offenders, 2021\/22\./
    )
    expect(prepared.altText).toContain(`Highest: ${highest} (`)
    expect(prepared.altText).toContain(`lowest: ${lowest} (`)
    expect(prepared.altText).toMatch(/Essex is outlined: 1,867, \d+(st|nd|rd|th) of 42\./)
    for (const name of prepared.data.categories) expect(prepared.altText).toContain(name)
  })

  it('shades per cent change in a diverging key, and words it in the story style', async () => {
    const desk = store()
    const spec = mapSpec({ mapShows: 'change', periods: { from: '2018/19', to: '2021/22' } })
    const perCent = prepareChart(desk.db, spec)
    expect(perCent.data.isChange).toBe(true)
    const essex = perCent.data.series[0].values[perCent.data.categoryKeys.indexOf('essex')]!
    expect(essex).toBeCloseTo(((1867 - 1496) / 1496) * 100, 5)
    expect(perCent.altText).toContain('shaded by the per cent change in registered sexual offenders from 2018/19 to 2021/22')
    expect(perCent.altText).toMatch(/Essex is outlined: up 25 per cent,/)
    expect(perCent.altText).not.toContain('%')
    setSetting(desk.db, 'storyPercent', 'percent-sign')
    const sign = prepareChart(desk.db, spec)
    expect(sign.altText).toMatch(/Essex is outlined: up 25%,/)
    const svg = text((await renderChart(desk.db, spec, 'svg')).bytes)
    expect(svg).toContain('Change since 2018/19 (%)')
    expect(svg).toMatch(/<title>Essex: up 24\.8%<\/title>/)
  })

  it('exports PNG at 300 dpi with pHYs, a vector PDF with embedded fonts and a CMYK PDF with type in solid black', async () => {
    const desk = store()
    const folder = tempDir()
    const png = await renderChart(desk.db, mapSpec(), 'png')
    expect(readPngInfo(png.bytes)).toMatchObject({ width: 1016, height: 1299, pixelsPerMetre: 11811, unit: 1 })
    const pdf = await renderChart(desk.db, mapSpec(), 'pdf')
    const fonts = poppler('pdffonts', pdf.bytes, folder).split('\n').slice(2).filter(Boolean)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+Inter-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/)
    expect(poppler('pdfimages', pdf.bytes, folder, ['-list']).split('\n').slice(2).filter(Boolean)).toEqual([])
    expect(poppler('pdftotext', pdf.bytes, folder)).toContain('Registered sexual offenders by MAPPA area')
    const cmyk = await renderChart(desk.db, mapSpec(), 'pdf', { isCmyk: true })
    const content = pdfStreams(cmyk.bytes).join('\n')
    expect(content).not.toMatch(/\/DeviceRGB|\b(rg|RG)\b/)
    const fills = textFills(content)
    expect(fills.length).toBeGreaterThan(40)
    // Black type is 100% K and nothing else; grey type (the subtitle, the source) one ink, K alone.
    expect(fills).toContain('0 0 0 1')
    for (const fill of fills) expect(fill).toMatch(/^0 0 0 [\d.]+$|^0 0 0 0$/)
    expect(poppler('pdffonts', cmyk.bytes, folder)).toMatch(/Inter-Bold\s.*yes\s+yes/)
  })

  it('makes a localise pack per area whose map outlines that area and whose story and alt text say per cent alike', async () => {
    const desk = store()
    const out = join(tempDir(), 'packs')
    const spec = mapSpec({ mapShows: 'change', periods: { from: '2018/19', to: '2023/24' }, dpi: 150 })
    const result = await runLocalise(desk.db, { spec, outDir: out, areas: ['kent', 'county-durham'] })
    expect(result).toMatchObject({ isComplete: true, made: ['kent', 'county-durham'], failed: [] })
    for (const [area, name, code] of [
      ['kent', 'Kent', 'KEN'],
      ['county-durham', 'County Durham', 'DUR']
    ]) {
      const manifest = JSON.parse(readFileSync(join(out, area, 'pack.json'), 'utf8')) as { altText: string }
      expect(manifest.altText).toContain(`${name} is outlined: `)
      const svg = readFileSync(join(out, area, 'chart.svg'), 'utf8')
      // The own area's label is the one set in bold.
      const bold = [...svg.matchAll(/font-weight="bold"[^>]*>([A-Z]{3}|[^<]{1,12})<\/text>/g)]
        .map((match) => match[1])
        .filter((label) => TILE_PLACES.some((place) => place.code === label || place.short === label))
      expect(bold).toHaveLength(1)
      expect([code, TILE_PLACES.find((place) => place.code === code)!.short]).toContain(bold[0])
      const story = readFileSync(join(out, area, 'story.txt'), 'utf8')
      expect(story).not.toMatch(/\d%/)
      expect(story).toMatch(/per cent/)
    }
  })

  it('shades in classes the colour check can tell apart, warning only where greyscale hides a rise against a fall', () => {
    const key = (palette: readonly string[]) => palette.map((colour) => ({ label: colour, colour }))
    expect(checkColours(key(SEQUENTIAL))).toEqual([])
    expect(checkColours(key(SEQUENTIAL_GREY))).toEqual([])
    const diverging = checkColours(key(DIVERGING))
    expect(diverging.map((warning) => warning.vision)).toEqual(['greyscale'])
    expect([diverging[0].first, diverging[0].second]).toEqual([DIVERGING[1], DIVERGING[3]])
  })
})
