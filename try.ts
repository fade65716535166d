import { openStore } from './main/store/database'
import { importFile } from './main/import/importFile'
import { oldStyleBook } from './main/testing/fixtures'
import { runLocalise } from './main/export/localise/run'
import { essexTrendSpec } from './main/export/chart/fixtures'
import { rmSync, readdirSync, statSync } from 'node:fs'
rmSync('/tmp/loc', { recursive: true, force: true })
const store = openStore('/tmp/loc/db.sqlite')
for (const year of [2019, 2020, 2021, 2022]) importFile(store, { fileName: `mappa-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })
const t = Date.now()
const r = await runLocalise(store.db, { spec: essexTrendSpec({ periods: { from: '2018/19', to: '2021/22' }, annotations: [] }), outDir: '/tmp/loc/out', areas: ['essex', 'kent', 'county-durham'] }, { onProgress: (p) => console.error(p.done, p.total, p.current) })
console.log(Date.now() - t, 'ms', r)
for (const f of readdirSync('/tmp/loc/out/kent')) console.log(f, statSync('/tmp/loc/out/kent/' + f).size)
