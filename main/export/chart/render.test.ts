import { describe, expect, it } from 'vitest'
import { pixelSize } from '../../contract/chart/spec'
import { createAnnotation } from '../../store/annotations'
import { applyEdit } from '../../store/edits'
import { tempDir, tempStore } from '../../testing/temp'
import { essexTrendSpec, fontFamilies, importSixEditions, pdfStreams, poppler, rankingSpec, readPngInfo } from '../../testing/chart'
import { SVG_FALLBACK_FONTS } from './draw'
import { renderChart } from './render'

function store() {
  const created = tempStore()
  importSixEditions(created)
  return created
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
/** Skia writes some lines word by word; in document order they read as the line. */
const svgWords = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).filter(Boolean)

describe('chart export files', () => {
  it('writes a PNG whose pixel size and pHYs match the mm size and dpi', async () => {
    const desk = store()
    const chart = await renderChart(desk.db, essexTrendSpec(), 'png')
    const png = readPngInfo(chart.bytes)
    expect([png.width, png.height]).toEqual([Math.round((86 / 25.4) * 300), Math.round((70 / 25.4) * 300)])
    expect([png.width, png.height]).toEqual([1016, 827])
    expect(png.pixelsPerMetre).toBe(Math.round(300 * 39.3701))
    expect(png.unit).toBe(1)
    const at150 = readPngInfo((await renderChart(desk.db, essexTrendSpec({ dpi: 150, size: { widthMm: 131, heightMm: 90 } }), 'png')).bytes)
    expect([at150.width, at150.height, at150.pixelsPerMetre]).toEqual([774, 531, Math.round(150 * 39.3701)])
    expect(chart.fileName).toBe('registered-sex-offenders-in-essex.png')
  })

  it('writes an SVG with the title, source, notes and axis labels as text and the alt text in title and desc', async () => {
    const desk = store()
    const chart = await renderChart(desk.db, essexTrendSpec(), 'svg')
    const svg = text(chart.bytes)
    const words = svgWords(svg)
    const reading = words.join(' ')
    expect(reading).toContain('Registered sex offenders in Essex')
    expect(reading).toContain('Source: Ministry of Justice, MAPPA annual reports 2018/19 to 2023/24')
    expect(reading).toContain('Note: Essex 2020/21: [c] suppressed to protect identities, shown as a gap.')
    expect(reading).toContain('1,867: highest yet')
    expect(words).toEqual(expect.arrayContaining(['2018/19', '2023/24', '1,500', '0', '[c]']))
    expect(svg).toMatch(/<svg[^>]*width="86mm" height="70mm"/)
    expect(svg).toContain('<title id="chart-title">Registered sex offenders in Essex</title>')
    expect(svg).toMatch(/<desc id="chart-desc">[^<]*Essex fell from 1,496 in 2018\/19/)
    expect(svg).not.toContain('<image')
    expect(fontFamilies(svg)).toEqual([`Inter, ${SVG_FALLBACK_FONTS}`])
  })

  it('writes a vector PDF with subset embedded fonts, no raster image, the page in mm and extractable text', async () => {
    const desk = store()
    const folder = tempDir()
    const chart = await renderChart(desk.db, essexTrendSpec(), 'pdf')
    const fonts = poppler('pdffonts', chart.bytes, folder).split('\n').slice(2).filter(Boolean)
    expect(fonts.length).toBe(2)
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+Inter-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/)
    expect(poppler('pdfimages', chart.bytes, folder, ['-list']).split('\n').slice(2).filter(Boolean)).toEqual([])
    const box = /MediaBox:\s+0\.00\s+0\.00\s+([\d.]+)\s+([\d.]+)/.exec(poppler('pdfinfo', chart.bytes, folder, ['-box']))!
    expect([(Number(box[1]) / 72) * 25.4, (Number(box[2]) / 72) * 25.4].map((mm) => Math.round(mm * 100) / 100)).toEqual([86, 70])
    const extracted = poppler('pdftotext', chart.bytes, folder)
    expect(extracted).toContain('Registered sex offenders in Essex')
    expect(extracted).toContain('Source: Ministry of Justice, MAPPA annual reports')
    expect(extracted).toContain('2021/22')
    expect(extracted).toContain('1,867: highest yet')
  })

  it('writes a CMYK PDF whose every colour operator is CMYK, with its fonts embedded', async () => {
    const desk = store()
    const folder = tempDir()
    const chart = await renderChart(desk.db, essexTrendSpec(), 'pdf', { isCmyk: true })
    expect(chart.isCmyk).toBe(true)
    const content = pdfStreams(chart.bytes).join('\n')
    expect(content).toMatch(/\/DeviceCMYK (cs|CS)/)
    expect(content).not.toMatch(/\/DeviceRGB|\b(rg|RG)\b/)
    expect(content).toMatch(/ (scn|SCN)\b/)
    const fonts = poppler('pdffonts', chart.bytes, folder)
    expect(fonts).toMatch(/Inter-Regular\s.*yes\s+yes/)
    expect(fonts).toMatch(/Inter-Bold\s.*yes\s+yes/)
    expect(fonts).not.toMatch(/Helvetica/)
    expect(poppler('pdftotext', chart.bytes, folder)).toContain('Registered sex offenders in Essex')
  })

  it('drafts the source from the editions shown and the notes from edits, notes and gaps', async () => {
    const desk = store()
    applyEdit(desk.db, { area: 'essex', measure: 'rso', period: '2022/23', value: '1,901', reason: 'Essex Police corrected return' })
    createAnnotation(desk.db, { kind: 'period', period: '2019/20', measure: 'rso' }, 'COVID recording delays')
    const chart = await renderChart(desk.db, essexTrendSpec({ periods: { from: '2020/21', to: '2023/24' } }), 'png')
    expect(chart.source).toBe('Source: Ministry of Justice, MAPPA annual reports 2020/21 to 2023/24')
    expect(chart.texts.notes).toMatch(/^Essex 2022\/23 corrected from [\d,]+ to 1,901: Essex Police corrected return, /)
    expect(chart.texts.notes).toContain('Essex 2020/21: [c] suppressed to protect identities, shown as a gap.')
    expect(chart.texts.notes).not.toContain('COVID')
    const written = await renderChart(desk.db, essexTrendSpec({ source: 'Source: MoJ', notes: 'Our own note' }), 'png')
    expect([written.texts.source, written.texts.notes, written.drafts.notes.length > 0]).toEqual(['Source: MoJ', 'Our own note', true])
  })

  it('draws every chart type with markers in the data as gaps with a note, never a zero', async () => {
    const desk = store()
    const specs = [
      essexTrendSpec(),
      essexTrendSpec({ type: 'column', annotations: [{ kind: 'last', area: 'essex', text: '' }] }),
      rankingSpec('2020/21'),
      essexTrendSpec({ type: 'stacked', areas: ['kent'], highlight: 'kent', annotations: [], title: 'Kent by category' })
    ]
    for (const spec of specs) {
      const chart = await renderChart(desk.db, spec, 'svg')
      const svg = text(chart.bytes)
      if (spec.type === 'stacked') {
        expect(chart.texts.notes).toBe('Kent violent offenders 2023/24: .. not available, shown as a gap.')
      } else {
        expect(chart.texts.notes).toContain('Essex 2020/21: [c] suppressed to protect identities, shown as a gap.')
        expect(svg).toContain('>[c]</text>')
      }
      expect(chart.altText.length).toBeGreaterThan(40)
      const png = await renderChart(desk.db, spec, 'png')
      expect(readPngInfo(png.bytes).width).toBe(pixelSize({ size: spec.size!, dpi: 300 }).widthPx)
    }
  })

  it('ranks the 42 areas with the highlighted one named in the alt text and England and Wales as the reference line', async () => {
    const desk = store()
    const chart = await renderChart(desk.db, rankingSpec(), 'svg')
    const svg = text(chart.bytes)
    const reading = svgWords(svg).join(' ')
    expect(reading).toContain('England and Wales average per area: 1,589')
    expect(reading).toContain('North Yorkshire')
    expect(chart.altText).toMatch(
      /Bar chart ranking 42 areas by registered sexual offenders\. Highest .+; lowest .+\. Essex is highlighted: \d+(st|nd|rd|th) with 1,867\./
    )
    expect(chart.warnings).toEqual([])
    const short = await renderChart(desk.db, rankingSpec('2021/22', { size: { widthMm: 86, heightMm: 70 } }), 'png')
    expect(short.warnings.join(' ')).toMatch(/Too short for 42 area names: make the chart at least \d+ mm tall/)
  })

  it('refuses a bad spec with one line naming the field', async () => {
    const desk = store()
    const refuse = (overrides: Parameters<typeof essexTrendSpec>[0]) => renderChart(desk.db, essexTrendSpec(overrides), 'png')
    await expect(refuse({ areas: ['atlantis'] })).rejects.toThrow('Chart spec areas.0: unknown area "atlantis"')
    await expect(refuse({ measure: 'unicorns' })).rejects.toThrow('Chart spec measure: unknown measure "unicorns"')
    await expect(refuse({ periods: { from: '2001/02', to: '2023/24' } })).rejects.toThrow(
      'Chart spec periods.from: no figures for 2001/02 in this database'
    )
    await expect(refuse({ size: { widthMm: 5, heightMm: 70 } })).rejects.toThrow('Chart spec size.widthMm: must be at least 20 mm')
    await expect(refuse({ size: { widthMm: 590, heightMm: 25 } })).rejects.toThrow(/^Chart spec size: 590 × 25 mm is too thin/)
    await expect(refuse({ dpi: 5000 })).rejects.toThrow('Chart spec dpi: must be at most 1200')
    await expect(refuse({ theme: 'tabloid' })).rejects.toThrow('Chart spec theme: unknown house style "tabloid"')
    await expect(refuse({ type: 'pie' as never })).rejects.toThrow(/^Chart spec type: /)
  })

  it('redraws with an edit made after the last drawing', async () => {
    const desk = store()
    const before = await renderChart(desk.db, essexTrendSpec(), 'png')
    expect(before.texts.notes).not.toContain('corrected')
    applyEdit(desk.db, { area: 'essex', measure: 'rso', period: '2021/22', value: '1,870', reason: 'Essex Police' })
    const after = await renderChart(desk.db, essexTrendSpec(), 'png')
    expect(after.texts.notes).toMatch(/^Essex 2021\/22 corrected from 1,867 to 1,870: Essex Police/)
    expect(after.altText).toContain('Highest 1,870 in 2021/22')
  })

  it('warns when the value axis does not start at zero', async () => {
    const desk = store()
    const chart = await renderChart(desk.db, essexTrendSpec({ axisFromZero: false }), 'png')
    expect(chart.warnings).toContain('The value axis does not start at zero: differences look bigger than they are; say so in the subtitle')
  })
})
