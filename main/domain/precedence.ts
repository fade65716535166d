// The one rule for which published figure is current, as data the store's views are built from
// (main/store/views.ts) and docs/user-guide.md explains. Pure: no SQL runs here.

import type { CellStatus } from '../contract/types'

/**
 * Markers that only say a figure is not in this table: not available (`[x]`, `..`, `:`), not
 * applicable (`[z]`), or text that is no figure at all. A number in an older edition beats them,
 * and a newer edition printing one is not a revision. Suppression (`[c]`, `*`) is not among them:
 * a newer edition that suppresses a published figure restates it.
 */
export const ABSENT_STATUSES = ['not_available', 'not_applicable', 'text'] as const satisfies readonly CellStatus[]

/**
 * Editions in precedence order, first wins, as an SQL ORDER BY over `release r`: real releases
 * before the bundled sample, then the edition's own year (newest first, unknown last), then the later import.
 */
export const EDITION_ORDER_SQL = 'r.is_sample ASC, r.period IS NULL, r.period DESC, r.id DESC'

/** The absent statuses as an SQL list: ('not_available', …). */
export const ABSENT_STATUSES_SQL = `(${ABSENT_STATUSES.map((status) => `'${status}'`).join(', ')})`
