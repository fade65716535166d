import { describe, expect, it } from 'vitest'
import { fileNameOf } from './chart/spec'
import { fileStem, isReservedName } from './file-names'

describe('file and folder names from a title', () => {
  it('never makes a name Windows keeps for a device, whatever its case or trailing dot', () => {
    expect(['CON', 'nul', 'Com1', 'AUX.', 'lpt9', 'PRN ', 'com¹'].map((title) => fileNameOf(title, 'png'))).toEqual([
      'con-chart.png',
      'nul-chart.png',
      'com1-chart.png',
      'aux-chart.png',
      'lpt9-chart.png',
      'prn-chart.png',
      'com1-chart.png'
    ])
    expect(isReservedName('con.png')).toBe(true)
    expect(isReservedName('console')).toBe(false)
  })

  it('takes accents off Latin letters and keeps the letters of other scripts', () => {
    expect(fileStem('Sexualstraftäter in Groß-Gerau', 'chart')).toBe('sexualstraftater-in-gross-gerau')
    expect(fileStem('Ynys Môn: Øresund, Łódź', 'chart')).toBe('ynys-mon-oresund-lodz')
    expect(fileStem('Преступники в Эссексе', 'chart')).toBe('преступники-в-эссексе')
    expect(fileStem('性犯罪者の数', 'chart')).toBe('性犯罪者の数')
    expect(fileStem('हिन्दी रिपोर्ट', 'chart')).toBe('हिन्दी-रिपोर्ट')
  })

  it('keeps no character any system forbids, and no dot or space at the end', () => {
    for (const title of ['a<b>c:d"e/f\\g|h?i*j', 'trailing dots...', 'trailing space ', '\u0001control\u007f', '..']) {
      const stem = fileStem(title, 'chart')
      // eslint-disable-next-line no-control-regex -- a control character in a name is what this looks for
      expect(stem).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f]|[. ]$/)
      expect(stem.length).toBeGreaterThan(0)
    }
  })

  it('names titles without letters apart by a stable id, and an untitled one by its kind', () => {
    expect(fileStem('', 'chart')).toBe('chart')
    expect(fileStem('   ', 'chart')).toBe('chart')
    expect(fileStem('★★★', 'chart')).toMatch(/^chart-[0-9a-z]+$/)
    expect(fileStem('★★★', 'chart')).toBe(fileStem('★★★', 'chart'))
    expect(fileStem('★★★', 'chart')).not.toBe(fileStem('☆☆☆', 'chart'))
  })

  it('stays within what every disk allows, in characters and in bytes', () => {
    expect(fileStem('x'.repeat(200), 'chart')).toHaveLength(80)
    expect(new TextEncoder().encode(fileStem('統計'.repeat(100), 'chart')).length).toBeLessThanOrEqual(150)
  })
})
