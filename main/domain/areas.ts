// The 42 MAPPA areas of England and Wales and the non-area rows the MoJ tables carry,
// with the spellings seen across years. Pure data and lookups: never touches the store.

import type { AreaKind } from '../contract/types'

export type { AreaKind }

export interface AreaDefinition {
  name: string
  kind: AreaKind
  isWelsh: boolean
  aliases: readonly string[]
}

const area = (name: string, aliases: readonly string[] = [], isWelsh = false): AreaDefinition => ({
  name,
  kind: 'area',
  isWelsh,
  aliases
})

/** Canonical names follow the MoJ's most recent tables; aliases are older or press spellings. */
export const AREAS: readonly AreaDefinition[] = [
  area('Avon and Somerset', ['Avon & Somerset']),
  area('Bedfordshire'),
  area('Cambridgeshire'),
  area('Cheshire'),
  area('Teesside', ['Cleveland']),
  area('Cumbria'),
  area('Derbyshire'),
  area('Devon and Cornwall', ['Devon & Cornwall']),
  area('Dorset'),
  area('County Durham', ['Durham']),
  area('Dyfed-Powys', ['Dyfed Powys'], true),
  area('Essex'),
  area('Gloucestershire'),
  area('Greater Manchester'),
  area('Gwent', [], true),
  area('Hampshire', ['Hampshire and Isle of Wight', 'Hampshire & Isle of Wight']),
  area('Hertfordshire'),
  area('Humberside'),
  area('Kent'),
  area('Lancashire'),
  area('Leicestershire'),
  area('Lincolnshire'),
  area('London', ['Metropolitan and City of London', 'Metropolitan Police and City of London', 'Metropolitan & City of London', 'Greater London']),
  area('Merseyside'),
  area('Norfolk'),
  area('North Wales', [], true),
  area('North Yorkshire'),
  area('Northamptonshire'),
  area('Northumbria'),
  area('Nottinghamshire'),
  area('South Wales', [], true),
  area('South Yorkshire'),
  area('Staffordshire'),
  area('Suffolk'),
  area('Surrey'),
  area('Sussex'),
  area('Thames Valley'),
  area('Warwickshire'),
  area('West Mercia'),
  area('West Midlands'),
  area('West Yorkshire'),
  area('Wiltshire'),
  {
    name: 'England and Wales',
    kind: 'total',
    isWelsh: false,
    aliases: ['England & Wales', 'Total', 'England and Wales total', 'Total England and Wales', 'All areas']
  },
  { name: 'Wales', kind: 'total', isWelsh: true, aliases: ['Wales total', 'Total Wales'] },
  {
    name: 'National Security Division',
    kind: 'other',
    isWelsh: false,
    aliases: ['NSD', 'National Security Division (NSD)']
  }
]

/** slug = lowercase canonical name, every run of non-alphanumerics turned into one `-`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The key two spellings share when they name the same area: case, `&`/`and`, punctuation,
 * footnote markers ("Durham (1)", "Kent [note 3]", "Essex*") and spacing are ignored.
 */
export function aliasKey(text: string): string {
  return text
    .replace(/\[(?:note\s*)?\d+\]/gi, ' ')
    .replace(/\(\s*\d+\s*\)/g, ' ')
    .replace(/\*+/g, ' ')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const byKey = new Map<string, AreaDefinition>()
for (const definition of AREAS) {
  for (const spelling of [definition.name, ...definition.aliases]) byKey.set(aliasKey(spelling), definition)
}

/** Finds the built-in area a row label names, or undefined (the store also knows user mappings). */
export function findBuiltInArea(label: string): AreaDefinition | undefined {
  return byKey.get(aliasKey(label))
}
