// Check my copy in browser mode against drafts no story is: a .docx bomb and a pasted draft of more
// numbers than any story are refused in one line, and the panel goes on checking the next draft.

import { MAX_DRAFT_NUMBERS } from '../main/domain/story/limits'
import { MAX_DOCX_PART_BYTES } from '../main/import/copy'
import { docxBomb } from '../main/testing/docx'
import { expect, test } from './fixtures'

test('Check my copy refuses a .docx bomb and an over-long draft in one line, then checks the next draft', async ({ desk }) => {
  await desk.sampleButton.click()
  const story = await desk.openStory()
  await story.getByRole('tab', { name: 'Check my copy' }).click()

  const bomb = Buffer.from(docxBomb(MAX_DOCX_PART_BYTES + 10 * 1024 * 1024))
  await story.getByLabel('Draft file to check').setInputFiles({
    name: 'story.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: bomb
  })
  await expect(desk.errorBanner).toContainText('"word/document.xml" unpacks to 30 MB; MAPPA Desk reads parts up to 20 MB (a zip bomb?)')
  await desk.screenshot('story-limits-01-docx-bomb')

  const draft = story.getByRole('textbox', { name: 'Draft to check' })
  await draft.fill(Array.from({ length: MAX_DRAFT_NUMBERS + 1 }, (_, index) => String(index)).join(' '))
  await story.getByRole('button', { name: 'Check figures' }).click()
  await expect(desk.errorBanner).toContainText(
    'The draft has more than 5,000 numbers; MAPPA Desk checks up to 5,000 at once, more than any story holds: check it in parts'
  )

  await draft.fill('The number of registered sex offenders living in Essex has risen to 1,867, figures show.')
  await story.getByRole('button', { name: 'Check figures' }).click()
  await expect(story.getByRole('table', { name: 'Figures checked' }).getByRole('row').filter({ hasText: '1,867' })).toContainText(
    'Verified'
  )
  await desk.screenshot('story-limits-02-next-draft')
})
