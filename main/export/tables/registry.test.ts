import { describe, expect, it } from 'vitest'
import { seedTableStore } from '../../testing/table-store'
import { tempStore } from '../../testing/temp'
import { TABLE_FORMATS, tableFileName, tableWriter, writeTable } from './registry'
import { buildTableSpec } from './spec'

describe('table writer registry', () => {
  it('has one writer per format, each writing bytes named from the title', async () => {
    expect(TABLE_FORMATS).toEqual(['csv', 'xlsx', 'html', 'md', 'idtt'])
    const store = seedTableStore(tempStore())
    const spec = buildTableSpec(store.db, { subject: 'rso', title: 'Sex offenders: where Essex ranks (2023/24)' })
    for (const format of TABLE_FORMATS) {
      const written = await writeTable(spec, format)
      expect(written.bytes.length).toBeGreaterThan(1000)
      expect(written.fileName).toBe(`sex-offenders-where-essex-ranks-2023-24.${tableWriter(format).extension}`)
    }
  })

  it('names a file even from a title with nothing to slug, and refuses an unknown format in one line', () => {
    expect(tableFileName('', 'csv')).toBe('mappa-table.csv')
    expect(tableFileName('!!!', 'csv')).toMatch(/^mappa-table-[0-9a-z]+\.csv$/)
    expect(tableFileName('x'.repeat(200), 'md')).toBe(`${'x'.repeat(80)}.md`)
    expect(() => tableWriter('pdf')).toThrow('Unknown table format "pdf": use csv, xlsx, html, md, idtt')
  })
})
