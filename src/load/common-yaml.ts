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
/** Collections nested this deep may hold what checkDataShape finds too deep (32 levels). */
const SHAPE_DEPTH = 30;
/** Bidi overrides: not refused by this reader, but found by checkDataShape. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/** Keys checkDataShape refuses (and __proto__, which this reader leaves to js-yaml). */
const SHAPE_KEYS = new Set(['constructor', 'prototype']);

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

export interface CommonYaml {
  data: unknown;
  /**
   * Nothing in it that checkDataShape (validate/data-shape.ts) would find: no control or
   * bidi character, line break in text, non-finite number, refused key or deep nesting.
   * Its walk over the data is then skipped.
   */
  clean: boolean;
}

/**
 * The document's data, or NOT_COMMON. `own`: what each string value becomes (a copy of
 * its own, one per distinct text: see load-plan.ts), instead of a slice of `text`.
 */
export function parseCommonYaml(text: string, own?: (value: string) => string): CommonYaml | typeof NOT_COMMON {
  if (UNUSUAL.test(text)) return NOT_COMMON;
  try {
    const reader = new Reader(text, own);
    const data = reader.document();
    return { data, clean: !reader.unclean && !BIDI.test(text) };
  } catch (error) {
    if (error === DECLINE) return NOT_COMMON;
    throw error;
  }
}

class Reader {
  private pos = 0;
  private readonly length: number;
  /** Something checkDataShape would find: see CommonYaml.clean. */
  unclean = false;

  private readonly text: string;

  constructor(
    text: string,
    private readonly own: ((value: string) => string) | undefined,
  ) {
    // A line break at the end (js-yaml adds one too): every line ends in one, and a scan
    // for the end of a line needs no other bound.
    this.text = text.endsWith('\n') ? text : `${text}\n`;
    this.length = this.text.length;
  }

  private string(value: string): string {
    return this.own ? this.own(value) : value;
  }

  private plain(inFlow: boolean): unknown {
    const value = resolvePlain(this.plainScalar(inFlow));
    if (typeof value === 'number' && !Number.isFinite(value)) this.unclean = true;
    return typeof value === 'string' && this.own ? this.own(value) : value;
  }

  /** The character at `pos`; past the end, a line break. */
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
    const { text } = this;
    let ch = text.charCodeAt(start);
    if (!(ch < 0x80 && KEY_CHAR[ch] === 1)) return -1;
    let pos = start + 1;
    for (;;) {
      ch = text.charCodeAt(pos);
      if (ch < 0x80 && KEY_CHAR[ch] !== 0) pos++;
      else break;
    }
    if (ch !== COLON) return -1;
    const after = this.at(pos + 1);
    return after === SPACE || after === NEWLINE ? pos : -1;
  }

  /** Keys met so far, by length: a file uses a few keys over and over. */
  private readonly keys: string[][] = [];

  /** The plain key at pos; moves past its colon. */
  private key(): string {
    const start = this.pos;
    const colon = this.keyColon(start);
    if (colon === -1) decline();
    const length = colon - start;
    const known = (this.keys[length] ??= []);
    let key: string | undefined;
    for (const candidate of known) {
      if (this.text.startsWith(candidate, start)) {
        key = candidate;
        break;
      }
    }
    if (key === undefined) {
      key = this.text.slice(start, colon);
      // Keys that js-yaml would turn into null or a boolean (and then text), or store apart.
      if (RESERVED_KEYS.has(key)) decline();
      if (SHAPE_KEYS.has(key)) this.unclean = true;
      if (known.length < 16) known.push(key);
    }
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
    if (depth > SHAPE_DEPTH) this.unclean = true;
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
    if (depth > SHAPE_DEPTH) this.unclean = true;
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
    if (ch === QUOTE) return this.string(this.doubleQuoted());
    if (ch === APOSTROPHE) return this.string(this.singleQuoted());
    return this.plain(false);
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
      // The text ends in a line break: the scan stops there at the latest.
      const ch = text.charCodeAt(pos);
      if (ch >= 0x80 || PLAIN_CHAR[ch] === ORDINARY) {
        end = ++pos;
        continue;
      }
      if (ch === NEWLINE) {
        if (inFlow) decline();
        break;
      }
      if (ch === COLON) {
        const following = text.charCodeAt(pos + 1);
        if (following === SPACE || following === NEWLINE || (inFlow && isFlowIndicator(following))) {
          // `key: a: b`, or a key inside a flow value: js-yaml would refuse or read a pair.
          decline();
        }
      } else if (ch === HASH) {
        if (text.charCodeAt(pos - 1) === SPACE) {
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
      const ch = text.charCodeAt(pos);
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
    if (depth > SHAPE_DEPTH) this.unclean = true;
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
    if (depth > SHAPE_DEPTH) this.unclean = true;
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
    if (ch === QUOTE) return this.string(this.doubleQuoted());
    if (ch === APOSTROPHE) return this.string(this.singleQuoted());
    // An empty value (`{a: , b: 1}`) and the like.
    if (ch === COMMA || ch === CLOSE_BRACE || ch === CLOSE_BRACKET || ch === NEWLINE) decline();
    return this.plain(true);
  }
}

/** 1: a key's first character (a letter); 2: a later one (letters, digits, - and _). */
const KEY_CHAR = new Uint8Array(0x80);
for (let ch = 0; ch < 0x80; ch++) {
  const letter = (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
  KEY_CHAR[ch] = letter ? 1 : (ch >= 0x30 && ch <= 0x39) || ch === DASH || ch === 0x5f ? 2 : 0;
}

/** ASCII characters a plain scalar goes on over without a second look (the others: space, line break, : # and the flow indicators). */
const ORDINARY = 1;
const PLAIN_CHAR = new Uint8Array(0x80).fill(ORDINARY);
for (const ch of [SPACE, NEWLINE, COLON, HASH, COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE]) PLAIN_CHAR[ch] = 0;

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
