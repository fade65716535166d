// Splits XML text, pushed in pieces as it is unpacked, into open tags, close tags and text, and
// refuses XML that is not well-formed. Knows nothing of ODS; never holds more than one unfinished tag.

/** What a scanner reports. Tags come as the text they span, so attributes are read only where wanted. */
export interface XmlHandler {
  /** `source.slice(start, end)` is the whole tag, from '<' to '>'. */
  open(name: string, source: string, start: number, end: number, isSelfClosing: boolean): void
  close(name: string): void
  /** Character data, `source.slice(start, end)`, entities still encoded unless `isCdata`; one run may arrive in several pieces. */
  text(source: string, start: number, end: number, isCdata: boolean): void
}

export class XmlError extends Error {}
/** XML that may be well-formed but goes beyond what the scanner holds: a tag over MAX_TAG_CHARS, nesting over MAX_DEPTH. */
export class XmlLimitError extends XmlError {}

/** ODS writers keep cell text in elements, not attributes: a tag this long is not a spreadsheet's. */
export const MAX_TAG_CHARS = 1024 * 1024
/** LibreOffice nests content.xml about 10 deep; each open tag is held until it closes, so a bomb of nesting is refused. */
export const MAX_DEPTH = 10_000

const LT = 60
const GT = 62
const SLASH = 47
const QUOTE = 34
const APOSTROPHE = 39
const EQUALS = 61
const BANG = 33
const QUESTION = 63

const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#x([0-9a-fA-F]{1,6})|#([0-9]{1,7}));/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** XML's five entities and character references; anything else after '&' stays as written, as SheetJS leaves it. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text
  return text.replace(ENTITY, (whole, name: string | undefined, hex: string | undefined, decimal: string | undefined) => {
    if (name) return NAMED[name]
    const code = hex ? parseInt(hex, 16) : Number(decimal)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** An attribute's value from a tag's text (`<table:table-cell … >`), by its full name (`office:value-type`), entities decoded. */
export function attribute(tag: string, name: string): string | undefined {
  let at = tag.indexOf(name)
  while (at >= 0) {
    const after = at + name.length
    if (isSpace(tag.charCodeAt(at - 1)) && tag.charCodeAt(after) === EQUALS) {
      const quote = tag.charCodeAt(after + 1)
      const close = tag.indexOf(quote === APOSTROPHE ? "'" : '"', after + 2)
      return decodeEntities(tag.slice(after + 2, close))
    }
    at = tag.indexOf(name, after)
  }
  return undefined
}

/**
 * A push scanner: `push(text)` as often as text arrives, then `end()`. Checks that every tag is
 * closed in order, attributes are quoted, and nothing but space follows the root element.
 */
export class XmlScanner {
  private pending = ''
  private readonly openNames: string[] = []
  /** The names held on the stack, one copy each: a name cut from the text would keep its whole piece alive. */
  private readonly heldNames = new Map<string, string>()
  private hasRoot = false

  constructor(private readonly handler: XmlHandler) {}

  /** Tags open at this moment, outermost first. */
  get depth(): number {
    return this.openNames.length
  }

  push(piece: string): void {
    const source = this.pending.length > 0 ? this.pending + piece : piece
    let at = 0
    const length = source.length
    while (at < length) {
      const lt = source.indexOf('<', at)
      if (lt < 0) {
        // Text to the end: hand it on, keeping back an entity that may be cut in two.
        const amp = source.lastIndexOf('&')
        const keep = amp >= at && source.indexOf(';', amp) < 0 ? amp : length
        this.emitText(source, at, keep)
        at = keep
        break
      }
      if (lt > at) this.emitText(source, at, lt)
      const end = this.markup(source, lt)
      if (end < 0) {
        at = lt
        break
      }
      at = end
    }
    this.pending = at < length ? source.slice(at) : ''
    if (this.pending.length > MAX_TAG_CHARS) throw new XmlLimitError('holds a tag over a megabyte long')
  }

  end(): void {
    if (this.pending.length > 0) {
      if (this.pending.trimStart().startsWith('<')) throw new XmlError('it ends in the middle of a tag')
      this.emitText(this.pending, 0, this.pending.length)
    }
    if (!this.hasRoot) throw new XmlError('it holds no XML element')
    if (this.openNames.length > 0) throw new XmlError(`it ends before <${this.openNames[this.openNames.length - 1]}> is closed`)
  }

  private emitText(source: string, start: number, end: number): void {
    if (this.openNames.length === 0) {
      for (let at = start; at < end; at++) if (!isSpace(source.charCodeAt(at))) throw new XmlError('it holds text outside its root element')
      return
    }
    this.handler.text(source, start, end, false)
  }

  /** Reads the markup starting at `lt`; returns where it ends, or -1 when it is not all here yet. */
  private markup(source: string, lt: number): number {
    const next = source.charCodeAt(lt + 1)
    if (next === BANG) return this.declaration(source, lt)
    if (next === QUESTION) {
      const close = source.indexOf('?>', lt + 2)
      return close < 0 ? -1 : close + 2
    }
    if (next === SLASH) {
      const gt = source.indexOf('>', lt + 2)
      if (gt < 0) return -1
      const name = source.slice(lt + 2, gt).trimEnd()
      const open = this.openNames.pop()
      if (open !== name) throw new XmlError(open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`)
      this.handler.close(name)
      return gt + 1
    }
    return this.openTag(source, lt)
  }

  private declaration(source: string, lt: number): number {
    if (source.startsWith('<!--', lt)) {
      const close = source.indexOf('-->', lt + 4)
      return close < 0 ? -1 : close + 3
    }
    if (source.startsWith('<![CDATA[', lt)) {
      const close = source.indexOf(']]>', lt + 9)
      if (close < 0) return -1
      if (this.openNames.length === 0) throw new XmlError('it holds text outside its root element')
      this.handler.text(source, lt + 9, close, true)
      return close + 3
    }
    if (source.length - lt < 9) return -1
    // A document type with declarations of its own could define entities; no ODS writer makes one.
    if (source.startsWith('<!DOCTYPE', lt)) {
      const gt = source.indexOf('>', lt)
      if (gt < 0) return -1
      if (source.slice(lt, gt).includes('[')) throw new XmlError('it declares a document type of its own')
      return gt + 1
    }
    throw new XmlError('it holds markup that is not XML')
  }

  private openTag(source: string, lt: number): number {
    const length = source.length
    let at = lt + 1
    while (at < length) {
      const code = source.charCodeAt(at)
      if (isSpace(code) || code === GT || code === SLASH) break
      at++
    }
    if (at >= length) return -1
    const name = source.slice(lt + 1, at)
    if (name.length === 0 || name.includes('<')) throw new XmlError('it holds a "<" that starts no tag')
    // Attributes: name="value" or name='value', separated by space.
    for (;;) {
      while (at < length && isSpace(source.charCodeAt(at))) at++
      if (at >= length) return -1
      const code = source.charCodeAt(at)
      if (code === GT) return this.opened(name, source, lt, at + 1, false)
      if (code === SLASH) {
        if (at + 1 >= length) return -1
        if (source.charCodeAt(at + 1) !== GT) throw new XmlError(`<${name}> has a stray "/"`)
        return this.opened(name, source, lt, at + 2, true)
      }
      const equals = source.indexOf('=', at)
      if (equals < 0) return -1
      let quoteAt = equals + 1
      while (quoteAt < length && isSpace(source.charCodeAt(quoteAt))) quoteAt++
      if (quoteAt >= length) return -1
      const quote = source.charCodeAt(quoteAt)
      if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlError(`<${name}> has an attribute without quotes`)
      for (let check = at; check < equals; check++) {
        const each = source.charCodeAt(check)
        if (each === GT || each === LT || each === QUOTE || each === APOSTROPHE)
          throw new XmlError(`<${name}> has an attribute without a value`)
      }
      const close = source.indexOf(quote === QUOTE ? '"' : "'", quoteAt + 1)
      if (close < 0) return -1
      at = close + 1
      if (at < length && !isSpace(source.charCodeAt(at)) && source.charCodeAt(at) !== GT && source.charCodeAt(at) !== SLASH) {
        throw new XmlError(`<${name}> has attributes run together`)
      }
    }
  }

  private held(name: string): string {
    // V8 copies a slice this short anyway; the two names of almost every tag are answered without a look-up.
    if (name.length < 13) return name
    if (name === 'table:table-cell') return 'table:table-cell'
    if (name === 'table:table-row') return 'table:table-row'
    const known = this.heldNames.get(name)
    if (known !== undefined) return known
    // Flattening a concatenation copies the characters; the slice then refers to that copy alone.
    const copy = (name + ' ').slice(0, -1)
    if (this.heldNames.size < 1000) this.heldNames.set(copy, copy)
    return copy
  }

  private opened(name: string, source: string, start: number, end: number, isSelfClosing: boolean): number {
    if (end - start > MAX_TAG_CHARS) throw new XmlLimitError('holds a tag over a megabyte long')
    if (this.openNames.length === 0) {
      if (this.hasRoot) throw new XmlError('it has a second root element')
      this.hasRoot = true
    }
    if (!isSelfClosing) {
      if (this.openNames.length >= MAX_DEPTH) throw new XmlLimitError(`nests tags more than ${MAX_DEPTH.toLocaleString('en-GB')} deep`)
      this.openNames.push(this.held(name))
    }
    this.handler.open(name, source, start, end, isSelfClosing)
    return end
  }
}
