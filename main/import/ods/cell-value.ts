// Turns one ODS cell's attributes and displayed text into the Cell the rest of the import reads,
// as workbook.ts turned SheetJS's cell (its `w`, else its value) into one. Never sees the XML.

import type { Cell } from '../workbook'

/** The attributes of <table:table-cell> that say what it holds. */
export interface CellAttributes {
  valueType: string
  value?: string
  dateValue?: string
  timeValue?: string
  booleanValue?: string
  isError: boolean
  /** The cell's style formats its number as a date or time (a number:date-style or number:time-style). */
  isDateStyled: boolean
}

/** Spreadsheet error texts LibreOffice writes for an error cell (SheetJS's RBErr). */
const ERROR_TEXTS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#WTF?'])

/** 1899-12-30, day 0 of spreadsheet serial dates. */
const DAY_ZERO = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

/** A serial day number as SheetJS's numdate makes it a date (it skips Lotus's 29 February 1900). */
function serialDate(serial: number): Date {
  return new Date((serial > 60 ? serial : serial + 1) * DAY_MS + DAY_ZERO)
}

const isoDay = (date: Date) => (Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10))

/** office:date-value as SheetJS's parseDate reads it: a date, a date and time, or a time of day. */
function parseDateValue(text: string): Date {
  const time = /^(\d+):(\d+)(:\d+)?(\.\d+)?$/.exec(text)
  if (time)
    return new Date(
      Date.UTC(1899, 11, 31) + ((Number(time[1]) * 60 + Number(time[2])) * 60 + (time[3] ? Number(time[3].slice(1)) : 0)) * 1000
    )
  const day = /^(\d+)-(\d+)-(\d+)(?:[T ](\d+):(\d+)(:\d+)?(\.\d+)?)?$/.exec(text)
  if (day) return new Date(Date.UTC(+day[1], +day[2] - 1, +day[3], +(day[4] ?? 0), +(day[5] ?? 0), day[6] ? Number(day[6].slice(1)) : 0))
  return new Date(text)
}

/** office:time-value, an ISO 8601 duration (PT12H30M00S), in days; NaN when it is not one. */
function durationDays(text: string): number {
  const match = /^-?P(?:([0-9.]+)D)?(?:T(?:([0-9.]+)H)?(?:([0-9.]+)M)?(?:([0-9.]+)S)?)?$/.exec(text)
  if (!match) return Number.NaN
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => (part ? parseInt(part, 10) : 0))
  return days + (hours * 3600 + minutes * 60 + seconds) / 86400
}

/** A number serial dates cannot show: SheetJS keeps 60 (the Lotus leap day) as a number. */
const isLeapDaySerial = (serial: number) => serial >= 60 && serial < 61

/**
 * The cell's text and number. `shown` is what its paragraphs display; where a cell shows nothing,
 * the value itself is the text (a number, an ISO date), as SheetJS's value was.
 */
export function cellValue(attributes: CellAttributes, shown: string): Cell {
  if (attributes.isError && ERROR_TEXTS.has(shown)) return { text: shown.trim() }
  switch (attributes.valueType) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const number = parseFloat(attributes.value ?? '')
      if (attributes.valueType === 'float' && attributes.isDateStyled && !isLeapDaySerial(number))
        return { text: (shown || isoDay(serialDate(number))).trim() }
      // A cell whose value is not a number shows its text and holds no number (SheetJS kept NaN).
      if (Number.isNaN(number)) return { text: shown.trim() }
      return { text: (shown || String(number)).trim(), number }
    }
    case 'date':
      return { text: (shown || isoDay(parseDateValue(attributes.dateValue ?? ''))).trim() }
    case 'time': {
      const days = durationDays(attributes.timeValue ?? '')
      if (isLeapDaySerial(days)) return { text: (shown || String(days)).trim(), number: days }
      return { text: (shown || (Number.isNaN(days) ? (attributes.timeValue ?? '') : isoDay(serialDate(days)))).trim() }
    }
    case 'boolean': {
      const value = attributes.booleanValue
      return { text: (shown || String(value === 'true' || value === '1' || Number(value) >= 1)).trim() }
    }
    default:
      return { text: shown.trim() }
  }
}
