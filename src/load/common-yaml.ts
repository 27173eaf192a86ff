// A fast reader for the YAML that plan files are written in: block mappings and sequences,
// one-line flow mappings and sequences, plain and quoted one-line scalars, comments. It
// gives exactly what js-yaml's load (CORE schema) gives for such a file, several times
// faster (js-yaml is most of the time of a large plan's check); plain scalars are resolved
// by js-yaml's own types. Anything else, and anything it is not sure of, it declines
// (NOT_COMMON), and parse.ts reads the file with js-yaml as before: every error message,
// position and finding comes from there. test/load/common-yaml.test.ts holds it to
// js-yaml's result on every plan file of the repository and on generated documents.

import jsYaml from 'js-yaml';

/** Returned for a document this reader leaves to js-yaml. */
export const NOT_COMMON: unique symbol = Symbol('not common YAML');

interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}

// The types js-yaml tries on a plain scalar, in its order (null, bool, int, float).
const IMPLICIT: readonly ImplicitType[] = (jsYaml.CORE_SCHEMA as unknown as { compiledImplicit: ImplicitType[] }).compiledImplicit;

/**
 * Characters this reader never handles: tabs, carriage returns and every other control
 * character, the line and paragraph separators, surrogates (js-yaml checks their pairing),
 * U+FEFF and the noncharacters U+FFFE and U+FFFF. A superset of what js-yaml refuses.
 */
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;

/** Deeper than plan files nest, well short of js-yaml's maxDepth (100). */
const MAX_DEPTH = 40;

class Decline extends Error {}
const decline = (): never => {
  throw DECLINE;
};
const DECLINE = new Decline();

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

export function parseCommonYaml(text: string): unknown {
  if (UNUSUAL.test(text)) return NOT_COMMON;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === DECLINE) return NOT_COMMON;
    throw error;
  }
}

class Reader {
  private pos = 0;
  private readonly length: number;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  private at(pos: number): number {
    return pos < this.length ? this.text.charCodeAt(pos) : NEWLINE;
  }

  document(): unknown {
    const indent = this.nextContentLine();
    // An empty document, an indented or a non-mapping top level, directives, markers.
    if (indent !== 0) decline();
    const value = this.blockMapping(0, 1);
    if (this.nextContentLine() !== -1) decline();
    return value;
  }

  /**
   * From the start of a line: past blank and comment lines to the first character of the
   * next line with content. Its indentation, or -1 at the end of the text.
   */
  private nextContentLine(): number {
    const { text, length } = this;
    let pos = this.pos;
    while (pos < length) {
      let indent = 0;
      while (pos < length && text.charCodeAt(pos) === SPACE) {
        pos++;
        indent++;
      }
      const ch = pos < length ? text.charCodeAt(pos) : NEWLINE;
      if (ch === NEWLINE) {
        pos++;
        continue;
      }
      if (ch === HASH) {
        const end = text.indexOf('\n', pos);
        pos = end === -1 ? length : end + 1;
        continue;
      }
      this.pos = pos;
      return indent;
    }
    this.pos = length;
    return -1;
  }

  /** The indentation of the next line with content, without moving (comment lines count: see `endOfValue`). */
  private peekIndent(): number {
    const saved = this.pos;
    const indent = this.nextContentLine();
    this.pos = saved;
    return indent;
  }

  /** After a value: only spaces and a comment may be left on its line; moves to the next line. */
  private endOfLine(): void {
    const { text, length } = this;
    let pos = this.pos;
    while (pos < length && text.charCodeAt(pos) === SPACE) pos++;
    if (pos < length) {
      const ch = text.charCodeAt(pos);
      if (ch === HASH) {
        // A comment needs a space before it.
        if (this.at(pos - 1) !== SPACE) decline();
        const end = text.indexOf('\n', pos);
        pos = end === -1 ? length : end;
      } else if (ch !== NEWLINE) decline();
    }
    this.pos = pos < length ? pos + 1 : length;
  }

  /**
   * After a value held on its line, in a collection at `indent`: no line may follow that is
   * indented deeper (a continuation of a plain scalar for js-yaml, or an error), not even a
   * comment line.
   */
  private endOfValue(indent: number): void {
    this.endOfLine();
    const { text, length } = this;
    let pos = this.pos;
    while (pos < length) {
      let lineIndent = 0;
      while (pos < length && text.charCodeAt(pos) === SPACE) {
        pos++;
        lineIndent++;
      }
      const ch = pos < length ? text.charCodeAt(pos) : NEWLINE;
      if (ch === NEWLINE) {
        pos++;
        continue;
      }
      if (lineIndent > indent) decline();
      return;
    }
  }

  /**
   * Where the colon after a plain key at `start` stands (letters first, then letters,
   * digits, - and _; then `:` and a space or the line's end), or -1.
   */
  private keyColon(start: number): number {
    let ch = this.at(start);
    if (!((ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a))) return -1;
    let pos = start + 1;
    for (;;) {
      ch = this.at(pos);
      if ((ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x30 && ch <= 0x39) || ch === DASH || ch === 0x5f) pos++;
      else break;
    }
    if (ch !== COLON) return -1;
    const after = this.at(pos + 1);
    return after === SPACE || after === NEWLINE ? pos : -1;
  }

  /** The plain key at pos; moves past its colon. */
  private key(): string {
    const colon = this.keyColon(this.pos);
    if (colon === -1) decline();
    const key = this.text.slice(this.pos, colon);
    // Keys that js-yaml would turn into null or a boolean (and then text), or store apart.
    if (RESERVED_KEYS.has(key)) decline();
    this.pos = colon + 1;
    return key;
  }

  /** Whether the line at pos starts with a key. */
  private startsWithKey(): boolean {
    return this.keyColon(this.pos) !== -1;
  }

  private skipSpaces(): void {
    while (this.at(this.pos) === SPACE && this.pos < this.length) this.pos++;
  }

  /** A block mapping whose keys stand at column `indent`; pos is at its first key. */
  private blockMapping(indent: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) decline();
    const mapping: Record<string, unknown> = {};
    for (;;) {
      const key = this.key();
      if (Object.hasOwn(mapping, key)) decline();
      this.skipSpaces();
      const ch = this.at(this.pos);
      let value: unknown;
      if (ch === NEWLINE || ch === HASH) {
        // Nothing on the key's line: a nested block, a sequence at the key's own
        // indentation, or null.
        this.endOfLine();
        const next = this.peekIndent();
        if (next > indent) {
          this.nextContentLine();
          value = this.nestedBlock(next, depth + 1);
        } else if (next === indent && this.peekSequence()) {
          this.nextContentLine();
          value = this.blockSequence(indent, depth + 1);
        } else value = null;
      } else {
        value = this.inlineValue(depth + 1);
        this.endOfValue(indent);
      }
      mapping[key] = value;
      const next = this.peekIndent();
      if (next < indent) return mapping;
      if (next > indent) decline();
      this.nextContentLine();
      // A sequence entry at the mapping's indentation after a value is not this mapping's.
      if (!this.startsWithKey()) decline();
    }
  }

  /** Whether the next content line starts a sequence entry (`- `). */
  private peekSequence(): boolean {
    const saved = this.pos;
    this.nextContentLine();
    const result = this.at(this.pos) === DASH && this.at(this.pos + 1) === SPACE;
    this.pos = saved;
    return result;
  }

  /** A block collection on its own lines at `indent`: a sequence or a mapping, nothing else. */
  private nestedBlock(indent: number, depth: number): unknown {
    if (this.at(this.pos) === DASH && this.at(this.pos + 1) === SPACE) return this.blockSequence(indent, depth);
    if (this.startsWithKey()) return this.blockMapping(indent, depth);
    return decline();
  }

  /** A block sequence whose dashes stand at column `indent`; pos is at its first dash. */
  private blockSequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) decline();
    const list: unknown[] = [];
    for (;;) {
      if (this.at(this.pos) !== DASH || this.at(this.pos + 1) !== SPACE) decline();
      const lineStart = this.pos - indent;
      this.pos += 1;
      this.skipSpaces();
      const ch = this.at(this.pos);
      if (ch === NEWLINE || ch === HASH || (ch === DASH && this.at(this.pos + 1) === SPACE)) decline();
      if (ch !== OPEN_BRACE && ch !== OPEN_BRACKET && ch !== QUOTE && ch !== APOSTROPHE && this.startsWithKey()) {
        // A mapping that starts on the entry's line: its keys stand where the first one does.
        const column = this.pos - lineStart;
        list.push(this.blockMapping(column, depth + 1));
      } else {
        list.push(this.inlineValue(depth + 1));
        this.endOfValue(indent);
      }
      const next = this.peekIndent();
      if (next < indent) return list;
      if (next > indent) decline();
      const saved = this.pos;
      this.nextContentLine();
      if (this.at(this.pos) !== DASH || this.at(this.pos + 1) !== SPACE) {
        // The mapping this sequence is the value of goes on.
        this.pos = saved;
        return list;
      }
    }
  }

  /** A value that starts and ends on the current line (block context). */
  private inlineValue(depth: number): unknown {
    const ch = this.at(this.pos);
    if (ch === OPEN_BRACE) return this.flowMapping(depth);
    if (ch === OPEN_BRACKET) return this.flowSequence(depth);
    if (ch === QUOTE) return this.doubleQuoted();
    if (ch === APOSTROPHE) return this.singleQuoted();
    return resolvePlain(this.plainScalar(false));
  }

  /** A plain scalar's text: js-yaml's readPlainScalar on one line. */
  private plainScalar(inFlow: boolean): string {
    const { text } = this;
    const start = this.pos;
    const first = this.at(start);
    if (CANNOT_START.has(first)) decline();
    if (first === 0x3f || first === DASH || first === COLON) {
      const following = this.at(start + 1);
      if (following === SPACE || following === NEWLINE || (inFlow && isFlowIndicator(following))) decline();
    }
    let pos = start;
    let end = start;
    for (;;) {
      const ch = this.at(pos);
      if (ch === NEWLINE) {
        if (inFlow) decline();
        break;
      }
      if (ch === COLON) {
        const following = this.at(pos + 1);
        if (following === SPACE || following === NEWLINE || (inFlow && isFlowIndicator(following))) {
          // `key: a: b`, or a key inside a flow value: js-yaml would refuse or read a pair.
          decline();
        }
      } else if (ch === HASH) {
        if (this.at(pos - 1) === SPACE) {
          if (inFlow) decline();
          break;
        }
      } else if (inFlow && isFlowIndicator(ch)) break;
      pos++;
      if (ch !== SPACE) end = pos;
    }
    this.pos = end;
    return text.slice(start, end);
  }

  /** "…" on one line without escapes. */
  private doubleQuoted(): string {
    const { text } = this;
    const start = this.pos + 1;
    let pos = start;
    for (;;) {
      const ch = this.at(pos);
      if (ch === QUOTE) break;
      if (ch === BACKSLASH || ch === NEWLINE) decline();
      pos++;
    }
    this.pos = pos + 1;
    return text.slice(start, pos);
  }

  /** '…' on one line; '' is a quote. */
  private singleQuoted(): string {
    const { text } = this;
    let pos = this.pos + 1;
    let value = '';
    let start = pos;
    for (;;) {
      const ch = this.at(pos);
      if (ch === NEWLINE) decline();
      if (ch === APOSTROPHE) {
        if (this.at(pos + 1) !== APOSTROPHE) break;
        value += text.slice(start, pos + 1);
        pos += 2;
        start = pos;
        continue;
      }
      pos++;
    }
    this.pos = pos + 1;
    return value + text.slice(start, pos);
  }

  /** { key: value, … } on one line. */
  private flowMapping(depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) decline();
    const mapping: Record<string, unknown> = {};
    this.pos++;
    for (;;) {
      this.skipSpaces();
      if (this.at(this.pos) === CLOSE_BRACE) {
        this.pos++;
        return mapping;
      }
      const key = this.key();
      if (Object.hasOwn(mapping, key)) decline();
      this.skipSpaces();
      mapping[key] = this.flowValue(depth + 1);
      this.skipSpaces();
      const ch = this.at(this.pos);
      if (ch === COMMA) this.pos++;
      else if (ch === CLOSE_BRACE) {
        this.pos++;
        return mapping;
      } else decline();
    }
  }

  /** [ value, … ] on one line. */
  private flowSequence(depth: number): unknown[] {
    if (depth > MAX_DEPTH) decline();
    const list: unknown[] = [];
    this.pos++;
    for (;;) {
      this.skipSpaces();
      if (this.at(this.pos) === CLOSE_BRACKET) {
        this.pos++;
        return list;
      }
      list.push(this.flowValue(depth + 1));
      this.skipSpaces();
      const ch = this.at(this.pos);
      if (ch === COMMA) this.pos++;
      else if (ch === CLOSE_BRACKET) {
        this.pos++;
        return list;
      } else decline();
    }
  }

  private flowValue(depth: number): unknown {
    const ch = this.at(this.pos);
    if (ch === OPEN_BRACE) return this.flowMapping(depth);
    if (ch === OPEN_BRACKET) return this.flowSequence(depth);
    if (ch === QUOTE) return this.doubleQuoted();
    if (ch === APOSTROPHE) return this.singleQuoted();
    // An empty value (`{a: , b: 1}`) and the like.
    if (ch === COMMA || ch === CLOSE_BRACE || ch === CLOSE_BRACKET || ch === NEWLINE) decline();
    return resolvePlain(this.plainScalar(true));
  }
}

/** js-yaml's indicators that a plain scalar cannot start with (besides - ? : before a space). */
const CANNOT_START = new Set([SPACE, NEWLINE, COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE, HASH, 0x26, 0x2a, 0x21, 0x7c, 0x3e, APOSTROPHE, QUOTE, 0x25, 0x40, 0x60]);

function isFlowIndicator(ch: number): boolean {
  return ch === COMMA || ch === OPEN_BRACKET || ch === CLOSE_BRACKET || ch === OPEN_BRACE || ch === CLOSE_BRACE;
}

/** Keys js-yaml reads as something other than their text, or stores apart. */
const RESERVED_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);

/**
 * A plain scalar's value as js-yaml's CORE schema resolves it: null, a boolean, an integer,
 * a float, else the text. Text that starts with a letter other than n, t or f (in either
 * case), or with a non-ASCII character, can be none of the others; positive integers of up
 * to 15 digits without a leading zero and decimals with a point are read directly, to the
 * same number js-yaml's types give.
 */
export function resolvePlain(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first >= 0x80) return text;
  if ((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a)) {
    const lower = first | 0x20;
    if (lower !== 0x6e && lower !== 0x74 && lower !== 0x66) return text;
  } else if (first >= 0x30 && first <= 0x39 || first === DASH) {
    const number = plainNumber(text);
    if (number !== undefined) return number;
  }
  for (const type of IMPLICIT) if (type.resolve(text)) return type.construct(text);
  return text;
}

/** `[1-9][0-9]{0,14}`, or `-?[0-9]+.[0-9]+`: the number; else undefined. */
function plainNumber(text: string): number | undefined {
  const length = text.length;
  let pos = text.charCodeAt(0) === DASH ? 1 : 0;
  const digitsStart = pos;
  while (pos < length && isDigit(text.charCodeAt(pos))) pos++;
  const digits = pos - digitsStart;
  if (digits === 0) return undefined;
  if (pos === length) {
    // An integer: only positive ones without a leading zero (js-yaml reads 007 as 7 and -0 as 0).
    return digitsStart === 0 && digits <= 15 && text.charCodeAt(0) !== 0x30 ? Number(text) : undefined;
  }
  if (text.charCodeAt(pos) !== 0x2e) return undefined;
  pos++;
  const fractionStart = pos;
  while (pos < length && isDigit(text.charCodeAt(pos))) pos++;
  if (pos !== length || pos === fractionStart) return undefined;
  // js-yaml: sign × parseFloat of the rest, which is parseFloat of the whole (-0.0 too).
  return parseFloat(text);
}

function isDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}
