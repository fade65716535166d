// The bridge the Electron preload exposes as `window.api`; absent when the renderer runs in a
// plain browser. Types only: never implements anything, never widens what the preload allows.

import type { AppEvent, AppEvents, Channel, Envelope } from '../../main/contract/channels'

export interface DesktopApi {
  invoke(channel: Channel, args: unknown): Promise<Envelope<unknown>>
  onEvent<E extends AppEvent>(name: E, callback: (payload: AppEvents[E]) => void): () => void
  pathForFile(file: File): string
}

declare global {
  interface Window {
    api?: DesktopApi
  }
}
