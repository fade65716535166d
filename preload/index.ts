// The sandboxed preload: exposes `window.api` with one `invoke` that hands a call to the core (whose
// dispatch refuses an unknown channel and validates every argument), event subscription for the
// contract's events, and a drag-and-drop path helper. Never exposes ipcRenderer itself.

import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import type { Envelope } from '../main/contract/errors'
import { EVENTS, type AppEvent, type AppEvents } from '../main/contract/events'
import type { Channel } from '../main/ipc/channels'

const INVOKE = 'mappa:invoke'
const EVENT = 'mappa:event'

const api = {
  invoke(channel: Channel, args: unknown): Promise<Envelope<unknown>> {
    return ipcRenderer.invoke(INVOKE, channel, args)
  },
  onEvent<E extends AppEvent>(name: E, callback: (payload: AppEvents[E]) => void): () => void {
    if (!(EVENTS as readonly string[]).includes(name)) throw new Error(`Unknown event: ${name}`)
    const listener = (_event: IpcRendererEvent, eventName: string, payload: AppEvents[E]) => {
      if (eventName === name) callback(payload)
    }
    ipcRenderer.on(EVENT, listener)
    return () => ipcRenderer.removeListener(EVENT, listener)
  },
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file)
  }
}

/** What the renderer sees as `window.api`: the type of this object, so the two cannot drift. */
export type DesktopApi = typeof api

contextBridge.exposeInMainWorld('api', api)
