// The ordered, append-only list of schema migrations, bundled into every build. The store
// refuses a database whose applied list is not a prefix of this one.

import { sql as initial } from './0001_initial'
import { sql as history } from './0002_history'
import { sql as precedence } from './0003_precedence'
import { sql as restatementChecks } from './0004_restatement_checks'

export interface Migration {
  id: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: '0001_initial', sql: initial },
  { id: 2, name: '0002_history', sql: history },
  { id: 3, name: '0003_precedence', sql: precedence },
  { id: 4, name: '0004_restatement_checks', sql: restatementChecks }
]
