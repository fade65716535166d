// What every handler group is given: the open store and facts about how the app runs.

import type { Store } from '../../store/database'

export interface HandlerContext {
  store: Store
  mode: 'electron' | 'browser'
  version: string
  samplePath: string
}
