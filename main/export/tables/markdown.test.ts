import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../../store/annotations'
import { seedTableStore, EDIT_REASON, NOTE_TEXT } from '../../testing/table-store'
import { tempStore } from '../../testing/temp'
import { markdownText, tableMarkdown } from './markdown'
import { buildTableSpec } from './spec'

describe('Markdown table export', () => {
  it('writes a pipe table with one row per area, figures right-aligned, the own area in bold and the footnotes below', () => {
    const store = seedTableStore(tempStore())
    const spec = buildTableSpec(store.db, {
      subject: 'rso',
      periods: ['2022/23', '2023/24'],
      derived: ['percentChange'],
      title: 'Sex offenders | by area'
    })
    const lines = tableMarkdown(spec).split('\n')
    expect(lines[0]).toBe('**Sex offenders \\| by area**')
    expect(lines[2]).toBe('| Area | 2022/23 | 2022/23 % change | 2023/24 | 2023/24 % change |')
    expect(lines[3]).toBe('| :--- | ---: | ---: | ---: | ---: |')
    const rows = lines.filter((line) => line.startsWith('| ')).slice(2)
    expect(rows).toHaveLength(43)
    // Every row has as many cells as the header.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7)
    expect(rows.find((row) => row.includes('Essex'))).toMatch(/^\| \*\*Essex\*\* \| \*\*1,119\*\* \| \*\*−40\.1%\*\* \|/)
    expect(rows[42]).toMatch(/^\| England and Wales \| 68,357 \| \+2\.4% \| 70,052 \| \+2\.5% \|$/)
    const after = lines.slice(lines.indexOf(rows[42]) + 1).join('\n')
    expect(after).toContain('Source: Ministry of Justice, MAPPA annual report 2023/24')
    expect(after).toContain(NOTE_TEXT)
    expect(after).not.toContain(EDIT_REASON) // the corrected figure is for 2021/22, not shown
  })

  it('carries the corrected figure line when the corrected year is shown', () => {
    const store = seedTableStore(tempStore())
    const text = tableMarkdown(buildTableSpec(store.db, { subject: 'rso', rows: ['county-durham', 'essex'] }))
    expect(text).toContain(`County Durham 2021/22 corrected from 941 to 942: ${EDIT_REASON}`)
    expect(text).toContain('| County Durham | 942 | 1,007 | 1,123 |')
  })

  it('marks a shared rank with "=" and says what ranks are among', () => {
    const store = seedTableStore(tempStore())
    const text = tableMarkdown(buildTableSpec(store.db, { subject: 'rso', periods: ['2021/22'], derived: ['rank'] }))
    expect(text).toContain('| Thames Valley | 1,861 | =8th |')
    expect(text).toContain('| West Midlands | 1,861 | =8th |')
    expect(text).toContain('| England and Wales | 66,741 | \\[z\\] |')
    expect(text).toContain('Ranks are among the 42 areas with a figure \\(1 = highest; "=" marks a shared rank\\)')
  })

  it('carries no live link, remote image or raw HTML from a title or a note, and shows their words as typed', () => {
    const store = seedTableStore(tempStore())
    const note =
      'See [the appeal](javascript:alert(1)) and ![map](http://evil.example/x.png) at https://evil.example or <img src=x onerror=alert(1)>'
    createAnnotation(store.db, { kind: 'measure', measure: 'rso' }, note)
    const spec = buildTableSpec(store.db, {
      subject: 'rso',
      rows: ['essex'],
      title: '[see](javascript:alert(1)) ![x](http://evil.example/y.png)'
    })
    const html = marked.parse(tableMarkdown(spec), { async: false })
    expect(html).not.toMatch(/<a\b|<img\b|<script\b|<code\b/)
    expect(html).toContain('<strong>[see](javascript:alert(1)) ![x](http://evil.example/y.png)</strong>')
    expect(html).toContain(
      'See [the appeal](javascript:alert(1)) and ![map](http://evil.example/x.png) at https://evil.example or &lt;img src=x onerror=alert(1)&gt;'
    )
  })

  it('escapes what would break a cell or start emphasis', () => {
    expect(markdownText('a|b *c* _d_ `e` <b> \\')).toBe('a\\|b \\*c\\* \\_d\\_ \\`e\\` \\<b\\> \\\\')
  })
})
