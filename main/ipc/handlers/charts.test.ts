import { createCanvas, loadImage } from '@napi-rs/canvas'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseChartSpec } from '../../contract/chart/spec'
import { HOUSE_STYLE } from '../../contract/chart/theme'
import type { ChartExport, ChartRender, SavedChart, SavedStyle } from '../../contract/charts'
import { essexTrendSpec, importSixEditions, readPngInfo } from '../../testing/chart'
import { tempContext, tempDir } from '../../testing/temp'
import { createDispatch } from '../registrar'
import { createHandlers } from '.'
import type { HandlerContext } from './context'

function desk(overrides: Partial<HandlerContext> = {}) {
  const context = { ...tempContext(), ...overrides }
  importSixEditions(context.store)
  return { context, dispatch: createDispatch(createHandlers(context)) }
}

async function result<T>(reply: Promise<{ ok: boolean; result?: unknown; error?: unknown }>): Promise<T> {
  const envelope = await reply
  if (!envelope.ok) throw new Error(JSON.stringify(envelope.error))
  return envelope.result as T
}

const spec = parseChartSpec(essexTrendSpec())

describe('the chart channels', () => {
  it('preview the exact bytes the PNG export writes', async () => {
    const { dispatch } = desk()
    const preview = await result<ChartRender>(dispatch('charts:render', { spec }))
    const exported = await result<ChartExport>(dispatch('charts:export', { spec, format: 'png' }))
    expect(preview.mime).toBe('image/png')
    expect(Buffer.from(exported.bytes!).equals(Buffer.from(preview.bytes))).toBe(true)
    expect(readPngInfo(preview.bytes)).toMatchObject({ width: 1016, height: 827 })
    expect(preview.drafts.title).toBe('Registered sexual offenders in Essex')
    expect(preview.texts.title).toBe('Registered sex offenders in Essex')
    const svgPreview = await result<ChartRender>(dispatch('charts:render', { spec, format: 'svg' }))
    const svgExport = await result<ChartExport>(dispatch('charts:export', { spec, format: 'svg' }))
    expect(new TextDecoder().decode(svgPreview.bytes)).toBe(new TextDecoder().decode(svgExport.bytes!))
  })

  it('shows at screen density the picture the 300 dpi export holds', async () => {
    const { dispatch } = desk()
    const screen = await result<ChartRender>(dispatch('charts:render', { spec, dpi: 150 }))
    const exported = await result<ChartExport>(dispatch('charts:export', { spec, format: 'png' }))
    const retitled = await result<ChartExport>(
      dispatch('charts:export', { spec: { ...spec, title: 'Registered sex offenders in Kent' }, format: 'png' })
    )
    expect([screen.widthPx, screen.heightPx]).toEqual([508, 413])
    /**
     * The largest difference between 8 × 8 px blocks (mean grey level, 0–255) once the export is
     * scaled to the preview's pixels: anti-aliasing averages out, a moved or changed element does not.
     */
    const difference = async (print: Uint8Array) => {
      const [small, large] = await Promise.all([loadImage(Buffer.from(screen.bytes)), loadImage(Buffer.from(print))])
      const pixels = (image: typeof small, width: number, height: number) => {
        const canvas = createCanvas(width, height)
        canvas.getContext('2d').drawImage(image, 0, 0, width, height)
        return canvas.getContext('2d').getImageData(0, 0, width, height).data
      }
      const shown = pixels(small, small.width, small.height)
      const scaled = pixels(large, small.width, small.height)
      const block = 8
      let worst = 0
      for (let top = 0; top + block <= small.height; top += block) {
        for (let left = 0; left + block <= small.width; left += block) {
          let sum = 0
          for (let y = top; y < top + block; y++) {
            for (let x = left; x < left + block; x++) {
              const at = (y * small.width + x) * 4
              sum += (shown[at] + shown[at + 1] + shown[at + 2] - scaled[at] - scaled[at + 1] - scaled[at + 2]) / 3
            }
          }
          worst = Math.max(worst, Math.abs(sum / (block * block)))
        }
      }
      return worst
    }
    const same = await difference(exported.bytes!)
    const other = await difference(retitled.bytes!)
    // Measured: about 20 where a dash or a glyph edge falls a pixel apart; about 90 when one word of the title changes.
    expect(same).toBeLessThan(35)
    expect(other).toBeGreaterThan(60)
  })

  it('refuses a spec with an impossible size before drawing, naming the field', async () => {
    const { dispatch } = desk()
    const reply = await dispatch('charts:render', { spec: { ...spec, size: { widthMm: 86, heightMm: 1 } } })
    expect(reply).toEqual({
      ok: false,
      error: { code: 'bad_input', message: 'Invalid input for charts:render: spec.size.heightMm: must be at least 20 mm' }
    })
  })

  it('saves through the shell dialog in Electron, with the alt text beside the image and the folder remembered', async () => {
    const folder = tempDir()
    const asked: string[] = []
    const { dispatch } = desk({
      mode: 'electron',
      chooseSavePath: async ({ defaultPath }) => (asked.push(defaultPath), join(folder, 'essex.png'))
    })
    const saved = await result<ChartExport>(dispatch('charts:export', { spec, format: 'png' }))
    expect(saved).toMatchObject({ savedTo: join(folder, 'essex.png'), bytes: null, isCancelled: false })
    expect(readPngInfo(readFileSync(join(folder, 'essex.png'))).width).toBe(1016)
    expect(readFileSync(join(folder, 'essex.alt.txt'), 'utf8')).toMatch(/^Registered sex offenders in Essex\. Line chart/)
    await dispatch('charts:export', { spec, format: 'pdf', cmyk: true })
    expect(asked).toEqual(['registered-sex-offenders-in-essex.png', join(folder, 'registered-sex-offenders-in-essex.pdf')])
    expect(existsSync(join(folder, 'essex.png'))).toBe(true)
  })

  it('lists, saves, duplicates and deletes charts in the project', async () => {
    const { dispatch } = desk()
    const saved = await result<SavedChart>(dispatch('charts:save', { name: 'Essex trend', spec }))
    await result<SavedChart>(dispatch('charts:save', { id: saved.id, name: 'Essex trend, final', spec: { ...spec, title: 'Final' } }))
    const copy = await result<SavedChart>(dispatch('charts:duplicate', { id: saved.id }))
    const listed = await result<SavedChart[]>(dispatch('charts:list', {}))
    expect(listed.map((chart) => [chart.name, chart.spec.title]).sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
      ['Essex trend, final', 'Final'],
      ['Essex trend, final (copy)', 'Final']
    ])
    await result(dispatch('charts:delete', { id: copy.id }))
    expect((await result<SavedChart[]>(dispatch('charts:list', {}))).map((chart) => chart.id)).toEqual([saved.id])
    expect(await dispatch('charts:delete', { id: copy.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('saves a house style with its column widths and draws with it', async () => {
    const { dispatch } = desk()
    const style = { ...HOUSE_STYLE, name: 'Evening Gazette', columnsMm: [47, 98, 149] as [number, number, number] }
    await result<SavedStyle>(dispatch('templates:save', { style }))
    const styles = await result<SavedStyle[]>(dispatch('templates:list', {}))
    expect(styles.map((entry) => [entry.style.name, entry.isBuiltIn])).toEqual([
      ['house', true],
      ['mono', true],
      ['Evening Gazette', false]
    ])
    expect(styles[2].style.columnsMm).toEqual([47, 98, 149])
    const drawn = await result<ChartRender>(dispatch('charts:render', { spec: { ...spec, theme: 'Evening Gazette' } }))
    expect(drawn.warnings).toEqual([])
    expect(await dispatch('templates:save', { style: { ...style, name: 'house' } })).toMatchObject({
      ok: false,
      error: { code: 'bad_input' }
    })
    await result(dispatch('templates:delete', { name: 'Evening Gazette' }))
    expect(await dispatch('charts:render', { spec: { ...spec, theme: 'Evening Gazette' } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('unknown house style') }
    })
  })
})
