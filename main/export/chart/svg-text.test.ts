import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { tempStore } from '../../testing/temp'
import { essexTrendSpec, importSixEditions } from '../../testing/chart'
import { renderChart } from './render'

/** The text of each element an XML parser finds, by name; throws where the document is not well formed. */
function parsedTexts(xml: string): Map<string, string> {
  const texts = new Map<string, string>()
  const parser = new SaxesParser()
  let current = ''
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => (current = tag.name))
  parser.on('text', (text) => texts.set(current, (texts.get(current) ?? '') + text))
  parser.write(xml).close()
  return texts
}

describe('the SVG export of a title or alt text holding characters XML forbids', () => {
  it.each([
    ['a C0 control', 'Registered\u0001 sex offenders in Essex', 'Essex\u0001 rose'],
    ['a vertical tab', 'Registered\u000b sex offenders in Essex', 'Essex\u000b rose'],
    ['a lone surrogate', 'Registered\ud800 sex offenders in Essex', 'Essex\udc00 rose'],
    ['a non-character and an escape', 'Registered\ufffe sex offenders in Essex\u001b[31m', 'Essex\uffff rose']
  ])('is well-formed XML without it (%s), the words kept', async (_, title, altText) => {
    const store = tempStore()
    importSixEditions(store)
    const chart = await renderChart(store.db, essexTrendSpec({ title, altText, notes: `Note${title.slice(10, 11)}: checked` }), 'svg')
    const texts = parsedTexts(new TextDecoder().decode(chart.bytes))
    expect(texts.get('title')).toMatch(/^Registered sex offenders in Essex(\[31m)?$/)
    expect(texts.get('desc')).toBe('Essex rose')
    expect(chart.altText).toBe('Essex rose')
  })
})
