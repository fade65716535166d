import type { Column, GridApi, IRowNode } from 'ag-grid-community'
import { describe, expect, it } from 'vitest'
import { neutraliseFormula } from '../../../main/contract/spreadsheet-text'
import { focusedCellTsv, selectedRowsTsv } from './copy'

type Row = Record<string, string>

/** Just the grid API copy.ts reads: displayed columns, rows in order, ticks, focus and shown values. */
function fakeGrid(headers: Row, rows: Row[], options: { ticked?: number[]; focus?: { row: number; column: string } } = {}): GridApi<Row> {
  const columns = Object.keys(headers).map((id) => ({ getColId: () => id, getParent: () => null }) as unknown as Column)
  const nodes = rows.map((data, rowIndex) => ({ data, rowIndex }) as unknown as IRowNode<Row>)
  const api = {
    getSelectedNodes: () => (options.ticked ?? []).map((index) => nodes[index]),
    forEachNodeAfterFilterAndSort: (visit: (node: IRowNode<Row>) => void) => nodes.forEach(visit),
    getAllDisplayedColumns: () => columns,
    getColumn: (id: string) => columns.find((column) => column.getColId() === id) ?? null,
    getDisplayNameForColumn: (column: Column) => headers[column.getColId()],
    getDisplayNameForColumnGroup: () => '',
    getCellValue: ({ rowNode, colKey }: { rowNode: IRowNode<Row>; colKey: Column }) => rowNode.data![colKey.getColId()],
    getFocusedCell: () =>
      options.focus
        ? { rowIndex: options.focus.row, rowPinned: null, column: columns.find((column) => column.getColId() === options.focus!.column) }
        : null,
    getDisplayedRowAtIndex: (index: number) => nodes[index]
  }
  return api as unknown as GridApi<Row>
}

describe('copying from the grid', () => {
  it('pastes labels and cells that start like a formula as text, with a leading quote', () => {
    const grid = fakeGrid(
      { area: 'Area', rank: 'Rank', change: 'Change' },
      [
        { area: '=HYPERLINK("http://evil.example","Essex")', rank: '=3rd', change: '+183' },
        { area: '@SUM(A1:A9)', rank: '+cmd|" /C calc"!A0', change: '-4.2%' },
        { area: '-2+3', rank: '1st', change: '-1,234' }
      ],
      { ticked: [0, 1, 2] }
    )
    expect(selectedRowsTsv(grid)!.split('\n')).toEqual([
      'Area\tRank\tChange',
      `'=HYPERLINK("http://evil.example","Essex")\t'=3rd\t+183`,
      `'@SUM(A1:A9)\t'+cmd|" /C calc"!A0\t-4.2%`,
      `'-2+3\t1st\t-1,234`
    ])
  })

  it('neutralises a header read from a file, and the focused cell beside its label', () => {
    const grid = fakeGrid({ area: 'Area', custom: '=1+1 offenders' }, [{ area: 'Essex', custom: '=2*3' }], {
      focus: { row: 0, column: 'custom' }
    })
    expect(focusedCellTsv(grid, 'area')).toBe(`Area\t'=1+1 offenders\nEssex\t'=2*3`)
  })

  it('keeps negative and signed numbers and the nil marker as they are', () => {
    for (const number of ['-12', '-1,867', '-0.5', '+10.9%', '-3%', '-']) expect(neutraliseFormula(number)).toBe(number)
    expect(neutraliseFormula('1,867')).toBe('1,867')
    expect(neutraliseFormula('[c]')).toBe('[c]')
  })

  it('neutralises a tab or carriage return that would hide a formula', () => {
    expect(neutraliseFormula('\t=1+1')).toBe("'\t=1+1")
    expect(neutraliseFormula('\r=1+1')).toBe("'\r=1+1")
    expect(neutraliseFormula('- 12')).toBe("'- 12")
    expect(neutraliseFormula('-12e3')).toBe("'-12e3")
  })
})
