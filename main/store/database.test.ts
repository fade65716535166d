import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../contract/errors'
import { tempDir } from '../testing/temp'
import { isCatalogueSeeded } from './catalogue'
import { setSetting } from './settings'
import { openStore } from './database'
import { MIGRATIONS } from './migrations'

const tablesOf = (store: ReturnType<typeof openStore>) =>
  store.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").pluck().all() as string[]

describe('openStore', () => {
  it('creates the whole data model with WAL and foreign keys on', () => {
    const store = openStore(join(tempDir(), 'new.sqlite'))
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(tablesOf(store)).toEqual([
      'action',
      'active_edit',
      'annotation',
      'area',
      'area_alias',
      'chart',
      'current_figure',
      'edit',
      'edition_order',
      'footnote',
      'measure',
      'measure_alias',
      'observation',
      'ranked_observation',
      'release',
      'restatement_check',
      'revision',
      'schema_migration',
      'setting',
      'source_table',
      'template'
    ])
    store.close()
  })

  it('seeds the 42 areas, the two totals and the National Security Division', () => {
    const store = openStore(join(tempDir(), 'areas.sqlite'))
    const kinds = store.db.prepare('SELECT kind, count(*) AS n FROM area GROUP BY kind ORDER BY kind').all()
    expect(kinds).toEqual([
      { kind: 'area', n: 42 },
      { kind: 'other', n: 1 },
      { kind: 'total', n: 2 }
    ])
    const durham = store.db
      .prepare("SELECT a.slug FROM area_alias x JOIN area a ON a.id = x.area_id WHERE x.alias_key = 'durham'")
      .pluck()
      .get()
    expect(durham).toBe('county-durham')
    const welsh = store.db.prepare("SELECT slug FROM area WHERE is_welsh = 1 AND kind = 'area' ORDER BY slug").pluck().all()
    expect(welsh).toEqual(['dyfed-powys', 'gwent', 'north-wales', 'south-wales'])
    store.close()
  })

  it('opens an existing database again without reapplying or duplicating anything', () => {
    const path = join(tempDir(), 'again.sqlite')
    openStore(path).close()
    const store = openStore(path)
    expect(store.db.prepare('SELECT count(*) FROM schema_migration').pluck().get()).toBe(MIGRATIONS.length)
    expect(store.db.prepare('SELECT count(*) FROM area').pluck().get()).toBe(45)
    store.close()
  })

  it('writes nothing when it opens a database whose catalogue is current', () => {
    const path = join(tempDir(), 'quiet.sqlite')
    openStore(path).close()
    const store = openStore(path)
    expect(isCatalogueSeeded(store.db)).toBe(true)
    expect(store.db.prepare('SELECT total_changes()').pluck().get()).toBe(0)
    store.close()
  })

  it('seeds the catalogue again on open when it was seeded from other definitions, putting every row right', () => {
    const path = join(tempDir(), 'drifted.sqlite')
    openStore(path).close()
    const drifts = [
      "UPDATE area SET name = 'Essexx' WHERE slug = 'essex'",
      "UPDATE area SET sort_order = 99 WHERE slug = 'kent'",
      "UPDATE area SET is_welsh = 0 WHERE slug = 'gwent'",
      "DELETE FROM area_alias WHERE alias_key = 'durham'",
      "UPDATE area_alias SET is_user = 1 WHERE alias_key = 'durham'",
      "UPDATE area_alias SET area_id = (SELECT id FROM area WHERE slug = 'kent') WHERE alias_key = 'durham'",
      "UPDATE measure SET label = 'Something else' WHERE id = 'terrorism'",
      "UPDATE measure SET level = 3 WHERE id = 'terrorism'",
      "DELETE FROM measure_alias WHERE measure_id = 'terrorism'",
      "UPDATE measure_alias SET is_user = 1 WHERE measure_id = 'terrorism'"
    ]
    const fresh = openStore(join(tempDir(), 'fresh.sqlite'))
    const catalogue = (store: ReturnType<typeof openStore>) =>
      [
        'SELECT slug, name, kind, is_welsh, sort_order FROM area ORDER BY slug',
        'SELECT alias_key, area_id, is_user FROM area_alias ORDER BY alias_key',
        'SELECT * FROM measure ORDER BY id',
        'SELECT alias_key, measure_id, is_user FROM measure_alias ORDER BY alias_key'
      ].map((sql) => store.db.prepare(sql).raw().all())
    for (const drift of drifts) {
      const store = openStore(path)
      store.db.prepare(drift).run()
      // As a version with other built-in areas or measures leaves it.
      setSetting(store.db, 'catalogueFingerprint', 'another version')
      expect(isCatalogueSeeded(store.db), drift).toBe(false)
      store.close()
      const reopened = openStore(path)
      expect(isCatalogueSeeded(reopened.db), drift).toBe(true)
      expect(catalogue(reopened), drift).toEqual(catalogue(fresh))
      reopened.close()
    }
    fresh.close()
  })

  it('leaves a reporter’s custom measure and remembered spellings alone on open', () => {
    const path = join(tempDir(), 'custom.sqlite')
    const store = openStore(path)
    store.db
      .prepare(
        "INSERT INTO measure (id, label, unit, kind, category, level, is_custom, sort_order) VALUES ('custom:premises', 'Approved premises', 'count', 'unknown', NULL, NULL, 1, 500)"
      )
      .run()
    store.db
      .prepare(
        "INSERT INTO measure_alias (alias_key, alias, measure_id, is_user) VALUES ('approved premises', 'Approved premises', 'custom:premises', 1)"
      )
      .run()
    store.db
      .prepare(
        "INSERT INTO area_alias (alias_key, alias, area_id, is_user) SELECT 'tees valley (new name)', 'Tees Valley (new name)', id, 1 FROM area WHERE slug = 'teesside'"
      )
      .run()
    expect(isCatalogueSeeded(store.db)).toBe(true)
    store.close()
    const reopened = openStore(path)
    expect(reopened.db.prepare('SELECT total_changes()').pluck().get()).toBe(0)
    expect(reopened.db.prepare('SELECT count(*) FROM measure_alias WHERE is_user = 1').pluck().get()).toBe(1)
    reopened.close()
  })

  it('refuses a database written by a newer version, with a clear message', () => {
    const path = join(tempDir(), 'newer.sqlite')
    const store = openStore(path)
    store.db.prepare("INSERT INTO schema_migration (id, name, applied_at) VALUES (99, '0099_from_the_future', 'x')").run()
    store.close()
    expect(() => openStore(path)).toThrow(/newer or different version of MAPPA Desk \(unknown migration 0099_from_the_future\)/)
  })

  it('refuses a database whose migration history differs from this build', () => {
    const path = join(tempDir(), 'renamed.sqlite')
    const store = openStore(path)
    store.db.prepare("UPDATE schema_migration SET name = '0001_something_else' WHERE id = 1").run()
    store.close()
    expect(() => openStore(path)).toThrow(AppError)
  })

  it('refuses a file that is not a database in one line', () => {
    const path = join(tempDir(), 'broken.sqlite')
    writeFileSync(path, 'this is not a database, just text that happens to be long enough to fill a header page')
    let message = ''
    try {
      openStore(path)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/^Cannot (open|use) the database at .*broken\.sqlite: file is not a database$/)
  })

  it('rolls a failing migration back completely', () => {
    const path = join(tempDir(), 'failing.sqlite')
    const broken = [
      ...MIGRATIONS,
      { id: 99, name: '0099_broken', sql: 'CREATE TABLE half_done (id INTEGER); SELECT * FROM no_such_table;' }
    ]
    expect(() => openStore(path, { migrations: broken })).toThrow(/no such table/)
    const store = openStore(path)
    expect(tablesOf(store)).not.toContain('half_done')
    store.close()
  })
})
