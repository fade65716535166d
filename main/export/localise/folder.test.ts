import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../import/importFile'
import { backupFolder } from '../../files/databases'
import { oldStyleBook } from '../../testing/fixtures'
import { tempDir, tempStore } from '../../testing/temp'
import { essexTrendSpec } from '../../testing/chart'
import { FOLDER_LOCK, FOLDER_MARK, openPacksFolder, PACKS_SUBFOLDER } from './folder'
import { PACK_FILES } from './pack'
import { runLocalise } from './run'

function deskWithTwoEditions() {
  const store = tempStore()
  for (const year of [2021, 2022]) importFile(store, { fileName: `mappa-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })
  return store
}

const spec = essexTrendSpec({ periods: { from: '2020/21', to: '2021/22' }, dpi: 72, annotations: [] })
const PACK = [...PACK_FILES, 'pack.json'].sort()

describe('localise writes only where MAPPA Desk writes', () => {
  it("leaves a folder of the reporter's named like an area, and their index.html, untouched: the packs go in a new subfolder", async () => {
    const store = deskWithTwoEditions()
    const documents = tempDir()
    mkdirSync(join(documents, 'essex'))
    writeFileSync(join(documents, 'essex', 'interview notes.docx'), "the reporter's own file")
    writeFileSync(join(documents, 'index.html'), '<h1>My site</h1>')
    const result = await runLocalise(store.db, { spec, outDir: documents, areas: ['essex'] })
    expect(result).toMatchObject({ isComplete: true, made: ['essex'], indexPath: join(documents, PACKS_SUBFOLDER, 'index.html') })
    expect(readdirSync(documents).sort()).toEqual(['essex', 'index.html', PACKS_SUBFOLDER])
    expect(readdirSync(join(documents, 'essex'))).toEqual(['interview notes.docx'])
    expect(readFileSync(join(documents, 'index.html'), 'utf8')).toBe('<h1>My site</h1>')
    expect(readdirSync(join(documents, PACKS_SUBFOLDER, 'essex')).sort()).toEqual(PACK)
    // The next run finds its own subfolder again and resumes there.
    expect(await runLocalise(store.db, { spec, outDir: documents, areas: ['essex'] })).toMatchObject({ kept: ['essex'], made: [] })
  })

  it('in a folder of its own, reports a foreign folder and a foreign index page in one line each and leaves them', async () => {
    const store = deskWithTwoEditions()
    const out = join(tempDir(), 'packs')
    await runLocalise(store.db, { spec, outDir: out, areas: ['essex'] })
    mkdirSync(join(out, 'kent'))
    writeFileSync(join(out, 'kent', 'photo.jpg'), 'jpeg')
    writeFileSync(join(out, 'index.html'), '<p>the reporter replaced it</p>')
    const result = await runLocalise(store.db, { spec, outDir: out, areas: ['essex', 'kent'] })
    expect(result).toMatchObject({ isComplete: false, kept: ['essex'], made: [], indexPath: null })
    expect(result.failed).toEqual([
      {
        area: 'kent',
        message: `${join(out, 'kent')} is not a MAPPA Desk pack (no pack.json of ours): left untouched, so there is no pack for Kent; move it, or choose another folder`
      },
      { area: 'index.html', message: `${join(out, 'index.html')} was not written by MAPPA Desk: left as it was, so there is no index page` }
    ])
    expect(readdirSync(join(out, 'kent'))).toEqual(['photo.jpg'])
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>the reporter replaced it</p>')
  })

  it("refuses a file named as the packs folder, and the database's backups folder, in one line", async () => {
    const store = deskWithTwoEditions()
    const file = join(tempDir(), 'notes.txt')
    writeFileSync(file, 'mine')
    await expect(runLocalise(store.db, { spec, outDir: file, areas: ['essex'] })).rejects.toThrow(
      `${file} is a file: name a folder for the packs`
    )
    expect(readFileSync(file, 'utf8')).toBe('mine')
    const backups = backupFolder(store.path)
    await expect(runLocalise(store.db, { spec, outDir: backups, areas: ['essex'] })).rejects.toThrow(
      /where the backups of .* are kept: choose another folder$/
    )
  })

  it('replaces a pack of its own, keeping a file the reporter put in it and leaving nothing temporary', async () => {
    const store = deskWithTwoEditions()
    const out = join(tempDir(), 'packs')
    await runLocalise(store.db, { spec, outDir: out, areas: ['essex'] })
    writeFileSync(join(out, 'essex', 'caption.txt'), 'my caption')
    const again = await runLocalise(store.db, { spec: { ...spec, dpi: 96 }, outDir: out, areas: ['essex'] })
    expect(again).toMatchObject({ isComplete: true, made: ['essex'] })
    expect(readdirSync(join(out, 'essex')).sort()).toEqual([...PACK, 'caption.txt'].sort())
    expect(readFileSync(join(out, 'essex', 'caption.txt'), 'utf8')).toBe('my caption')
    expect(readdirSync(out).sort()).toEqual([FOLDER_MARK, 'essex', 'index.html'])
  })
})

describe('a pack is complete only when all its files are, and one run writes in a folder at a time', () => {
  it('makes again a pack with a file missing or cut short, where it used to skip it for ever', async () => {
    const store = deskWithTwoEditions()
    const out = join(tempDir(), 'packs')
    await runLocalise(store.db, { spec, outDir: out, areas: ['essex', 'kent'] })
    rmSync(join(out, 'essex', 'chart.png'))
    truncateSync(join(out, 'kent', 'table.csv'), 10)
    const again = await runLocalise(store.db, { spec, outDir: out, areas: ['essex', 'kent'] })
    expect(again).toMatchObject({ isComplete: true, made: ['essex', 'kent'], kept: [] })
    expect(readdirSync(join(out, 'essex')).sort()).toEqual(PACK)
    expect(readFileSync(join(out, 'index.html'), 'utf8').match(/<figure/g)).toHaveLength(2)
  })

  it('refuses a second run on the same folder as busy, in one line, while the first writes', async () => {
    const store = deskWithTwoEditions()
    const out = join(tempDir(), 'packs')
    const first = runLocalise(store.db, { spec, outDir: out, areas: ['essex'] })
    await expect(runLocalise(store.db, { spec, outDir: out, areas: ['kent'] })).rejects.toThrow(
      new RegExp(
        `^Another localise run is writing packs in ${out.replace(/[/\\]/g, '.')} \\(pid ${process.pid}, since \\d\\d:\\d\\d UTC\\): wait for it to finish, or cancel it$`
      )
    )
    expect(await first).toMatchObject({ isComplete: true, made: ['essex'] })
    expect(readdirSync(out).sort()).toEqual([FOLDER_MARK, 'essex', 'index.html'])
    expect(await runLocalise(store.db, { spec, outDir: out, areas: ['kent'] })).toMatchObject({ made: ['kent'] })
  })

  it('refuses a folder another process is writing packs in, and takes it over once that process is gone', async () => {
    const store = deskWithTwoEditions()
    const out = join(tempDir(), 'packs')
    const folderModule = resolve(import.meta.dirname, 'folder.ts')
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { openPacksFolder } = await import(${JSON.stringify(folderModule)}); openPacksFolder(${JSON.stringify(out)}); console.log('held'); setInterval(() => {}, 1000)`
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit']
      }
    )
    try {
      await new Promise<void>((resolveHeld, reject) => {
        holder.stdout.on('data', (data: Buffer) => data.toString().includes('held') && resolveHeld())
        holder.once('exit', (code) => reject(new Error(`the other process stopped (${code})`)))
      })
      await expect(runLocalise(store.db, { spec, outDir: out, areas: ['essex'] })).rejects.toThrow(
        `Another localise run is writing packs in ${out} (pid ${holder.pid},`
      )
      expect(() => openPacksFolder(out)).toThrow(/^Another localise run/)
    } finally {
      holder.kill('SIGKILL')
    }
    await new Promise((resolveExit) =>
      holder.exitCode === null && holder.signalCode === null ? holder.once('exit', resolveExit) : resolveExit(null)
    )
    expect(readdirSync(out)).toContain(FOLDER_LOCK)
    expect(await runLocalise(store.db, { spec, outDir: out, areas: ['essex'] })).toMatchObject({ isComplete: true, made: ['essex'] })
    expect(readdirSync(out)).not.toContain(FOLDER_LOCK)
  }, 60_000)
})
