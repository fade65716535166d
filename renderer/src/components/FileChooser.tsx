// The hidden file input behind Import…, Ctrl/Cmd+O and File ▸ Import in browser mode: the
// spreadsheets the desk reads, several at once. Hands the files on; never reads them.

import type { RefObject } from 'react'

const ACCEPT = '.xlsx,.xls,.ods,.csv'

export function FileChooser({ input, onFiles }: { input: RefObject<HTMLInputElement | null>; onFiles: (files: File[]) => void }) {
  return (
    <input
      ref={input}
      type="file"
      accept={ACCEPT}
      multiple
      hidden
      aria-label="Spreadsheet file to import"
      onChange={(event) => {
        const files = Array.from(event.target.files ?? [])
        event.target.value = ''
        onFiles(files)
      }}
    />
  )
}
