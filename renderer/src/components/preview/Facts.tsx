// What the preview says of a file or a table, a term beside its value: "Read as", "Sheet", "Period".
// Presentational.

import type { ReactNode } from 'react'

interface FactsProps {
  facts: readonly (readonly [term: string, value: ReactNode])[]
  /** A modifier beside `preview-facts` (the file's facts are laid out apart from a table's). */
  className?: string
}

export function Facts({ facts, className }: FactsProps) {
  return (
    <dl className={className ? `preview-facts ${className}` : 'preview-facts'}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
