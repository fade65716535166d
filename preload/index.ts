// The sandboxed preload: exposes `window.api` with one `invoke` restricted to the contract's
// channels, event subscription for the contract's events, and a drag-and-drop path helper.
// Never exposes ipcRenderer itself.

import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { CHANNELS, EVENTS } from '../main/contract/channel-list'

const INVOKE = 'mappa:invoke'
const EVENT = 'mappa:event'

const api = {
  invoke(channel: string, args: unknown): Promise<unknown> {
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `Unknown channel: ${channel}` } })
    }
    return ipcRenderer.invoke(INVOKE, channel, args)
  },
  onEvent(name: string, callback: (payload: unknown) => void): () => void {
    if (!(EVENTS as readonly string[]).includes(name)) throw new Error(`Unknown event: ${name}`)
    const listener = (_event: IpcRendererEvent, eventName: string, payload: unknown) => {
      if (eventName === name) callback(payload)
    }
    ipcRenderer.on(EVENT, listener)
    return () => ipcRenderer.removeListener(EVENT, listener)
  },
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file)
  }
}

contextBridge.exposeInMainWorld('api', api)
