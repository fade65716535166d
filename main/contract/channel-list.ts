// The contract's channel names as a runtime list, for the preload's allow-list and the tests.
// Pure data: safe to bundle into the sandboxed preload and the renderer.

import type { AppEvent, Channel } from './channels'

type Exhaustive<All extends string, Listed extends readonly string[]> = [All] extends [Listed[number]] ? Listed : never

const channels = [
  'app:info',
  'releases:list',
  'tables:grid',
  'import:file',
  'sample:open',
  'figures:list',
  'import:start',
  'import:status',
  'import:cancel',
  'import:commit',
  'import:discard',
  'revisions:list',
  'areas:list',
  'measures:list',
  'pivot:measure',
  'pivot:area',
  'edits:apply',
  'edits:revert',
  'edits:list',
  'history:list',
  'history:undo',
  'history:redo',
  'history:state',
  'annotations:list',
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'settings:get',
  'settings:set',
  'story:sentences',
  'story:check',
  'story:read-copy',
  'story:style',
  'story:set-style',
  'leads:list',
  'leads:confirm',
  'leads:unconfirm',
  'localise:start',
  'localise:status',
  'localise:cancel',
  'localise:index',
  'releases:impact',
  'releases:remove',
  'edits:keep',
  'aliases:list',
  'aliases:forget',
  'backups:list',
  'backups:create',
  'backups:restore',
  'charts:render',
  'charts:export',
  'charts:list',
  'charts:save',
  'charts:duplicate',
  'charts:delete',
  'templates:list',
  'templates:save',
  'templates:delete',
  'tables:formats',
  'tables:preview',
  'tables:export',
  'tables:save',
  'figures:editions',
  'figures:cite',
  'verify:start',
  'verify:status'
] as const
export const CHANNELS: Exhaustive<Channel, typeof channels> = channels

const events = ['menu:import', 'menu:sample', 'menu:undo', 'menu:redo', 'import:job', 'store:changed', 'app:error', 'menu:export'] as const
export const EVENTS: Exhaustive<AppEvent, typeof events> = events

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name)
}
