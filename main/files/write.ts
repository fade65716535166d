// Every file MAPPA Desk writes for a reporter goes through here: written whole under a temporary
// name in the same folder, flushed, then renamed over the target, so a full disk, a read-only
// folder or a crash leaves the old file as it was. Never writes over the database (see guard.ts).

import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { AppError, oneLine } from '../contract/errors'
import { refuseProtectedPath } from './guard'

/** What a temporary file is called while it is written: hidden, and plainly not the finished file. */
export const PARTIAL_MARK = '.mappa-partial-'

export function partialNameFor(fileName: string): string {
  return `.${fileName}${PARTIAL_MARK}${process.pid}-${randomBytes(4).toString('hex')}`
}

/** The system's code for a failed write; SQLite's own (a VACUUM INTO's) read as the system's. */
function systemCodeOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'SQLITE_FULL') return 'ENOSPC'
  if (code === 'SQLITE_READONLY') return 'EROFS'
  return code
}

/**
 * The one line a failed write says, in the reporter's words, naming the folder: a full disk, a
 * folder that cannot be written, a folder that is not there. Anything else keeps the system's words.
 */
export function writeFailure(error: unknown, path: string, isFolder = false): AppError {
  if (error instanceof AppError) return error
  const code = systemCodeOf(error)
  const folder = dirname(path)
  const what = isFolder ? `the folder ${basename(path)} was not made` : `${basename(path)} was not saved`
  const kept = isFolder ? '' : '; anything already there under that name is unchanged'
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('disk_full', `The disk holding ${folder} is full: ${what}${kept}. Free some space or choose another folder`)
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new AppError('read_only', `${folder} cannot be written to (a read-only disk or folder): ${what}${kept}. Choose another folder`)
    case 'ENOENT':
      return new AppError('not_found', `The folder ${folder} does not exist: ${what}. Choose a folder that exists`)
    case 'ENOTDIR':
      return new AppError('bad_input', `${folder} is a file, not a folder: ${what}`)
    case 'EISDIR':
      return new AppError('bad_input', `${path} is a folder: name a file to save to`)
    case 'ENAMETOOLONG':
      return new AppError('bad_input', `The name ${basename(path)} is too long for the disk: choose a shorter one`)
    default:
      return new AppError('internal', `Could not save ${basename(path)} in ${folder}: ${oneLine(error)}`)
  }
}

/** The file the name points at: a symbolic link is followed, so the link stays and its target is replaced. */
function targetOf(path: string): string {
  try {
    return lstatSync(path).isSymbolicLink() ? realpathSync(path) : path
  } catch {
    return path
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset)
}

/**
 * Writes `bytes` to `path` whole or not at all: into a temporary file beside it, flushed to the
 * disk, then renamed over it. An existing file keeps its permissions. On any failure the temporary
 * file is removed and an AppError names the folder; whatever was at `path` is untouched.
 */
export function writeFileWhole(path: string, contents: Uint8Array | string): string {
  const target = targetOf(resolve(path))
  refuseProtectedPath(target)
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents
  const partial = join(dirname(target), partialNameFor(basename(target)))
  let fd: number | undefined
  try {
    const mode = existingMode(target)
    fd = openSync(partial, 'wx', mode ?? 0o666)
    writeAll(fd, bytes)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    if (mode !== undefined) chmodSync(partial, mode)
    renameSync(partial, target)
    return target
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    rmSync(partial, { force: true })
    throw writeFailure(error, target)
  }
}

function existingMode(path: string): number | undefined {
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' })
    return stat.mode & 0o7777
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Makes a folder (and its parents) for MAPPA Desk's own files, with the same one-line failures as
 * a write. One level at a time: a recursive mkdir on a read-only disk says ENOENT, not EROFS.
 */
export function makeFolder(path: string): void {
  refuseProtectedPath(path)
  const missing: string[] = []
  for (let folder = resolve(path); !isThere(folder); folder = dirname(folder)) {
    missing.unshift(folder)
    if (dirname(folder) === folder) break
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeFailure(error, folder, true)
    }
  }
}

function isThere(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}
