import { describe, expect, it } from 'vitest'
import { docxBytes } from '../testing/docx'
import { htmlText, readCopy } from './copy'

describe("a Word draft's words", () => {
  it('keeps a table a row a line with its cells split by tabs, and paragraphs apart', async () => {
    const text = await readCopy(
      'draft.docx',
      docxBytes([
        'Essex & Kent',
        [
          ['Area', 'Sex offenders'],
          ['Essex', '1,867']
        ],
        'Source: MoJ'
      ])
    )
    expect(text).toBe('Essex & Kent\n\nArea\tSex offenders\nEssex\t1,867\n\nSource: MoJ\n\n')
  })

  it("leaves out mammoth's footnote markers and back links, not the footnote's words", () => {
    const html =
      '<p>There were 1,867<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> offenders.</p>' +
      '<ol><li id="footnote-1"><p>At 31 March &amp; published. <a href="#footnote-ref-1">↑</a></p></li></ol>'
    expect(htmlText(html)).toBe('There were 1,867 offenders.\n\nAt 31 March & published. \n\n\n\n\n')
  })

  it('joins the paragraphs of one table cell with a space and reads line breaks and entities', () => {
    expect(htmlText('<table><tr><td><p>Sex</p><p>offenders</p></td><td><p>1&#44;867</p></td></tr></table><p>a<br />b &lt;c&gt;</p>')).toBe(
      'Sex offenders\t1,867\n\na\nb <c>\n\n'
    )
  })
})
