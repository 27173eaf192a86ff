// Text → data, with syntax problems as located findings.
//
// The common case (a well-formed file without anchors) goes through common-yaml.ts, or
// js-yaml where it declines, both several times faster than the `yaml` package on large
// files. Anything unusual goes through `yaml`, which collects every syntax error with its
// position and bounds alias expansion.

import jsYaml from 'js-yaml';
import { visit, type Document, type YAMLError } from 'yaml';
import type { FindingFact } from '../model/findings.js';
import type { SourceFile } from './source-file.js';
import { explainSlip } from './yaml-slip.js';
import { NOT_COMMON, parseCommonYaml } from './common-yaml.js';

/** A syntax problem at a character offset. What the parsers say in their own words is carried as `detail`. */
export type SyntaxFinding = FindingFact<'YAML_SYNTAX' | 'KEY_DUPLICATE' | 'ALIAS_LIMIT' | 'NESTING_TOO_DEEP'> & { offset: number };

/**
 * `owned`: every string of the data passed through the `own` given to parseYaml; `clean`:
 * nothing in the data for checkDataShape to find (common-yaml.ts).
 */
export type ParseResult = { ok: true; data: unknown; owned?: boolean; clean?: boolean } | { ok: false; findings: SyntaxFinding[] };

/** Anchors (&a) and aliases (*a) outside quotes: route to the parser that bounds them. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,\]}]/m;
const MAX_ALIASES = 100;
/** js-yaml's message when a document nests deeper than its maxDepth. */
const NESTING = /nesting exceeded maxDepth/;

export function parseYaml(source: SourceFile, own?: (value: string) => string): ParseResult {
  const text = source.text;
  // Without & or * anywhere there is no anchor or alias to look for.
  if ((text.indexOf('&') === -1 && text.indexOf('*') === -1) || !ANCHOR_OR_ALIAS.test(text)) {
    // The plain YAML plan files are written in, read several times faster than js-yaml
    // reads it and to the same data (common-yaml.ts); anything else goes to js-yaml.
    const common = parseCommonYaml(text, own);
    if (common !== NOT_COMMON) return { ok: true, data: common.data, owned: own !== undefined, clean: common.clean };
    try {
      return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
    } catch (error) {
      if (error instanceof RangeError) return nestingTooDeep();
      const mark = (error as { mark?: { position?: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? String(error);
      // js-yaml stops at a fixed depth, at a position that does not depend on the stack
      // size; the careful parser would only overflow the stack somewhere deeper.
      if (NESTING.test(reason)) return nestingTooDeep(mark?.position ?? 0);
      // Fall through: the careful parser reports every error, not just the first.
      const careful = parseCarefully(source);
      if (!careful.ok) return careful;
      return { ok: false, findings: [parserFinding(reason, mark?.position ?? 0)] };
    }
  }
  return parseCarefully(source);
}

function parseCarefully(source: SourceFile): ParseResult {
  let document;
  try {
    document = source.doc();
  } catch (error) {
    if (error instanceof RangeError) return nestingTooDeep();
    throw error;
  }
  if (document.errors.length > 0) return { ok: false, findings: firstSlipOnly(source.text, document.errors.map(toSyntaxFinding)) };
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    if (error instanceof RangeError) return nestingTooDeep();
    const finding = parserFinding(error instanceof Error ? error.message : String(error), 0);
    return { ok: false, findings: [finding.code === 'ALIAS_LIMIT' ? { ...finding, offset: firstAliasOffset(document) } : finding] };
  }
}

/**
 * One slip, one finding: the first syntax error of the file, explained where it stands
 * (yaml-slip.ts), without the errors the parser reports after it, which follow from it.
 * Duplicate keys before it are slips of their own and stay. A stack overflow is reported
 * once for every level it unwinds through: the first is kept.
 */
function firstSlipOnly(text: string, findings: SyntaxFinding[]): SyntaxFinding[] {
  const nesting = findings.find((finding) => finding.code === 'NESTING_TOO_DEEP');
  if (nesting) return [nesting];
  const ordered = [...findings].sort((a, b) => a.offset - b.offset);
  const first = ordered.find((finding): finding is Extract<SyntaxFinding, { code: 'YAML_SYNTAX' }> => finding.code === 'YAML_SYNTAX');
  if (!first) return ordered;
  const slip = explainSlip(text, { offset: first.offset, message: first.args.slip === 'parser' ? first.args.detail : '' });
  const before = ordered.filter((finding) => finding.code === 'KEY_DUPLICATE' && finding.offset < first.offset);
  return [...before, { code: 'YAML_SYNTAX', offset: slip.offset, args: slip.args }];
}

/** Where the first alias stands: the place to look at when expansion goes out of bounds. */
function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function toSyntaxFinding(error: YAMLError): SyntaxFinding {
  const detail = firstLine(error.message);
  const offset = error.pos[0];
  if (error.code === 'DUPLICATE_KEY') return { code: 'KEY_DUPLICATE', offset, args: { detail } };
  // RESOURCE_EXHAUSTION: the composer ran out of stack on a too deeply nested collection.
  if (error.code === 'RESOURCE_EXHAUSTION') return { code: 'NESTING_TOO_DEEP', offset, args: { detail } };
  return parserFinding(detail, offset);
}

/** A parser's message, classified by what it says and carried as it is (in the parser's language). */
function parserFinding(detail: string, offset: number): SyntaxFinding {
  if (/duplicat/i.test(detail)) return { code: 'KEY_DUPLICATE', offset, args: { detail } };
  if (/alias/i.test(detail) && /(excessive|count|resource)/i.test(detail)) return { code: 'ALIAS_LIMIT', offset, args: { detail } };
  return { code: 'YAML_SYNTAX', offset, args: { slip: 'parser', detail } };
}

/** The stack ran out before the parser could say where: no message of its own. */
function nestingTooDeep(offset = 0): ParseResult {
  return { ok: false, findings: [{ code: 'NESTING_TOO_DEEP', offset, args: {} }] };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
