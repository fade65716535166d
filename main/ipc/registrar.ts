// Turns the handler map into one dispatch function: checks the channel name, validates the
// input with its schema, runs the handler and wraps every outcome in the one error envelope.
// Both the Electron IPC shell and the HTTP bridge mount this; neither adds behaviour of its own.

import { AppError, oneLine, type Envelope } from '../contract/errors'
import { CHANNELS, isChannel, type Channel, type ParsedArgs } from './channels'

/** A handler for every channel, given the argument its schema passed; what it returns is the channel's result. */
export type HandlerMap = { [C in Channel]: (args: ParsedArgs<C>) => unknown }
/** One domain's handlers: `satisfies HandlerGroup` types each one's argument from its channel. */
export type HandlerGroup = Partial<HandlerMap>
export type Dispatch = (channel: unknown, args: unknown) => Promise<Envelope<unknown>>

type UnionToIntersection<U> = (U extends unknown ? (item: U) => void : never) extends (item: infer I) => void ? I : never

/** Merges handler groups, refusing two groups that claim the same channel; the result's type is their union. */
export function mergeHandlers<T extends HandlerGroup[]>(...groups: T): UnionToIntersection<T[number]> {
  const merged: HandlerGroup = {}
  for (const group of groups) {
    for (const name of Object.keys(group)) {
      if (name in merged) throw new Error(`Channel ${name} is handled twice`)
      Object.assign(merged, { [name]: group[name as Channel] })
    }
  }
  return merged as UnionToIntersection<T[number]>
}

export function errorEnvelope(error: unknown): Envelope<never> {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } }
  return { ok: false, error: { code: 'internal', message: oneLine(error) } }
}

export function createDispatch(handlers: HandlerMap, log: (message: string) => void = () => undefined): Dispatch {
  return async (channel, args) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel).slice(0, 80)}` } }
    }
    const parsed = CHANNELS[channel].args.safeParse(args ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
      return { ok: false, error: { code: 'bad_input', message: `Invalid input for ${channel}: ${where}${issue.message}` } }
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown
      return { ok: true, result: await handler(parsed.data) }
    } catch (error) {
      if (!(error instanceof AppError)) log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      return errorEnvelope(error)
    }
  }
}
