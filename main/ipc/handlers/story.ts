// Handlers for the story tools: sentences for an area and edition, a draft checked figure by figure,
// a draft read from a file, and the house style. The wording and checking live in domain/story;
// reading and checking a draft run in the draft worker (jobs/drafts.ts), so the window keeps answering.

import type { StoryStyle } from '../../domain/story/style'
import { draftSentences } from '../../domain/story/sentences'
import { sentenceJson } from '../../domain/story/views'
import { drafts } from '../../jobs/drafts'
import { setSetting } from '../../store/settings'
import { assertArea } from '../../store/keys'
import { houseStyle, storyData, STYLE_SETTINGS } from '../../store/story'
import { oncePerStoreVersion } from '../../store/transaction'
import type { HandlerGroup } from '../registrar'
import type { HandlerContext } from './context'

/** The figures the story tools read: once per version of the store, since a draft is checked again as it is edited. */
const storyFigures = oncePerStoreVersion(storyData)

export function storyHandlers(context: HandlerContext) {
  const { db } = context.store
  return {
    'story:sentences': ({ area, period }) => {
      assertArea(db, area)
      const style = houseStyle(db)
      return { style, sentences: draftSentences(storyFigures(db), area, period, style).map(sentenceJson) }
    },
    'story:check': ({ area, period, text }) => {
      if (area) assertArea(db, area)
      return drafts().check(text, storyFigures(db), { area, period })
    },
    'story:read-copy': async ({ fileName, bytes }) => ({ text: await drafts().read(fileName, bytes) }),
    'story:style': () => houseStyle(db),
    'story:set-style': ({ style }) => {
      db.transaction(() => {
        for (const key of Object.keys(style) as (keyof StoryStyle)[]) setSetting(db, STYLE_SETTINGS[key], style[key] ?? null)
      })()
      return houseStyle(db)
    }
  } satisfies HandlerGroup
}
