// The story's sentences with a Copy button each and every figure linked to its cell, above the
// house-style settings. Presentational: sentences and style come from useSentences.

import { useState } from 'react'
import type { StoryStyle, StorySentenceView } from '../../../../main/contract/types'
import { copyText } from './copyText'
import { citation, figureName, FigureLinks, type FigureNames } from '../FigureLinks'
import { SelectField } from '../SelectField'

const STYLE_LABELS: { key: keyof StoryStyle; label: string; options: [string, string][] }[] = [
  {
    key: 'percent',
    label: 'Per cent',
    options: [
      ['per-cent', '“11 per cent”'],
      ['percent-sign', '“11%”']
    ]
  },
  {
    key: 'smallNumbers',
    label: 'Numbers under ten',
    options: [
      ['words', 'in words (“nine”)'],
      ['figures', 'in figures (“9”)']
    ]
  },
  {
    key: 'offenderTerm',
    label: 'Offenders',
    options: [
      ['sex', 'registered sex offenders'],
      ['sexual', 'registered sexual offenders']
    ]
  },
  {
    key: 'yearStyle',
    label: 'Year',
    options: [
      ['end-of-march', '“the end of March 2022”'],
      ['year-to', '“the year to March 2022”'],
      ['financial', '“2021/22”']
    ]
  }
]

function SentenceText({
  sentence,
  names,
  onFigure
}: {
  sentence: StorySentenceView
  names: FigureNames
  onFigure: (line: string) => void
}) {
  // A claim with no number of its own ("the third year in a row") names the figures it rests on.
  const basis = sentence.basis
  return (
    <p className="story-sentence-text">
      <FigureLinks
        text={sentence.text}
        figures={sentence.figures}
        className="story-figure"
        titleOf={(figure) => `${citation(figure, names)} — click to show it in the grid`}
        onFigure={(figure) => onFigure(citation(figure, names))}
      />
      {basis.length > 0 && (
        <span
          className="story-basis"
          title={basis
            .map(
              (figure) =>
                `${figureName(figure, names)}: ${figure.value} (${figure.source.file}, ${figure.source.sheet}!${figure.source.cell})`
            )
            .join('\n')}
        >
          {' '}
          · rests on {basis.length} more figure{basis.length === 1 ? '' : 's'}
        </span>
      )}
    </p>
  )
}

interface SentencesViewProps {
  sentences: StorySentenceView[] | null
  style: StoryStyle | null
  onStyle: (change: Partial<StoryStyle>) => void
  /** The catalogue's names, for each figure's citation. */
  names: FigureNames
}

export function SentencesView({ sentences, style, onStyle, names }: SentencesViewProps) {
  const [copied, setCopied] = useState<number | null>(null)
  const [cell, setCell] = useState<string | null>(null)
  const copy = async (index: number, text: string) => {
    await copyText(text)
    setCopied(index)
  }
  return (
    <div className="story-body">
      {sentences === null ? (
        <p className="side-empty">Writing the sentences…</p>
      ) : sentences.length === 0 ? (
        <p className="side-empty">No registered sexual offender figures for this area and year.</p>
      ) : (
        <ol className="story-sentences" aria-label="Sentences">
          {sentences.map((sentence, index) => (
            <li key={`${sentence.rule}-${index}`} className="story-sentence">
              <SentenceText sentence={sentence} names={names} onFigure={setCell} />
              <button
                type="button"
                className="button button--small"
                onClick={() => void copy(index, sentence.text)}
                aria-label={`Copy sentence ${index + 1}`}
              >
                {copied === index ? 'Copied' : 'Copy'}
              </button>
            </li>
          ))}
        </ol>
      )}
      {cell && (
        <p className="story-cell" role="status">
          <span className="field-label">Cell</span> {cell}
        </p>
      )}
      {sentences && sentences.length > 0 && (
        <button type="button" className="button" onClick={() => void copy(-1, sentences.map((sentence) => sentence.text).join(' '))}>
          {copied === -1 ? 'Copied all' : 'Copy all sentences'}
        </button>
      )}
      {style && (
        <fieldset className="story-style">
          <legend>House style</legend>
          {STYLE_LABELS.map(({ key, label, options }) => (
            <SelectField
              key={key}
              label={label}
              value={style[key]}
              onChange={(value) => onStyle({ [key]: value })}
              choices={options.map(([value, text]) => ({ value, label: text }))}
            />
          ))}
        </fieldset>
      )}
    </div>
  )
}
