// The Story panel: choose an area and edition, then the drafted sentences, Check my copy, or
// Localise (a pack for each area). Composes the story state; the core is reached only through the state hooks.

import { useState } from 'react'
import { useCopyCheck, useSentences, useStoryTarget } from '../../state/useStory'
import { areaChoices, SelectField } from '../SelectField'
import { TabBar, tabId, type TabItem } from '../Tab'
import { CheckView } from './CheckView'
import { LocaliseView } from './LocaliseView'
import type { FigureNames } from '../FigureLinks'
import { SentencesView } from './SentencesView'
import './story.css'

interface StoryPanelProps {
  /** The areas and measures by name, for each figure's citation. */
  catalogue: FigureNames
  onClose: () => void
  onError: (message: string, context: string) => void
}

type Tool = 'sentences' | 'check' | 'localise'

const TABS: TabItem<Tool>[] = [
  { key: 'sentences', label: 'Sentences', title: 'Sentences in house style from the figures, each with its cells' },
  { key: 'check', label: 'Check my copy', title: 'Every figure in a draft checked against its cell' },
  { key: 'localise', label: 'Localise', title: 'One chart made into a pack for each area' }
]
const PANEL_ID = 'story-panel-tools'

export function StoryPanel({ catalogue, onClose, onError }: StoryPanelProps) {
  const [tab, setTab] = useState<Tool>('sentences')
  const target = useStoryTarget(onError)
  const sentences = useSentences(target.target, onError)
  const check = useCopyCheck(onError)
  return (
    <aside className="story-panel" role="region" aria-label="Story">
      <div className="side-panel-head">
        <span className="side-panel-name">Story</span>
        <button type="button" className="banner-close" onClick={onClose} aria-label="Close story">
          ×
        </button>
      </div>
      <div className="story-target">
        <SelectField
          label="Area"
          ariaLabel="Story area"
          value={target.area}
          onChange={target.setArea}
          choices={areaChoices(target.areas)}
        />
        <SelectField
          label="Edition (at 31 March)"
          ariaLabel="Story edition"
          value={target.period}
          onChange={target.setPeriod}
          choices={target.periods}
        />
      </div>
      <TabBar name="story" label="Story tools" tabs={TABS} panel={PANEL_ID} selected={tab} onSelect={setTab} />
      <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId('story', tab)}>
        {tab === 'sentences' && (
          <SentencesView
            sentences={sentences.sentences}
            style={sentences.style}
            onStyle={(change) => void sentences.changeStyle(change)}
            names={catalogue}
          />
        )}
        {tab === 'check' && (
          <CheckView
            text={check.text}
            onText={check.setText}
            results={check.results}
            busy={check.busy}
            onCheck={(text) => void check.check(text)}
            onOpen={(file) => void check.openFile(file)}
            areas={target.areas}
            periods={target.periods}
            hints={check.hints}
            onHints={check.changeHints}
          />
        )}
        {tab === 'localise' && <LocaliseView areas={target.allAreas} onError={onError} />}
      </div>
    </aside>
  )
}
