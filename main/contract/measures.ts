// The catalogue of MAPPA measures and how header text maps onto it. Pure data and matching:
// a header the catalogue does not know becomes a custom measure, never an error.

import { aliasKey, slugify } from './areas'

export type MeasureUnit = 'count' | 'rate'
/** snapshot: a stock at 31 March; flow: a count over the financial year. */
export type MeasureKind = 'snapshot' | 'flow' | 'unknown'

export interface MeasureDefinition {
  id: string
  label: string
  unit: MeasureUnit
  kind: MeasureKind
  category: number | null
  level: number | null
  /** Header spellings, compared by aliasKey (so case, footnote markers and `&` do not matter). */
  aliases: readonly string[]
}

const m = (
  id: string,
  label: string,
  unit: MeasureUnit,
  kind: MeasureKind,
  category: number | null,
  level: number | null,
  aliases: readonly string[]
): MeasureDefinition => ({ id, label, unit, kind, category, level, aliases })

const CATEGORY_NAMES: Record<number, string> = {
  1: 'registered sexual offenders (Category 1)',
  2: 'violent offenders (Category 2)',
  3: 'other dangerous offenders (Category 3)',
  4: 'terrorism offenders (Category 4)'
}

/**
 * Management levels: at 31 March (all offenders and by category) and, for levels 2 and 3, managed
 * during the year. Category 3 offenders are never managed at level 1, so it has no such measure.
 */
function levelMeasures(): MeasureDefinition[] {
  const measures: MeasureDefinition[] = []
  for (const level of [1, 2, 3]) {
    measures.push(
      m(levelMeasureId(level, undefined, false), `Offenders managed at level ${level} at 31 March`, 'count', 'snapshot', null, level, [
        `Level ${level}`,
        `Level ${level} total`
      ])
    )
    for (const category of [1, 2, 3]) {
      if (category === 3 && level === 1) continue
      measures.push(
        m(
          levelMeasureId(level, category, false),
          `${capitalise(CATEGORY_NAMES[category])} managed at level ${level} at 31 March`,
          'count',
          'snapshot',
          category,
          level,
          []
        )
      )
    }
  }
  for (const level of [2, 3]) {
    measures.push(
      m(levelMeasureId(level, undefined, true), `Offenders managed at level ${level} during the year`, 'count', 'flow', null, level, [])
    )
    for (const category of [1, 2, 3]) {
      measures.push(
        m(
          levelMeasureId(level, category, true),
          `${capitalise(CATEGORY_NAMES[category])} managed at level ${level} during the year`,
          'count',
          'flow',
          category,
          level,
          []
        )
      )
    }
  }
  return measures
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export const MEASURES: readonly MeasureDefinition[] = [
  m('rso', 'Registered sexual offenders (Category 1) at 31 March', 'count', 'snapshot', 1, null, [
    'Category 1',
    'Category 1 registered sexual offenders',
    'Registered sexual offenders',
    'Registered sex offenders',
    'Category 1 Registered sexual offenders (RSOs)',
    'Registered sexual offenders (Category 1)',
    'Category 1 RSOs',
    'RSOs',
    'Number of registered sexual offenders',
    'Number of RSOs at 31 March',
    'rso'
  ]),
  m('violent', 'Violent offenders (Category 2) at 31 March', 'count', 'snapshot', 2, null, [
    'Category 2',
    'Category 2 violent offenders',
    'Violent offenders',
    'Violent and other sexual offenders',
    'Category 2 Violent offenders',
    'Violent offenders (Category 2)',
    'violent'
  ]),
  m('other_dangerous', 'Other dangerous offenders (Category 3) at 31 March', 'count', 'snapshot', 3, null, [
    'Category 3',
    'Category 3 other dangerous offenders',
    'Other dangerous offenders',
    'Other dangerous offenders (Category 3)',
    'other_dangerous'
  ]),
  m('terrorism', 'Terrorism and terrorism-risk offenders (Category 4) at 31 March', 'count', 'snapshot', 4, null, [
    'Category 4',
    'Category 4 terrorism offenders',
    'Terrorism offenders',
    'Category 4 terrorist and terrorism risk offenders'
  ]),
  m('total', 'All MAPPA-eligible offenders at 31 March', 'count', 'snapshot', null, null, [
    'Total',
    'Total MAPPA eligible offenders',
    'Total number of MAPPA eligible offenders',
    'All MAPPA eligible offenders',
    'Total MAPPA offenders',
    'total'
  ]),
  m('rso_rate', 'Registered sexual offenders per 100,000 population aged 10 and over', 'rate', 'snapshot', 1, null, [
    'Rate per 100,000',
    'RSOs per 100,000 population',
    'Registered sexual offenders per 100,000 population',
    'Registered sexual offenders per 100,000 population aged 10 and over',
    'RSOs per 100,000 population aged 10 and over',
    'Rate of RSOs per 100,000 population',
    'Rate per 100,000 population aged 10 and over',
    'rso_rate'
  ]),
  m('total_rate', 'All MAPPA-eligible offenders per 100,000 population aged 10 and over', 'rate', 'snapshot', null, null, [
    'Total MAPPA eligible offenders per 100,000',
    'Total MAPPA eligible offenders per 100,000 population',
    'Total MAPPA eligible offenders per 100,000 population aged 10 and over',
    'MAPPA eligible offenders per 100,000 population',
    'All MAPPA eligible offenders per 100,000 population aged 10 and over',
    'total_rate'
  ]),
  ...levelMeasures(),
  m(
    'breaches_notification',
    'Registered sexual offenders cautioned or convicted for breach of notification requirements',
    'count',
    'flow',
    1,
    null,
    [
      'Breach of notification requirements',
      'RSOs cautioned or convicted for breach of notification requirements',
      'Cautioned or convicted for breach of notification requirements'
    ]
  ),
  m('shpo', 'Sexual Harm Prevention Orders imposed', 'count', 'flow', 1, null, ['SHPOs', 'Sexual Harm Prevention Orders', 'SHPOs imposed']),
  m('sro', 'Sexual Risk Orders imposed', 'count', 'flow', 1, null, ['SROs', 'Sexual Risk Orders', 'SROs imposed']),
  m('notification_orders', 'Notification Orders imposed', 'count', 'flow', 1, null, ['Notification Orders', 'NOs imposed']),
  m('sopo', 'Sexual Offences Prevention Orders imposed (before March 2015)', 'count', 'flow', 1, null, [
    'SOPOs',
    'Sexual Offences Prevention Orders',
    'SOPOs imposed'
  ]),
  m('rsho', 'Risk of Sexual Harm Orders imposed (before March 2015)', 'count', 'flow', 1, null, [
    'RSHOs',
    'Risk of Sexual Harm Orders',
    'RSHOs imposed'
  ]),
  m('fto', 'Foreign Travel Orders imposed (before March 2015)', 'count', 'flow', 1, null, [
    'FTOs',
    'Foreign Travel Orders',
    'FTOs imposed'
  ]),
  m('returned_custody_licence', 'Returned to custody for breach of licence', 'count', 'flow', null, null, [
    'Breach of licence',
    'Returned to custody for breach of licence'
  ]),
  m('returned_custody_order', 'Returned to custody for breach of a SOPO/SHPO or other order', 'count', 'flow', null, null, [
    'Breach of order',
    'Breach of SOPO',
    'Breach of SHPO',
    'Returned to custody for breach of SOPO/SHPO'
  ]),
  m('sfo_charged', 'Offenders charged with a serious further offence', 'count', 'flow', null, null, [
    'Serious further offences',
    'SFO charges',
    'Charged with a serious further offence',
    'Number of offenders charged with a serious further offence'
  ])
]

/**
 * The four MAPPA categories, Category 1 first: every MAPPA-eligible offender is in exactly one, so
 * together they make the MAPPA total (main/domain/total.ts). Category 4 (terrorism and
 * terrorism-risk offenders) is the newest: older tables have no column for it.
 */
export const MAPPA_CATEGORIES = ['rso', 'violent', 'other_dangerous', 'terrorism'] as const

const byId = new Map(MEASURES.map((definition) => [definition.id, definition]))
const byKey = new Map<string, MeasureDefinition>()
for (const definition of MEASURES) {
  for (const spelling of [definition.label, ...definition.aliases]) byKey.set(aliasKey(spelling), definition)
}

/** A measure's label as a sentence or a history line names it, without its category or its date: "Registered sexual offenders". */
export const shortLabel = (label: string): string => label.replace(/\s*\(Category \d\)/, '').replace(/\s+at 31 March$/, '')

export function findMeasureById(id: string): MeasureDefinition | undefined {
  return byId.get(id)
}

/** Finds the catalogue measure a column header names, or undefined. */
export function findBuiltInMeasure(header: string): MeasureDefinition | undefined {
  return byKey.get(aliasKey(header))
}

const CATEGORY_PATTERNS: [number, RegExp][] = [
  [1, /\bcat(?:egory)? ?1\b|\bregistered sex(?:ual)? offenders?\b|\brsos?\b/],
  [2, /\bcat(?:egory)? ?2\b|\bviolent\b/],
  [3, /\bcat(?:egory)? ?3\b|\bother dangerous\b/],
  [4, /\bcat(?:egory)? ?4\b|\bterroris/]
]

/**
 * The measure of offenders managed at a level: of one category (1 to 3) or of all (undefined, or
 * Category 4, which the tables do not split by level), at 31 March or during the year.
 */
export function levelMeasureId(level: number, category: number | undefined, isDuringYear: boolean): string {
  const base = category !== undefined && category <= 3 ? `cat${category}_level${level}` : `level${level}`
  return isDuringYear ? `${base}_year` : base
}

/**
 * Reads a column header, with the merged group header above it, as the MoJ writes them across
 * years ("Category 1" over "Level 2", "RSOs per 100,000 population (2)", "Breach of licence")
 * and names the catalogue measure, or undefined when it is not one the catalogue knows.
 */
export function matchMeasure(header: string, group?: string): MeasureDefinition | undefined {
  const own = findBuiltInMeasure(header)
  const text = aliasKey(group ? `${group} ${header}` : header)
  if (own && !group) return own
  const category = CATEGORY_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0]
  const level = /\blevel ([123])\b/.exec(text)?.[1]
  const isDuringYear = /\b(?:during|in) the year\b|\bmanaged during\b|\byear ending\b/.test(text)
  const pick = (id: string) => byId.get(id)

  if (/\bper 100 ?000\b|\brate\b/.test(text)) {
    // A rate of all MAPPA offenders is not the registered sexual offender rate the MoJ headlines.
    if (category === undefined && /\b(?:total|all)\b|\bmappa\b/.test(text)) return pick('total_rate')
    return category === undefined || category === 1 ? pick('rso_rate') : undefined
  }
  if (/\bbreach(?:es)? of (?:the )?notification/.test(text)) return pick('breaches_notification')
  if (/\bbreach of (?:their |a )?licen[cs]e\b/.test(text)) return pick('returned_custody_licence')
  if (/\bbreach of (?:a |an )?(?:sopo|shpo|order|sexual)/.test(text)) return pick('returned_custody_order')
  if (/\bserious further offen[cs]e|\bsfos?\b/.test(text)) return pick('sfo_charged')
  if (/\bshpos?\b|\bsexual harm prevention/.test(text)) return pick('shpo')
  if (/\bsros?\b|\bsexual risk orders?\b/.test(text)) return pick('sro')
  if (/\bsopos?\b|\bsexual offences prevention/.test(text)) return pick('sopo')
  if (/\brshos?\b|\brisk of sexual harm/.test(text)) return pick('rsho')
  if (/\bftos?\b|\bforeign travel/.test(text)) return pick('fto')
  if (/\bnotification orders?\b|\bnos? imposed\b/.test(text)) return pick('notification_orders')
  if (level !== undefined) return pick(levelMeasureId(Number(level), category, isDuringYear))
  // "Total" under a "Category 1" group header is the category's own total, not all MAPPA offenders.
  if (
    category !== undefined &&
    group !== undefined &&
    /^(?:total|all)\b/.test(aliasKey(header)) &&
    !CATEGORY_PATTERNS.some(([, pattern]) => pattern.test(aliasKey(header)))
  ) {
    return pick(MAPPA_CATEGORIES[category - 1])
  }
  if (own) return own
  if (category !== undefined && !/\btotal\b/.test(aliasKey(header))) return pick(MAPPA_CATEGORIES[category - 1])
  if (/^(?:total|all)\b/.test(aliasKey(header)) && category === undefined) return pick('total')
  return undefined
}

/**
 * The custom measure a header the catalogue does not know becomes: labelled with the header's
 * own text (footnote markers and line breaks tidied), so nothing in a table is dropped.
 */
export function customMeasureFor(header: string): MeasureDefinition {
  const label = tidyHeader(header) || 'Unlabelled column'
  const isRate = /\bper\s+100,?000\b|\brate\b/i.test(label)
  return {
    id: `custom:${slugify(aliasKey(label)) || 'unlabelled'}`,
    label,
    unit: isRate ? 'rate' : 'count',
    kind: 'unknown',
    category: null,
    level: null,
    aliases: []
  }
}

/** Header text as a person would write it: one line, single spaces, no "(1)" or "[note 1]" markers. */
export function tidyHeader(header: string): string {
  return header
    .replace(/\[note\s*\d+\]/gi, ' ')
    .replace(/\(\s*\d+\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
