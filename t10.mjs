import * as X from '@e965/xlsx'; import fs from 'fs'
const b = fs.readFileSync('/tmp/oom.xls')
const t = Date.now()
try { const c = X.CFB.read(b, { type: 'buffer' }); console.log('cfb ok', Date.now()-t, c.FullPaths) } catch (e) { console.log('cfb err', e.message, Date.now()-t) }
try { const wb = X.read(b, { type: 'buffer', dense: true, cellDates: true, sheetRows: 200001 }); console.log('read ok', Date.now()-t, wb.SheetNames) } catch (e) { console.log('read err', e.message, Date.now()-t) }
