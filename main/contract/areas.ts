// The 42 MAPPA areas of England and Wales and the non-area rows the MoJ tables carry,
// with the spellings seen across years. Pure data and lookups: never touches the store.

import type { AreaKind } from './types'

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
  area('London', [
    'Metropolitan and City of London',
    'Metropolitan Police and City of London',
    'Metropolitan & City of London',
    'Greater London'
  ]),
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

/** A region of England and Wales: the patch a regional desk covers, as a group of the 42 areas. */
export interface Region {
  slug: string
  name: string
  /** Canonical area names, as in AREAS. */
  areas: readonly string[]
}

/** The nine English regions and Wales, each MAPPA area in the region its police force sits in. */
export const REGIONS: readonly Region[] = [
  { slug: 'north-east', name: 'North East', areas: ['County Durham', 'Northumbria', 'Teesside'] },
  { slug: 'north-west', name: 'North West', areas: ['Cheshire', 'Cumbria', 'Greater Manchester', 'Lancashire', 'Merseyside'] },
  {
    slug: 'yorkshire-and-the-humber',
    name: 'Yorkshire and the Humber',
    areas: ['Humberside', 'North Yorkshire', 'South Yorkshire', 'West Yorkshire']
  },
  {
    slug: 'east-midlands',
    name: 'East Midlands',
    areas: ['Derbyshire', 'Leicestershire', 'Lincolnshire', 'Northamptonshire', 'Nottinghamshire']
  },
  { slug: 'west-midlands', name: 'West Midlands', areas: ['Staffordshire', 'Warwickshire', 'West Mercia', 'West Midlands'] },
  {
    slug: 'east-of-england',
    name: 'East of England',
    areas: ['Bedfordshire', 'Cambridgeshire', 'Essex', 'Hertfordshire', 'Norfolk', 'Suffolk']
  },
  { slug: 'london', name: 'London', areas: ['London'] },
  { slug: 'south-east', name: 'South East', areas: ['Hampshire', 'Kent', 'Surrey', 'Sussex', 'Thames Valley'] },
  { slug: 'south-west', name: 'South West', areas: ['Avon and Somerset', 'Devon and Cornwall', 'Dorset', 'Gloucestershire', 'Wiltshire'] },
  { slug: 'wales', name: 'Wales', areas: ['Dyfed-Powys', 'Gwent', 'North Wales', 'South Wales'] }
]

const regionByArea = new Map<string, Region>(REGIONS.flatMap((region) => region.areas.map((name) => [slugify(name), region] as const)))

/** The region an area slug sits in; undefined for England and Wales, Wales and the National Security Division. */
export function regionOf(areaSlug: string): Region | undefined {
  return regionByArea.get(areaSlug)
}

/** The area slugs a name stands for: an area's own slug, or every area of a region; undefined for neither. */
export function areasFor(slugOrRegion: string): string[] | undefined {
  const region = REGIONS.find((candidate) => candidate.slug === slugOrRegion)
  if (region) return region.areas.map(slugify)
  return AREAS.some((definition) => slugify(definition.name) === slugOrRegion) ? [slugOrRegion] : undefined
}
