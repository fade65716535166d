import { describe, expect, it } from 'vitest'
import { seedTableStore, EDIT_REASON } from '../../testing/table-store'
import { tempStore } from '../../testing/temp'
import { escapeHtml, tableHtml } from './html'
import { buildTableSpec } from './spec'

interface Element {
  name: string
  attributes: Map<string, string>
  children: Element[]
  text: string
}

const VOID = new Set(['br', 'img', 'col', 'hr'])

/** A strict little parser for the fragment: every tag closed in order, or it throws. */
function parseFragment(html: string): Element {
  const root: Element = { name: '#root', attributes: new Map(), children: [], text: '' }
  const stack = [root]
  for (const token of html.matchAll(/<(\/?)([a-z0-9]+)((?:\s+[a-z-]+="[^"]*")*)\s*>|([^<]+)/g)) {
    const [, closing, name, attributeText, text] = token
    const top = stack[stack.length - 1]
    if (text !== undefined) {
      top.text += text
      continue
    }
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`)
      stack.pop()
      continue
    }
    const attributes = new Map([...attributeText.matchAll(/([a-z-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]))
    const element: Element = { name, attributes, children: [], text: '' }
    top.children.push(element)
    if (!VOID.has(name)) stack.push(element)
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`)
  if (html.replace(/<[^>]*>|[^<]+/g, '') !== '') throw new Error('stray markup')
  return root
}

const all = (element: Element, name: string): Element[] => [
  ...element.children.filter((child) => child.name === name),
  ...element.children.flatMap((child) => all(child, name))
]
const textOf = (element: Element): string => element.text + element.children.map(textOf).join('')

describe('HTML table export', () => {
  it('is one <table> with a caption, scoped column and row headers, a body row per area and a tfoot with the source and notes', () => {
    const store = seedTableStore(tempStore())
    const spec = buildTableSpec(store.db, { subject: 'rso', derived: ['change'] })
    const root = parseFragment(tableHtml(spec))
    expect(root.children.map((child) => child.name)).toEqual(['table'])
    const [table] = root.children
    expect(table.children.map((child) => child.name)).toEqual(['caption', 'thead', 'tbody', 'tfoot'])
    expect(textOf(table.children[0])).toBe('Registered sexual offenders (Category 1) at 31 March, by area, 2021/22 to 2023/24')
    const columnHeads = all(table.children[1], 'th')
    expect(columnHeads.every((th) => th.attributes.get('scope') === 'col')).toBe(true)
    expect(columnHeads.map(textOf)).toEqual(['Area', '2021/22', '2021/22 change', '2022/23', '2022/23 change', '2023/24', '2023/24 change'])
    const bodyRows = all(table.children[2], 'tr')
    expect(bodyRows).toHaveLength(43)
    for (const row of bodyRows) {
      expect(row.children[0]).toMatchObject({ name: 'th' })
      expect(row.children[0].attributes.get('scope')).toBe('row')
      expect(row.children.slice(1).map((cell) => cell.name)).toEqual(Array(6).fill('td'))
    }
    const essex = bodyRows.find((row) => textOf(row.children[0]) === 'Essex')!
    expect(essex.attributes.get('style')).toContain('background')
    expect(textOf(essex.children[3])).toBe('1,119')
    expect(textOf(essex.children[4])).toBe('−748')
    const foot = all(table.children[3], 'td').map(textOf)
    expect(foot[0]).toBe('Source: Ministry of Justice, MAPPA annual report 2023/24')
    expect(foot.some((line) => line.includes(`County Durham 2021/22 corrected from 941 to 942: ${EDIT_REASON}`))).toBe(true)
    expect(all(table.children[3], 'td').every((td) => td.attributes.get('colspan') === '7')).toBe(true)
  })

  it('has no script, no external reference and escapes hostile text', () => {
    const store = seedTableStore(tempStore(), { isHostile: true })
    const html = tableHtml(buildTableSpec(store.db, { subject: 'rso', title: '<script>alert(1)</script><img src=x onerror=alert(1)>' }))
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    const root = parseFragment(html)
    const elements = all(root, 'table').concat(['caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'].flatMap((name) => all(root, name)))
    const names = new Set<string>()
    const walk = (element: Element) => element.children.forEach((child) => (names.add(child.name), walk(child)))
    walk(root)
    expect([...names].sort()).toEqual(['caption', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr'])
    const attributes = new Set(elements.flatMap((element) => [...element.attributes.keys()]))
    expect([...attributes].sort()).toEqual(['colspan', 'scope', 'style'])
    expect(elements.some((element) => /url\(|@import|expression\(/i.test(element.attributes.get('style') ?? ''))).toBe(false)
    expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;')
  })
})
