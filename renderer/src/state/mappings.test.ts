import { describe, expect, it } from 'vitest'
import type { ImportPreview, PreviewRow } from '../../../main/contract/types'
import { encodeWire } from '../../../main/contract/wire'
import { initialDraft, NOT_AN_AREA, toMappings, unmatchedLabels, withArea } from './mappings'

const row = (label: string, areaSlug: string | null = null): PreviewRow => ({
  label,
  areaSlug,
  areaName: null,
  areaKind: areaSlug ? 'area' : null
})

function previewOf(rows: PreviewRow[]): ImportPreview {
  return {
    previewId: 'preview-1',
    fileName: 'mappa.csv',
    format: 'csv',
    sizeBytes: 1,
    recogniser: 'moj-csv',
    recogniserLabel: 'MoJ figures in CSV',
    isGeneric: false,
    editionLabel: 'MAPPA annual report 2021/22',
    period: '2021/22',
    tables: [
      {
        index: 0,
        sheet: 'Sheet1',
        title: null,
        headerRow: 1,
        layout: 'wide',
        period: '2021/22',
        periodSource: 'title',
        columns: [],
        rows,
        counts: { values: 0, nils: 0, suppressed: 0, notAvailable: 0, notApplicable: 0, flagged: 0, text: 0 },
        observations: 0
      }
    ],
    footnotes: [],
    warnings: [],
    unknownAreas: rows.filter((each) => !each.areaSlug).map((each) => each.label),
    duplicateOf: null
  }
}

describe('the import preview’s mapping draft', () => {
  it('treats rows named like object members as rows, unmatched until the reporter chooses', () => {
    const preview = previewOf([row('Essex', 'essex'), row('constructor'), row('__proto__'), row('toString'), row('hasOwnProperty')])
    const draft = initialDraft(preview)
    expect(unmatchedLabels(preview, draft)).toEqual(['constructor', '__proto__', 'toString', 'hasOwnProperty'])
    expect(toMappings(preview, draft).areas).toBeUndefined()

    const chosen = { ...draft, areas: withArea(withArea(draft.areas, '__proto__', 'teesside'), 'toString', NOT_AN_AREA) }
    expect(unmatchedLabels(preview, chosen)).toEqual(['constructor', 'hasOwnProperty'])
    const mappings = toMappings(preview, chosen)
    expect(Object.entries(mappings.areas ?? {})).toEqual([
      ['__proto__', 'teesside'],
      ['toString', null]
    ])
    expect(JSON.parse(encodeWire(mappings))).toMatchObject({ areas: JSON.parse('{ "__proto__": "teesside", "toString": null }') })
  })
})
