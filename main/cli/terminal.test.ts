import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommand } from '../testing/cli'
import { workbookBytes } from '../testing/fixtures'
import { tempDir } from '../testing/temp'

/** C0 and C1 controls but line feed and tab: what would recolour, move, retitle or rewrite a terminal. */
// eslint-disable-next-line no-control-regex -- the controls are what this finds
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/

/**
 * A workbook as a hostile or broken export might hold it: a header turning the terminal red, a row
 * label that retitles the window (OSC), one with an 8-bit CSI, a carriage return and a backspace.
 */
const hostileWorkbook = () =>
  workbookBytes(
    {
      'Table 1': [
        ['Area', '\u001b[31mOffenders in approved premises\u001b[0m'],
        ['Essex', 12],
        ['Kent', 60],
        ['\u001b]0;pwned\u0007Tees Valley (new name)', 12],
        ['\u009b2JNorth Riding\rOverwritten\b', 7]
      ]
    },
    'xlsx'
  )

describe('what the command line prints from a file', () => {
  it.each([
    ['lines', []],
    ['JSON', ['--json']]
  ])('never carries a control character that would drive the terminal (%s)', async (_, flags) => {
    const dir = tempDir()
    const file = join(dir, 'approved-premises.xlsx')
    writeFileSync(file, hostileWorkbook())
    const run = await runCommand(['import', file, '--db', join(dir, 'desk.sqlite'), ...flags])
    expect(run.code).toBe(0)
    const printed = [...run.out, ...run.err].join('\n')
    expect(printed).not.toMatch(CONTROL)
    // Shown, not obeyed: the words stay.
    expect(printed).toContain('Offenders in approved premises')
    expect(printed).toContain('Tees Valley (new name)')
  })

  it('never carries one in a one-line error either', async () => {
    const dir = tempDir()
    const file = join(dir, '\u001b[31mred\u001b[0m.xlsx')
    writeFileSync(file, 'not a workbook')
    const run = await runCommand(['import', file, '--db', join(dir, 'desk.sqlite')])
    expect(run.code).toBe(1)
    expect(run.err.join('\n')).not.toMatch(CONTROL)
    expect(run.err.join('\n')).toContain('red')
  })
})
