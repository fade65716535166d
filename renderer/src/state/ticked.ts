// The rows ticked in the grid, by key (area slugs in By measure, measure ids in By area), for the
// chart editor to start from. A tiny shared store: the grid publishes, the Chart button reads.

let ticked: readonly string[] = []

export function publishTicked(keys: readonly string[]): void {
  ticked = keys
}

export function tickedRows(): readonly string[] {
  return ticked
}
