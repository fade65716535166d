// Adds up the unit (Vitest) and end-to-end (Playwright) results written as JSON by npm test,
// and prints the closing "N passed, N failed, N skipped" line. Exits 1 when anything failed
// or a suite wrote no results (it did not run).

import { existsSync, readFileSync } from 'node:fs'

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined)
let passed = 0
let failed = 0
let skipped = 0

const vitest = read('test-results/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0)
  skipped += vitest.numPendingTests + vitest.numTodoTests
  console.log(`unit: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests} skipped`)
} else {
  failed++
  console.log('unit: no results (the suite did not run)')
}

const playwright = read('test-results/playwright.json')
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped: skips = 0 } = playwright.stats
  passed += expected + flaky
  failed += unexpected
  skipped += skips
  console.log(`e2e: ${expected + flaky} passed, ${unexpected} failed, ${skips} skipped`)
} else {
  failed++
  console.log('e2e: no results (the suite did not run)')
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
