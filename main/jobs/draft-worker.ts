// The draft worker: reads a draft file (mammoth for .docx) or checks a draft's figures, off the
// window's thread and within the import's limits, one task after another; jobs/drafts.ts starts it
// and keeps it for the next draft.

import { checkStory } from '../domain/story/check'
import { refuseOverlongDraft } from '../domain/story/limits'
import { copyCheckJson } from '../domain/story/views'
import { serveTask } from './worker-task'

export const DRAFT_TASKS = {
  async read(fileName: string, bytes: Uint8Array): Promise<string> {
    const { readCopy } = await import('../import/copy')
    const text = await readCopy(fileName, bytes)
    refuseOverlongDraft(text, fileName)
    return text
  },
  check(...args: Parameters<typeof checkStory>) {
    refuseOverlongDraft(args[0])
    return copyCheckJson(checkStory(...args))
  }
}

type Tasks = typeof DRAFT_TASKS
export type DraftTask = { [Name in keyof Tasks]: { task: Name; args: Parameters<Tasks[Name]> } }[keyof Tasks]
export type DraftResult<Name extends keyof Tasks> = Awaited<ReturnType<Tasks[Name]>>

export const runDraftTask = (request: DraftTask): unknown => (DRAFT_TASKS[request.task] as (...args: unknown[]) => unknown)(...request.args)

serveTask(runDraftTask)
