// One slip, one finding. A parser that meets a tab or a wrong indent reports it, then
// everything it misreads after it (a single tab in the embedded plan gave 57 findings),
// in its own words and often at column 1. What a person needs is the first slip of the
// file, where it really is, and what to do about it: this reads the line the parser
// stopped at and says which slip it is (render/finding-text.ts words it).

import type { YamlSlip } from '../model/findings.js';

export interface Slip {
  /** Character offset of the slip in the file. */
  offset: number;
  args: YamlSlip;
}

/** The parser's first error, as the parser gives it (its message in its own words). */
export interface ParserError {
  offset: number;
  message: string;
}

export function explainSlip(text: string, error: ParserError): Slip {
  const line = lineAt(text, error.offset);
  const tab = tabInIndentation(text, line);
  if (tab !== null) return { offset: tab, args: { slip: 'tab' } };
  const quote = /Missing closing (["'])quote/.exec(error.message);
  if (quote) return unclosedQuote(text, error.offset, quote[1] as '"' | "'");
  if (/^Flow (map|sequence)/.test(error.message)) return unclosedFlow(text, error.offset, error.message.startsWith('Flow map') ? '{' : '[');
  const indent = badIndent(text, line);
  if (indent) return indent;
  const colon = missingColon(text, line, error.message);
  if (colon) return colon;
  return { offset: error.offset, args: { slip: 'parser', detail: error.message } };
}

interface Line {
  start: number;
  end: number;
  number: number;
}

function lineAt(text: string, offset: number): Line {
  const at = Math.min(Math.max(offset, 0), text.length);
  const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  return { start, end: endOfLine(text, start), number: countLines(text, start) };
}

function countLines(text: string, offset: number): number {
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** Offset of a tab among the spaces before the line's first character, or null. */
function tabInIndentation(text: string, line: Line): number | null {
  for (let index = line.start; index < line.end; index++) {
    const char = text[index];
    if (char === '\t') return index;
    if (char !== ' ') return null;
  }
  return null;
}

function unclosedQuote(text: string, offset: number, quote: '"' | "'"): Slip {
  const opening = openingQuote(text, offset, quote);
  return { offset: opening ?? offset, args: { slip: 'unclosed-quote', quote } };
}

/** The unmatched quote before `offset`: the last one not closed again before it. */
function openingQuote(text: string, offset: number, quote: '"' | "'"): number | null {
  let open: number | null = null;
  for (let index = 0; index < Math.min(offset, text.length); index++) {
    const char = text[index];
    if (open === null) {
      if (char === '#' && (index === 0 || /\s/.test(text[index - 1]!))) index = endOfLine(text, index) - 1;
      else if (char === quote && isValueStart(text, index)) open = index;
      continue;
    }
    if (quote === '"' && char === '\\') index++;
    else if (char === quote) {
      if (quote === "'" && text[index + 1] === "'") index++;
      else open = null;
    }
  }
  return open;
}

/** A quote that starts a scalar: after a key's colon, a dash, a bracket, a comma or the indentation. */
function isValueStart(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && text[before] === ' ') before--;
  return before < 0 || /[:\-[{,\n]/.test(text[before]!);
}

function endOfLine(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  return newline === -1 ? text.length : newline;
}

function unclosedFlow(text: string, offset: number, open: '{' | '['): Slip {
  const close = open === '{' ? '}' : ']';
  let depth = 0;
  for (let index = Math.min(offset, text.length) - 1; index >= 0; index--) {
    const char = text[index];
    if (char === close) depth++;
    else if (char === open) {
      if (depth === 0) return { offset: index, args: { slip: 'unclosed-flow', open, found: true } };
      depth--;
    }
  }
  return { offset, args: { slip: 'unclosed-flow', open, found: false } };
}

/**
 * A line whose indentation matches none of the blocks it could belong to. The blocks open
 * above it are read upward, each a line less indented than all below it; the line is
 * compared with the nearest one more indented than itself (the block it likely belongs
 * to), or with the innermost one when it is indented beyond all of them.
 */
function badIndent(text: string, line: Line): Slip | null {
  const own = indentation(text, line);
  if (own === null) return null;
  const blocks: { column: number; line: Line }[] = [];
  let limit = Infinity;
  for (let previous = previousLine(text, line); previous; previous = previousLine(text, previous)) {
    const column = indentation(text, previous);
    if (column === null || column >= limit) continue;
    // "- key: value" opens two blocks: the list at the dash, the mapping at the key.
    const afterDash = /^- +/.exec(text.slice(previous.start + column, previous.end));
    if (afterDash && column + afterDash[0].length < limit) blocks.push({ column: column + afterDash[0].length, line: previous });
    blocks.push({ column, line: previous });
    limit = column;
    if (column === 0) break;
  }
  if (blocks.length === 0 || blocks.some((block) => block.column === own)) return null;
  const wider = blocks.filter((block) => block.column > own);
  const sibling = wider.length ? wider.at(-1)! : blocks[0]!;
  return {
    offset: line.start + own,
    args: {
      slip: 'indent',
      key: firstToken(text, line, own),
      relation: sibling.column > own ? 'less' : 'more',
      sibling: firstToken(text, sibling.line, sibling.column),
      siblingLine: sibling.line.number,
      column: own + 1,
      siblingColumn: sibling.column + 1,
    },
  };
}

/** A line read as the start of a key because it has no colon: `unit "%"` for `unit: "%"`. */
function missingColon(text: string, line: Line, message: string): Slip | null {
  if (!/Implicit (map )?keys need to be/.test(message)) return null;
  const own = indentation(text, line);
  if (own === null) return null;
  const dash = /^- +/.exec(text.slice(line.start + own, line.end))?.[0].length ?? 0;
  const content = text.slice(line.start + own + dash, line.end);
  if (/:(\s|$)/.test(content.replace(/"[^"]*"|'[^']*'/g, ''))) return null;
  return { offset: line.start + own + dash, args: { slip: 'no-colon', key: firstToken(text, line, own) } };
}

/** Spaces before the line's first character; null for a blank or comment line. */
function indentation(text: string, line: Line): number | null {
  let index = line.start;
  while (index < line.end && text[index] === ' ') index++;
  if (index === line.end || text[index] === '#' || text[index] === '\r') return null;
  return index - line.start;
}

function previousLine(text: string, line: Line): Line | null {
  if (line.start === 0) return null;
  const end = line.start - 1;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return { start, end, number: line.number - 1 };
}

/** The key (or first word) at a column of a line. */
function firstToken(text: string, line: Line, column: number): string {
  const rest = text.slice(line.start + column, line.end).replace(/^- +/, '');
  return /^[^:#\s]+/.exec(rest)?.[0] ?? rest.trim().slice(0, 20);
}
