// The desk's frame: toolbar, banners and import progress, sidebar, revisions, table view, status bar,
// preview dialog, hidden file chooser and window-wide drop target. Composes state and views; never calls the core.

import { useCallback, useEffect, useRef } from 'react'
import { oneLine } from '../../main/errors'
import { ErrorBanner, NoticeBanner } from './components/Banners'
import { DropOverlay } from './components/DropOverlay'
import { EmptyState } from './components/EmptyState'
import { ImportProgress } from './components/ImportProgress'
import { PreviewDialog } from './components/preview/PreviewDialog'
import { RevisionsPanel } from './components/RevisionsPanel'
import { Sidebar } from './components/Sidebar'
import { StatusBar } from './components/StatusBar'
import { TableView } from './components/TableView'
import { Toolbar } from './components/Toolbar'
import { useCatalogue } from './state/useCatalogue'
import { useDesk } from './state/useDesk'
import { useFileDrop } from './state/useFileDrop'
import { useImportFlow } from './state/useImportFlow'
import { useRevisions } from './state/useRevisions'
import { useShell } from './state/useShell'

const ACCEPT = '.xlsx,.xls,.ods,.csv'

export function App() {
  const desk = useDesk()
  const fileInput = useRef<HTMLInputElement>(null)
  const { refresh, openSample, acceptSummary, fail } = desk
  const onError = useCallback((message: string, context: string) => fail(message, context), [fail])
  const catalogue = useCatalogue(onError)
  const revisions = useRevisions(onError)
  const flow = useImportFlow({
    imported: async (summary) => {
      await acceptSummary(summary)
      revisions.showImported(summary)
      void catalogue.reload()
    },
    starting: desk.dismissFailure,
    showRelease: desk.showRelease,
    fail: desk.fail,
    say: desk.say
  })
  const { importFiles } = flow

  useEffect(() => {
    void refresh()
  }, [refresh])

  // While a preview is open the window behind it is inert; a new file waits for the next turn.
  const previewOpen = flow.open !== null
  const chooseFile = useCallback(() => {
    if (!previewOpen) fileInput.current?.click()
  }, [previewOpen])
  const dragging = useFileDrop((files) => void importFiles(files))

  useShell({
    chooseFile,
    openSample: () => void openSample(),
    storeChanged: (summary) => void acceptSummary(summary).catch((error: unknown) => fail(oneLine(error), 'Could not show the imported file')),
    error: (message) => fail(message)
  })

  const empty = desk.info !== null && desk.info.releases === 0
  const toggleRevisions = () => (revisions.view?.scope === 'all' ? revisions.close() : void revisions.showAll())

  return (
    <div className={`app${empty ? ' app--empty' : ''}`}>
      <Toolbar
        showActions={!empty}
        busy={desk.busy}
        onImport={chooseFile}
        onSample={() => void openSample()}
        revisionsShown={revisions.view?.scope === 'all'}
        onRevisions={toggleRevisions}
      />
      <div className="banners">
        {flow.running && <ImportProgress running={flow.running} onCancel={flow.cancelRunning} />}
        {desk.failure && <ErrorBanner failure={desk.failure} onDismiss={desk.dismissFailure} />}
        {desk.notice && <NoticeBanner notice={desk.notice} onDismiss={desk.dismissNotice} />}
      </div>
      {!empty && <Sidebar releases={desk.releases} selectedTableId={desk.selectedTableId} onSelect={desk.selectTable} />}
      <main className="main">
        {!empty && revisions.view && <RevisionsPanel view={revisions.view} measures={catalogue.measures} onClose={revisions.close} />}
        {empty ? (
          <EmptyState onImport={chooseFile} onSample={() => void openSample()} busy={desk.busy !== null || flow.running !== null} />
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
      {flow.open && (
        <PreviewDialog
          key={flow.open.preview.previewId}
          open={flow.open}
          areas={catalogue.areas}
          measures={catalogue.measures}
          onImport={(mappings) => void flow.commit(mappings)}
          onCancel={flow.discard}
          onShowDuplicate={flow.showDuplicate}
        />
      )}
      {dragging && <DropOverlay />}
    </div>
  )
}
