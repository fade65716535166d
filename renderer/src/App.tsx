// The desk's frame: toolbar, banners, sidebar, revisions, work area, status bar, the preview, remove
// release and remembered mappings dialogs, file chooser and drop target. Composes state and views;
// never calls the core.

import { useCallback, useRef, useState } from 'react'
import { BackupsDialog } from './components/backups/BackupsDialog'
import { RecoveryScreen } from './components/backups/RecoveryScreen'
import { ErrorBanner, NoticeBanner, ReadOnlyBanner } from './components/Banners'
import { DropOverlay } from './components/DropOverlay'
import { EmptyState } from './components/EmptyState'
import { FileChooser } from './components/FileChooser'
import { ImportNotices, type LeadsReady } from './components/ImportNotices'
import { ImportProgress } from './components/ImportProgress'
import { MappingsDialog } from './components/MappingsDialog'
import { PreviewDialog } from './components/preview/PreviewDialog'
import { RemoveReleaseDialog } from './components/RemoveReleaseDialog'
import { RevisionsPanel } from './components/RevisionsPanel'
import { Sidebar } from './components/Sidebar'
import { StoryPanel } from './components/story/StoryPanel'
import { StatusBar } from './components/StatusBar'
import { Toolbar } from './components/Toolbar'
import { Workspace } from './components/Workspace'
import { useCatalogue } from './state/useCatalogue'
import { useChanges } from './state/useChanges'
import { useDesk } from './state/useDesk'
import { useFileDrop } from './state/useFileDrop'
import { useImportFlow } from './state/useImportFlow'
import { useLeads } from './state/useLeads'
import { useNotes } from './state/useNotes'
import { usePanels } from './state/usePanels'
import { useReleaseRemoval } from './state/useReleaseRemoval'
import { useRememberedMappings } from './state/useRememberedMappings'
import { useRevisions } from './state/useRevisions'
import { useShell } from './state/useShell'
import { useStoreRefresh } from './state/useStoreRefresh'
import { useUndoKeys } from './state/useUndoKeys'

export function App() {
  const desk = useDesk()
  const fileInput = useRef<HTMLInputElement>(null)
  const { refresh, openSample, acceptSummary, fail, say } = desk
  const onError = useCallback((message: string, context: string) => fail(message, context), [fail])
  const catalogue = useCatalogue(onError)
  const revisions = useRevisions(onError)
  const changes = useChanges({ say, fail: onError })
  const notes = useNotes(changes.version, { changed: changes.changed, say, fail: onError })
  const panels = usePanels(revisions)
  const { panel, setPanel } = panels
  const [mappingsOpen, setMappingsOpen] = useState(false)
  const remembered = useRememberedMappings(mappingsOpen, { say, fail: onError })
  const { changed } = changes
  const { dismissLatest } = revisions
  const removal = useReleaseRemoval({
    removed: useCallback(async () => {
      dismissLatest()
      await refresh()
      changed()
    }, [dismissLatest, refresh, changed]),
    say,
    fail: onError
  })
  const [storyShown, setStoryShown] = useState(false)
  const [isBackupsOpen, setBackupsOpen] = useState(false)
  const leads = useLeads(desk.view === 'leads', desk.revision, onError, say)
  const [leadsReady, setLeadsReady] = useState<LeadsReady | null>(null)
  const flow = useImportFlow({
    imported: async (summary) => {
      await acceptSummary(summary)
      revisions.showImported(summary)
      if (summary.status === 'imported') setLeadsReady({ label: summary.editionLabel, period: summary.period })
      void catalogue.reload()
    },
    starting: desk.dismissFailure,
    showRelease: desk.showRelease,
    fail: desk.fail,
    say: desk.say
  })
  const { importFiles, followJob } = flow
  useStoreRefresh(desk)

  // While a preview is open the window behind it is inert; a new file waits for the next turn.
  const previewOpen = flow.open !== null
  const chooseFile = useCallback(() => {
    if (!previewOpen) fileInput.current?.click()
  }, [previewOpen])
  const dragging = useFileDrop((files) => void importFiles(files))

  useShell({
    chooseFile,
    openSample: () => void openSample(),
    importJob: (jobId, fileName) => void followJob(jobId, fileName),
    error: (message) => fail(message)
  })
  useUndoKeys({ undo: () => void changes.undo(), redo: () => void changes.redo() })

  const empty = desk.info !== null && desk.info.releases === 0
  const showMappings = useCallback(() => setMappingsOpen(true), [])
  const openElsewhere = desk.info?.openElsewhere ?? null

  // A restore replaces the whole database: start the window afresh on it.
  const reopen = () => window.location.reload()
  if (desk.info?.recovery) return <RecoveryScreen recovery={desk.info.recovery} onRestored={reopen} />

  return (
    <div className={`app${empty ? ' app--empty' : storyShown ? ' app--story' : ''}`}>
      <Toolbar
        showActions={!empty}
        busy={desk.busy}
        onImport={chooseFile}
        onSample={() => void openSample()}
        revisionsShown={panel === 'revisions'}
        onRevisions={panels.toggleRevisions}
        panel={panel}
        onPanel={panels.toggle}
        canUndo={changes.canUndo}
        canRedo={changes.canRedo}
        onUndo={() => void changes.undo()}
        onRedo={() => void changes.redo()}
        storyShown={storyShown}
        onStory={() => setStoryShown((shown) => !shown)}
      />
      <div className="banners">
        {openElsewhere && <ReadOnlyBanner notice={openElsewhere.notice} />}
        {flow.running && <ImportProgress running={flow.running} onCancel={flow.cancelRunning} />}
        {desk.failure && <ErrorBanner failure={desk.failure} onDismiss={desk.dismissFailure} />}
        {desk.notice && <NoticeBanner notice={desk.notice} onDismiss={desk.dismissNotice} />}
      </div>
      {!empty && (
        <Sidebar
          releases={desk.releases}
          selectedTableId={desk.view === 'table' ? desk.selectedTableId : null}
          onSelect={desk.selectTable}
          releaseNotes={notes.byRelease}
          onAddNote={panels.addReleaseNote}
          onRemove={removal.ask}
          onShowMappings={showMappings}
        />
      )}
      <main className="main">
        {empty ? (
          <EmptyState onImport={chooseFile} onSample={() => void openSample()} busy={desk.busy !== null || flow.running !== null} />
        ) : (
          <Workspace
            desk={desk}
            catalogue={catalogue}
            changes={changes}
            notes={notes}
            panel={panel}
            onPanel={setPanel}
            notePreset={panels.notePreset}
            onNotePreset={panels.setNotePreset}
            onError={onError}
            leads={leads}
            notice={
              <ImportNotices
                leadsReady={desk.view !== 'leads' ? leadsReady : null}
                onShowLeads={(ready) => {
                  if (ready.period) leads.setPeriod(ready.period)
                  desk.showView('leads')
                  setLeadsReady(null)
                }}
                onDismissLeads={() => setLeadsReady(null)}
                revisions={revisions}
                isRevisionsOpen={panel === 'revisions'}
                onShowRevisions={panels.showLatestRevisions}
              />
            }
            revisionsList={(jumpToFigure) =>
              revisions.view && (
                <RevisionsPanel
                  view={revisions.view}
                  measures={catalogue.measures}
                  onShowAll={() => void revisions.showAll()}
                  onJump={(revision) => jumpToFigure(revision.area, revision.measure, revision.period)}
                  onClose={() => setPanel(null)}
                />
              )
            }
          />
        )}
      </main>
      <StatusBar info={desk.info} status={desk.status} onBackups={() => setBackupsOpen(true)} />
      {isBackupsOpen && <BackupsDialog onClose={() => setBackupsOpen(false)} onRestored={reopen} />}
      <FileChooser input={fileInput} onFiles={(files) => void importFiles(files)} />
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
      {removal.asking && (
        <RemoveReleaseDialog
          key={removal.asking.release.id}
          asking={removal.asking}
          onConfirm={() => void removal.confirm()}
          onCancel={removal.cancel}
        />
      )}
      {mappingsOpen && <MappingsDialog remembered={remembered} onClose={() => setMappingsOpen(false)} />}
      {storyShown && !empty && (
        <StoryPanel key={desk.revision} catalogue={catalogue} onClose={() => setStoryShown(false)} onError={onError} />
      )}
      {dragging && <DropOverlay />}
    </div>
  )
}
