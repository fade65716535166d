// Wires the desk to what happens outside React: Electron menu and import-job events, and the
// Ctrl/Cmd+O shortcut in browser mode. Subscribes and unsubscribes only; holds no state.

import { useEffect, useEffectEvent } from 'react'
import type { AppEvent, AppEvents } from '../../../main/contract/events'
import { isDesktop, onAppEvent } from '../api/client'

export interface ShellHandlers {
  chooseFile: () => void
  openSample: () => void
  /** File ▸ Import started a job: follow it like a chosen file. */
  importJob: (jobId: string, fileName: string) => void
  error: (message: string) => void
}

export function useShell(handlers: ShellHandlers): void {
  const chooseFile = useEffectEvent(() => handlers.chooseFile())
  const openSample = useEffectEvent(() => handlers.openSample())
  const error = useEffectEvent((message: string) => handlers.error(message))
  const importJob = useEffectEvent((jobId: string, fileName: string) => handlers.importJob(jobId, fileName))

  useEffect(() => {
    const unsubscribe = [
      onAppEvent('menu:sample', () => openSample()),
      onAppEvent('import:job', ({ jobId, fileName }) => importJob(jobId, fileName)),
      onAppEvent('app:error', ({ message }) => error(message))
    ]
    return () => unsubscribe.forEach((stop) => stop())
  }, [])

  useEffect(() => {
    // Under Electron the application menu owns the accelerator and opens the native file dialog itself.
    if (isDesktop()) return
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault()
        chooseFile()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

/** One pushed event (Electron only) for as long as the component is mounted, handled by the latest `handler`. */
export function useAppEvent<E extends AppEvent>(name: E, handler: (payload: AppEvents[E]) => void): void {
  const handle = useEffectEvent((payload: AppEvents[E]) => handler(payload))
  useEffect(() => onAppEvent(name, (payload) => handle(payload)), [name])
}
