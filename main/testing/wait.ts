// Waiting in tests for something to become true, by polling: never a fixed sleep that hopes the
// work is done by then. Test code only.

export interface WaitOptions {
  /** What is awaited, for the failure message. */
  what?: string
  /** Gives up after this long (a ceiling for a broken run, not a speed assertion). */
  timeoutMs?: number
  intervalMs?: number
}

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>

/** Polls `predicate` until it returns something truthy, and returns that. */
export async function waitFor<T>(predicate: () => T | Promise<T>, options: WaitOptions = {}): Promise<Truthy<T>> {
  const { what = 'the condition', timeoutMs = 30_000, intervalMs = 5 } = options
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await predicate()
    if (value) return value as Truthy<T>
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs / 1000} s for ${what}, in vain`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
