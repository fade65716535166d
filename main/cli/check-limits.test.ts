import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_DRAFT_NUMBERS } from '../domain/story/limits'
import { MAX_DOCX_PART_BYTES } from '../import/copy'
import { runCommand } from '../testing/cli'
import { docxBomb } from '../testing/docx'
import { oldStyleBook } from '../testing/fixtures'
import { tempDir } from '../testing/temp'

async function desk() {
  const dir = tempDir()
  const db = join(dir, 'desk.sqlite')
  const table = join(dir, 'mappa-2022.xlsx')
  writeFileSync(table, oldStyleBook('xlsx', { year: 2022 }))
  expect((await runCommand(['import', table, '--db', db])).code).toBe(0)
  return { dir, db }
}

describe('npm run mappa -- check, on drafts no story is', () => {
  it('refuses a .docx bomb in one line, and checks the next draft', async () => {
    const { dir, db } = await desk()
    const bomb = join(dir, 'story.docx')
    writeFileSync(bomb, docxBomb(MAX_DOCX_PART_BYTES + 10 * 1024 * 1024))
    expect(await runCommand(['check', '--db', db, '--area', 'essex', '--period', '2021/22', bomb])).toEqual({
      code: 1,
      out: [],
      err: [expect.stringMatching(/part "word\/document\.xml" unpacks to 30 MB; MAPPA Desk reads parts up to 20 MB \(a zip bomb\?\)$/)]
    })
    const draft = join(dir, 'story.txt')
    writeFileSync(draft, 'There were 406 violent offenders in Essex.')
    expect((await runCommand(['check', '--db', db, '--area', 'essex', '--period', '2021/22', draft])).out.at(-1)).toBe('1 verified')
  })

  it('refuses a draft of more numbers than any story in one line', async () => {
    const { dir, db } = await desk()
    const draft = join(dir, 'table.txt')
    writeFileSync(draft, Array.from({ length: MAX_DRAFT_NUMBERS + 1 }, (_, index) => String(index)).join('\n'))
    expect(await runCommand(['check', '--db', db, '--area', 'essex', '--period', '2021/22', draft])).toEqual({
      code: 1,
      out: [],
      err: [
        'mappa: table.txt has more than 5,000 numbers; MAPPA Desk checks up to 5,000 at once, more than any story holds: check it in parts'
      ]
    })
  })
})
