// The Story panel: choose an area and edition, then the drafted sentences, Check my copy, or
// Localise (a pack for each area). Composes the story state; the core is reached only through the state hooks.

import { useState } from 'react'
import { useCopyCheck, useSentences, useStoryTarget } from '../../state/useStory'
import { areaChoices, SelectField } from '../SelectField'
import { moveBetweenTabs, Tab } from '../Tab'
import { CheckView } from './CheckView'
import { LocaliseView } from './LocaliseView'
import { SentencesView } from './SentencesView'
import './story.css'

interface StoryPanelProps {
  onClose: () => void
  onError: (message: string, context: string) => void
}

const TABS = [
  { id: 'sentences', label: 'Sentences', hint: 'Sentences in house style from the figures, each with its cells' },
  { id: 'check', label: 'Check my copy', hint: 'Every figure in a draft checked against its cell' },
  { id: 'localise', label: 'Localise', hint: 'One chart made into a pack for each area' }
]
const PANEL_ID = 'story-panel-tools'
const tabId = (id: string) => `story-tab-${id}`

export function StoryPanel({ onClose, onError }: StoryPanelProps) {
  const [tab, setTab] = useState<string>('sentences')
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
      <div
        className="story-tabs"
        role="tablist"
        aria-label="Story tools"
        onKeyDown={(event) =>
          moveBetweenTabs(
            event,
            TABS.map((item) => tabId(item.id)),
            TABS.findIndex((item) => item.id === tab),
            (index) => setTab(TABS[index].id)
          )
        }
      >
        {TABS.map((item) => (
          <Tab
            key={item.id}
            id={tabId(item.id)}
            isSelected={tab === item.id}
            controls={PANEL_ID}
            className="story-tab"
            title={item.hint}
            onSelect={() => setTab(item.id)}
          >
            {item.label}
          </Tab>
        ))}
      </div>
      <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(tab)}>
        {tab === 'sentences' && (
          <SentencesView sentences={sentences.sentences} style={sentences.style} onStyle={(change) => void sentences.changeStyle(change)} />
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
