// Where a localise run writes its packs: a folder MAPPA Desk made, or found empty, and marked as
// its own (a marker file), else a new subfolder of the one named; and one run per folder at a
// time (a lock file naming the process). Never deletes, moves or overwrites a file it did not write.

import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../contract/errors'
import { refuseProtectedPath } from '../../files/guard'
import { makeFolder, PARTIAL_MARK, writeFailure, writeFileWhole } from '../../files/write'
import { describeSince, takeLockFile } from '../../store/writer-lock'

/** Written when MAPPA Desk makes (or takes, empty) a packs folder: what is in it is MAPPA Desk's to replace. */
export const FOLDER_MARK = '.mappa-desk-packs.json'
/** Held while a run writes in the folder: the pid and start of the process that writes. */
export const FOLDER_LOCK = '.mappa-desk-packs.lock'
/** The subfolder made when the folder named holds other files. */
export const PACKS_SUBFOLDER = 'mappa-desk-packs'
/** Enough for every chart a reporter keeps beside another of the same name; past it, something is wrong. */
const MAX_CANDIDATES = 50

interface FolderMark {
  madeBy: 'MAPPA Desk'
  kind: 'localise packs'
  /** The chart the folder is for, where MAPPA Desk chose the folder; another chart gets another folder. */
  owner?: string
  createdAt: string
}

export interface PacksFolder {
  /** Where the packs go: the folder asked for, or the subfolder (or numbered sibling) made instead. */
  path: string
  requested: string
  /** Lets the next run in; safe to call twice. */
  release(): void
}

function readMark(folder: string): FolderMark | null {
  try {
    const mark = JSON.parse(readFileSync(join(folder, FOLDER_MARK), 'utf8')) as Partial<FolderMark>
    return mark.madeBy === 'MAPPA Desk' && mark.kind === 'localise packs' ? (mark as FolderMark) : null
  } catch {
    return null
  }
}

function writeMark(folder: string, owner: string | undefined): void {
  const mark: FolderMark = {
    madeBy: 'MAPPA Desk',
    kind: 'localise packs',
    ...(owner === undefined ? {} : { owner }),
    createdAt: new Date().toISOString()
  }
  writeFileWhole(join(folder, FOLDER_MARK), `${JSON.stringify(mark, null, 2)}\n`)
}

export function isOurPacksFolder(folder: string): boolean {
  return readMark(folder) !== null
}

/** Makes `folder` ours if it is missing or empty; true where it is (now) ours and free for this owner. */
function claim(folder: string, owner: string | undefined): boolean {
  if (!existsSync(folder)) {
    makeFolder(folder)
    writeMark(folder, owner)
    return true
  }
  if (!statSync(folder).isDirectory()) return false
  const mark = readMark(folder)
  if (mark) return owner === undefined || mark.owner === undefined || mark.owner === owner
  let entries: string[]
  try {
    entries = readdirSync(folder)
  } catch (error) {
    throw writeFailure(error, join(folder, FOLDER_MARK))
  }
  if (entries.length > 0) return false
  writeMark(folder, owner)
  return true
}

/**
 * A folder the reporter named is used if it is ours or empty, else a `mappa-desk-packs` subfolder
 * (then `-2`, `-3`…). A folder MAPPA Desk named for a chart (`owner`) is used if it is that
 * chart's, else the next of `name-2`, `name-3`… that is free: two charts never share one.
 */
function candidates(requested: string, owner: string | undefined): string[] {
  const numbered = (base: string) => Array.from({ length: MAX_CANDIDATES }, (_, index) => (index === 0 ? base : `${base}-${index + 1}`))
  return owner === undefined ? [requested, ...numbered(join(requested, PACKS_SUBFOLDER))] : numbered(requested)
}

/**
 * Finds or makes the folder a run writes in and locks it for this run. Refuses, in one line, a
 * folder another run (in this process or another) is writing in.
 */
export function openPacksFolder(requested: string, options: { owner?: string } = {}): PacksFolder {
  refuseProtectedPath(requested)
  if (existsSync(requested) && !statSync(requested).isDirectory())
    throw new AppError('bad_input', `${requested} is a file: name a folder for the packs`)
  for (const path of candidates(requested, options.owner)) {
    if (!claim(path, options.owner)) continue
    let attempt
    try {
      attempt = takeLockFile(join(path, FOLDER_LOCK), 'localise')
    } catch (error) {
      throw writeFailure(error, join(path, FOLDER_LOCK))
    }
    if (!attempt.taken) {
      const { pid, since } = attempt.heldBy
      throw new AppError(
        'busy',
        `Another localise run is writing packs in ${path} (pid ${pid}, since ${describeSince(since)}): wait for it to finish, or cancel it`
      )
    }
    return { path, requested, release: () => attempt.lock.release() }
  }
  throw new AppError(
    'bad_input',
    `${requested} holds other files, and so do the folders MAPPA Desk would make in it: choose an empty folder`
  )
}

/**
 * Removes what a run that stopped without finishing left in its temporary names (a pack being
 * made, a file being written): only names MAPPA Desk makes, and in a pack folder only its files.
 */
export function clearLeftovers(folder: string, isOurs: (name: string) => boolean): void {
  for (const entry of readdirSync(folder)) {
    if (!entry.includes(PARTIAL_MARK)) continue
    const path = join(folder, entry)
    if (statSync(path).isDirectory()) removeOwnFiles(path, isOurs)
    else rmSync(path, { force: true })
  }
}

/**
 * Removes from `folder` the files `isOurs` names (and temporary files of ours), then the folder if
 * that left it empty. Anything else in it stays where it is, and so does the folder.
 */
export function removeOwnFiles(folder: string, isOurs: (name: string) => boolean): void {
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry)
    if ((isOurs(entry) || entry.includes(PARTIAL_MARK)) && !statSync(path).isDirectory()) rmSync(path, { force: true })
  }
  try {
    rmdirSync(folder)
  } catch {
    // Something not ours is still in it: the folder stays with it.
  }
}
