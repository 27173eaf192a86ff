// The scalars of the plan-file YAML that common-yaml.ts reads: plain, single- and
// double-quoted, resolved to exactly the values js-yaml's CORE schema gives, and the
// character tables the reader scans with. Split from the reader so each file holds one job.

import jsYaml from 'js-yaml';

interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}

// The types js-yaml tries on a plain scalar, in its order (null, bool, int, float).
const IMPLICIT: readonly ImplicitType[] = (jsYaml.CORE_SCHEMA as unknown as { compiledImplicit: ImplicitType[] }).compiledImplicit;

export class Decline extends Error {}
export const decline = (): never => {
  throw DECLINE;
};
export const DECLINE = new Decline();

export const SPACE = 0x20;
export const NEWLINE = 0x0a;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;
export const COMMA = 0x2c;
export const QUOTE = 0x22;
export const APOSTROPHE = 0x27;
export const BACKSLASH = 0x5c;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;

export class ScalarReader {
  protected pos = 0;
  protected readonly length: number;
  /** Something checkDataShape would find: see CommonYaml.clean. */
  unclean = false;

  protected readonly text: string;

  constructor(
    text: string,
    protected readonly own: ((value: string) => string) | undefined,
  ) {
    // A line break at the end (js-yaml adds one too): every line ends in one, and a scan
    // for the end of a line needs no other bound.
    this.text = text.endsWith('\n') ? text : `${text}\n`;
    this.length = this.text.length;
  }

  protected string(value: string): string {
    return this.own ? this.own(value) : value;
  }

  protected plain(inFlow: boolean): unknown {
    const value = resolvePlain(this.plainScalar(inFlow));
    if (typeof value === 'number' && !Number.isFinite(value)) this.unclean = true;
    return typeof value === 'string' && this.own ? this.own(value) : value;
  }

  /** The character at `pos`; past the end, a line break. */
  protected at(pos: number): number {
    return pos < this.length ? this.text.charCodeAt(pos) : NEWLINE;
  }

  protected skipSpaces(): void {
    while (this.at(this.pos) === SPACE && this.pos < this.length) this.pos++;
  }

  /** A plain scalar's text: js-yaml's readPlainScalar on one line. */
  protected plainScalar(inFlow: boolean): string {
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
  protected doubleQuoted(): string {
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
  protected singleQuoted(): string {
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
}

/** 1: a key's first character (a letter); 2: a later one (letters, digits, - and _). */
export const KEY_CHAR = new Uint8Array(0x80);
for (let ch = 0; ch < 0x80; ch++) {
  const letter = (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
  KEY_CHAR[ch] = letter ? 1 : (ch >= 0x30 && ch <= 0x39) || ch === DASH || ch === 0x5f ? 2 : 0;
}

/** ASCII characters a plain scalar goes on over without a second look (the others: space, line break, : # and the flow indicators). */
export const ORDINARY = 1;
export const PLAIN_CHAR = new Uint8Array(0x80).fill(ORDINARY);
for (const ch of [SPACE, NEWLINE, COLON, HASH, COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE]) PLAIN_CHAR[ch] = 0;

/** js-yaml's indicators that a plain scalar cannot start with (besides - ? : before a space). */
export const CANNOT_START = new Set([SPACE, NEWLINE, COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE, HASH, 0x26, 0x2a, 0x21, 0x7c, 0x3e, APOSTROPHE, QUOTE, 0x25, 0x40, 0x60]);

export function isFlowIndicator(ch: number): boolean {
  return ch === COMMA || ch === OPEN_BRACKET || ch === CLOSE_BRACKET || ch === OPEN_BRACE || ch === CLOSE_BRACE;
}

/** Keys js-yaml reads as something other than their text, or stores apart. */
export const RESERVED_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);

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
export function plainNumber(text: string): number | undefined {
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

export function isDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}
