// A fast reader for the YAML that plan files are written in: block mappings and sequences,
// one-line flow mappings and sequences, plain and quoted one-line scalars, comments. It
// gives exactly what js-yaml's load (CORE schema) gives for such a file, several times
// faster (js-yaml is most of the time of a large plan's check); plain scalars are resolved
// by js-yaml's own types. Anything else, and anything it is not sure of, it declines
// (NOT_COMMON), and parse.ts reads the file with js-yaml as before: every error message,
// position and finding comes from there. test/load/common-yaml.test.ts holds it to
// js-yaml's result on every plan file of the repository and on generated documents.

import { APOSTROPHE, CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, DASH, DECLINE, HASH, KEY_CHAR, NEWLINE, OPEN_BRACE, OPEN_BRACKET, QUOTE, RESERVED_KEYS, SPACE, ScalarReader, decline } from './common-yaml-scalars.js';

/** Returned for a document this reader leaves to js-yaml. */
export const NOT_COMMON: unique symbol = Symbol('not common YAML');


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

class Reader extends ScalarReader {
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
