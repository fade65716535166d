// The events the core pushes to a window (Electron only: menus and the native dialog), each with its
// payload, and their names as a runtime list for the preload's allow-list. Pure data and types.

export interface AppEvents {
  'menu:sample': Record<string, never>
  /** Edit ▸ Undo / Redo: the window undoes text typing or the last change to the figures. */
  'menu:undo': Record<string, never>
  'menu:redo': Record<string, never>
  /** File ▸ Export…: open the table export dialog for the view shown. */
  'menu:export': Record<string, never>
  /** A file chosen in the native dialog is being read: follow the job to its preview. */
  'import:job': { jobId: string; fileName: string }
  'app:error': { message: string }
}
export type AppEvent = keyof AppEvents

type Exhaustive<All extends string, Listed extends readonly string[]> = [All] extends [Listed[number]] ? Listed : never

const events = ['menu:sample', 'menu:undo', 'menu:redo', 'import:job', 'app:error', 'menu:export'] as const
export const EVENTS: Exhaustive<AppEvent, typeof events> = events
