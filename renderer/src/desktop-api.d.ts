// The bridge the Electron preload exposes as `window.api`, typed from the preload itself; absent
// when the renderer runs in a plain browser. Types only.

import type { DesktopApi } from '../../preload'

declare global {
  interface Window {
    api?: DesktopApi
  }
}
