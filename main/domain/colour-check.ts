// Checks that a chart's colours stay apart for readers with the three common colour-vision
// deficiencies and on a greyscale page. Pure colour arithmetic; it warns, never changes a colour.

export type Vision = 'protanopia' | 'deuteranopia' | 'tritanopia' | 'greyscale'
export const VISIONS: readonly Vision[] = ['protanopia', 'deuteranopia', 'tritanopia', 'greyscale']

type Matrix = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]]

/** Machado, Oliveira and Fernandes (2009), severity 1.0, applied to linear RGB. */
const SIMULATIONS: Record<Exclude<Vision, 'greyscale'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998]
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881]
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039]
  ]
}

/**
 * Below this CIE76 difference two flat colours are hard to tell apart in a small chart key; 10 is
 * a common rule of thumb for data-vis palettes (a "just noticeable" difference is about 2.3).
 */
export const MIN_DISTINGUISHABLE_DELTA_E = 10

type Rgb = [number, number, number]

function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

const toLinear = (channel: number) => {
  const c = channel / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance of a colour: 0 for black, 1 for white (to choose dark or light words on it). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(toLinear)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function simulateLinear(linear: Rgb, vision: Vision): Rgb {
  if (vision === 'greyscale') {
    const luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return [luminance, luminance, luminance]
  }
  const matrix = SIMULATIONS[vision]
  const clamp = (value: number) => Math.min(1, Math.max(0, value))
  return matrix.map((row) => clamp(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2])) as Rgb
}

function linearToLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

/** CIE76 colour difference between two colours as seen with `vision` (or normal vision). */
export function deltaE(a: string, b: string, vision?: Vision): number {
  const see = (hex: string) => {
    const linear = parseHex(hex).map(toLinear) as Rgb
    return linearToLab(vision ? simulateLinear(linear, vision) : linear)
  }
  const [la, aa, ba] = see(a)
  const [lb, ab, bb] = see(b)
  return Math.hypot(la - lb, aa - ab, ba - bb)
}

export interface ColourWarning {
  vision: Vision
  first: string
  second: string
  deltaE: number
  message: string
}

const VISION_NAMES: Record<Vision, string> = {
  protanopia: 'red-blind (protanopia)',
  deuteranopia: 'green-blind (deuteranopia)',
  tritanopia: 'blue-blind (tritanopia)',
  greyscale: 'in greyscale print'
}

/** Every pair of series that normal vision tells apart but a deficiency or greyscale does not. */
export function checkColours(series: readonly { label: string; colour: string }[]): ColourWarning[] {
  const warnings: ColourWarning[] = []
  for (let i = 0; i < series.length; i++) {
    for (let j = i + 1; j < series.length; j++) {
      const [a, b] = [series[i], series[j]]
      if (a.colour.toLowerCase() === b.colour.toLowerCase()) continue
      for (const vision of VISIONS) {
        const difference = deltaE(a.colour, b.colour, vision)
        if (difference < MIN_DISTINGUISHABLE_DELTA_E) {
          const who = vision === 'greyscale' ? VISION_NAMES[vision] : `for ${VISION_NAMES[vision]} readers`
          warnings.push({
            vision,
            first: a.label,
            second: b.label,
            deltaE: Math.round(difference * 10) / 10,
            message: `${a.label} and ${b.label} are hard to tell apart ${who}`
          })
        }
      }
    }
  }
  return warnings
}
