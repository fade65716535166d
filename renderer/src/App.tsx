// The desk's frame: toolbar, banners, releases sidebar, table view and status bar, plus the
// hidden file chooser and window-wide drop target. Composes state and views; never calls the core.

import { useCallback, useEffect, useRef } from 'react'
import { oneLine } from '../../main/errors'
import { ErrorBanner, NoticeBanner } from './components/Banners'
import { DropOverlay } from './components/DropOverlay'
import { EmptyState } from './components/EmptyState'
import { Sidebar } from './components/Sidebar'
import { StatusBar } from './components/StatusBar'
import { TableView } from './components/TableView'
import { Toolbar } from './components/Toolbar'
import { useDesk } from './state/useDesk'
import { useFileDrop } from './state/useFileDrop'
import { useShell } from './state/useShell'

const ACCEPT = '.xlsx,.xls,.ods,.csv'

export function App() {
  const desk = useDesk()
  const fileInput = useRef<HTMLInputElement>(null)
  const { refresh, importFiles, openSample, acceptSummary, fail } = desk

  useEffect(() => {
    void refresh()
  }, [refresh])

  const chooseFile = useCallback(() => fileInput.current?.click(), [])
  const dragging = useFileDrop((files) => void importFiles(files))

  useShell({
    chooseFile,
    openSample: () => void openSample(),
    storeChanged: (summary) => void acceptSummary(summary).catch((error: unknown) => fail(oneLine(error), 'Could not show the imported file')),
    error: (message) => fail(message)
  })

  const onError = useCallback((message: string, context: string) => fail(message, context), [fail])
  const empty = desk.info !== null && desk.info.releases === 0

  return (
    <div className={`app${empty ? ' app--empty' : ''}`}>
      <Toolbar showActions={!empty} busy={desk.busy} onImport={chooseFile} onSample={() => void openSample()} />
      <div className="banners">
        {desk.failure && <ErrorBanner failure={desk.failure} onDismiss={desk.dismissFailure} />}
        {desk.notice && <NoticeBanner notice={desk.notice} onDismiss={desk.dismissNotice} />}
      </div>
      {!empty && <Sidebar releases={desk.releases} selectedTableId={desk.selectedTableId} onSelect={desk.selectTable} />}
      <main className="main">
        {empty ? (
          <EmptyState onImport={chooseFile} onSample={() => void openSample()} busy={desk.busy !== null} />
        ) : desk.selectedTableId !== null ? (
          <TableView tableId={desk.selectedTableId} revision={desk.revision} onError={onError} />
        ) : (
          <div className="table-placeholder">{desk.info ? 'Choose a table from the list on the left.' : 'Opening the store…'}</div>
        )}
      </main>
      <StatusBar info={desk.info} status={desk.status} />
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        aria-label="Spreadsheet file to import"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? [])
          event.target.value = ''
          void importFiles(files)
        }}
      />
      {dragging && <DropOverlay />}
    </div>
  )
}
