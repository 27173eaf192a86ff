// The core of `plan record` and `plan judge`: which observations file an observation or a
// judgement belongs in, and that file's new text. The text is edited in place: the new entry is rendered with the `yaml`
// package's Document API and spliced in at the position the Document gives, so every
// other byte of the file (comments, blank lines, aligned comments, quoting, indentation)
// stays as it was. Re-printing the whole Document would re-indent sequences and collapse
// the spaces before aligned comments. The result is parsed again and must hold exactly
// the old data plus the one change.

import { isDeepStrictEqual } from 'node:util';
import jsYaml from 'js-yaml';
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, type Node } from 'yaml';
import { vintageIdentity } from '../model/observation-identity.js';
import type { FileKind, Judgement, Observation, Origin, Plan } from '../model/types.js';
import { UsageError } from '../util/errors.js';

/** The schema's order of an observation's keys, kept in new entries. */
export const OBSERVATION_KEYS = ['indicator', 'component', 'year', 'value', 'unit', 'measure', 'approx', 'source', 'published', 'url', 'quality', 'note'] as const satisfies readonly (keyof Observation)[];

/** The schema's order of a judgement's keys, kept in new entries. */
export const JUDGEMENT_KEYS = ['indicator', 'date', 'status', 'evidence', 'source', 'url'] as const satisfies readonly (keyof Judgement)[];

/** The two top-level lists of an observations file that entries are added to. */
export type EntryList = 'observations' | 'judgements';
type Entry = Observation | Judgement;

const ENTRY_KEYS: { readonly [L in EntryList]: readonly string[] } = { observations: OBSERVATION_KEYS, judgements: JUDGEMENT_KEYS };
const NOUN: { readonly [L in EntryList]: string } = { observations: 'observation', judgements: 'judgement' };

export type EntryDecision<T extends Entry> =
  | { action: 'append'; file: string }
  /** An entry with the same identity exists (file and index of it). */
  | { action: 'replace' | 'unchanged' | 'conflict'; file: string; index: number; existing: T }
  | { action: 'no-observations-file' };

export type RecordDecision = EntryDecision<Observation>;
export type JudgeDecision = EntryDecision<Judgement>;


/** What a judgement is: its indicator and date. Another status or evidence that day is another reading of the same judgement. */
export function judgementIdentity(judgement: Judgement): string {
  return JSON.stringify([judgement.indicator, judgement.date]);
}

/**
 * Where `observation` goes. Files are named as the plan includes them. A figure already
 * recorded with the same identity is unchanged (same value), replaced (`replace`) or a
 * conflict; a new one goes to the file holding most observations of its indicator, else
 * to the first observations file the plan includes.
 */
export function decideRecord(plan: Plan, observation: Observation, replace: boolean, kindOf: (file: string) => FileKind | null): RecordDecision {
  return decideEntry(plan, 'observations', observation, {
    entries: plan.observations,
    origins: plan.origins.observations,
    identity: vintageIdentity,
    sameSubstance: (existing) => existing.value === observation.value,
    replace,
    fallbackToFullest: false,
    kindOf,
  });
}

/**
 * Where `judgement` goes. A judgement of the same indicator and date is unchanged (same
 * status and evidence), replaced (`replace`) or a conflict. A new one goes to the file
 * that already holds judgements of its indicator (the one holding most of them), else to
 * the file holding the most judgements of any indicator, else to the first observations
 * file the plan includes; ties go to the file included first.
 */
export function decideJudgement(plan: Plan, judgement: Judgement, replace: boolean, kindOf: (file: string) => FileKind | null): JudgeDecision {
  return decideEntry(plan, 'judgements', judgement, {
    entries: plan.judgements,
    origins: plan.origins.judgements,
    identity: judgementIdentity,
    sameSubstance: (existing) => existing.status === judgement.status && existing.evidence === judgement.evidence,
    replace,
    fallbackToFullest: true,
    kindOf,
  });
}

interface DecideOptions<T extends Entry> {
  entries: readonly T[];
  origins: ReadonlyMap<T, Origin>;
  identity: (entry: T) => string;
  /** An existing entry that differs only in this entry's secondary fields (source, url, note) is left as it is unless replaced. */
  sameSubstance: (existing: T) => boolean;
  replace: boolean;
  /** With no entry of the indicator anywhere: the file holding most entries of the list, before the first observations file. */
  fallbackToFullest: boolean;
  kindOf: (file: string) => FileKind | null;
}

function decideEntry<T extends Entry>(plan: Plan, list: EntryList, entry: T, options: DecideOptions<T>): EntryDecision<T> {
  const identity = options.identity(entry);
  const existing = options.entries.find((candidate) => options.identity(candidate) === identity);
  if (existing) {
    const origin = options.origins.get(existing)!;
    const found = { file: origin.file, index: Number(origin.path[1]), existing };
    if (isDeepStrictEqual(normalised(list, existing), normalised(list, entry))) return { action: 'unchanged', ...found };
    if (options.replace) return { action: 'replace', ...found };
    return { action: options.sameSubstance(existing) ? 'unchanged' : 'conflict', ...found };
  }
  const fullest = (belongs: (candidate: T) => boolean): string | undefined => {
    const counts = new Map<string, number>();
    for (const candidate of options.entries) {
      if (!belongs(candidate)) continue;
      const file = options.origins.get(candidate)!.file;
      counts.set(file, (counts.get(file) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const file of plan.header.include) {
      if ((counts.get(file) ?? 0) > (best === undefined ? 0 : counts.get(best)!)) best = file;
    }
    return best;
  };
  const best = fullest((candidate) => candidate.indicator === entry.indicator) ?? (options.fallbackToFullest ? fullest(() => true) : undefined);
  if (best !== undefined) return { action: 'append', file: best };
  const first = plan.header.include.find((file) => options.kindOf(file) === 'observations');
  return first === undefined ? { action: 'no-observations-file' } : { action: 'append', file: first };
}

/** The entry's keys in the schema's order, without the ones left out. */
function normalised(list: EntryList, entry: Entry): Record<string, unknown> {
  const fields = entry as unknown as Record<string, unknown>;
  return Object.fromEntries(ENTRY_KEYS[list].flatMap((key) => (fields[key] === undefined ? [] : [[key, fields[key]]])));
}

/**
 * The observations file's text with `entry` added at the end of its top-level list
 * `list` (`observations` or `judgements`), the list made if the file has none.
 */
export function appendEntry(text: string, list: 'observations', entry: Observation): string;
export function appendEntry(text: string, list: 'judgements', entry: Judgement): string;
export function appendEntry(text: string, list: EntryList, entry: Observation | Judgement): string;
export function appendEntry(text: string, list: EntryList, entry: Entry): string {
  return editList(text, list, (data) => [...data, normalised(list, entry)], (file) => {
    const pair = listPair(file);
    if (!pair) return appendList(file, entry);
    const items = pair.value;
    if (isSeq(items) && items.items.length > 0) return items.flow ? appendToFlowList(file, items, entry) : appendToBlockList(file, items, entry);
    if ((isSeq(items) && items.items.length === 0) || (isScalar(items) && items.value === null) || items === null) return fillEmptyList(file, pair, entry);
    throw new UsageError(`${file.label}: \`${list}\` is not a list`);
  });
}

/** The observations file's text with the entry at `index` of `list` replaced by `entry`. */
export function replaceEntry(text: string, list: 'observations', index: number, entry: Observation): string;
export function replaceEntry(text: string, list: 'judgements', index: number, entry: Judgement): string;
export function replaceEntry(text: string, list: EntryList, index: number, entry: Observation | Judgement): string;
export function replaceEntry(text: string, list: EntryList, index: number, entry: Entry): string {
  return editList(
    text,
    list,
    (data) => data.map((existing, position) => (position === index ? normalised(list, entry) : existing)),
    (file) => {
      const items = listPair(file)?.value;
      const existing = isSeq(items) ? items.items[index] : undefined;
      if (!isMap(existing) || !existing.range) throw new UsageError(`${file.label}: no ${NOUN[list]} at position ${index + 1}`);
      const styles = entryStyles(items as { items: unknown[] });
      const [start, end] = existing.flow ? [existing.range[0], existing.range[1]] : [existing.range[0], endOfContent(file.text, existing.range[1])];
      const rendered = renderEntry(file.list, entry, styles, existing.flow === true);
      const indent = ' '.repeat(columnOf(file.text, start));
      const replacement = rendered.map((line, position) => (position === 0 ? line : indent + line)).join(file.eol);
      return splice(file.text, start, end, replacement);
    },
  );
}

/** The observations file's text with `observation` added at the end of `observations`. */
export function appendObservation(text: string, observation: Observation): string {
  return appendEntry(text, 'observations', observation);
}

/** The observations file's text with the observation at `index` replaced by `observation`. */
export function replaceObservation(text: string, index: number, observation: Observation): string {
  return replaceEntry(text, 'observations', index, observation);
}

interface EditedFile {
  /** The list edited. */
  list: EntryList;
  text: string;
  doc: Document;
  eol: string;
  label: string;
}

/**
 * Parse, splice, then check that the new text holds the old data with exactly the
 * intended change (a safety net for layouts the splice does not foresee).
 */
function editList(original: string, list: EntryList, expected: (entries: unknown[]) => unknown[], edit: (file: EditedFile) => string): string {
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = original.slice(bom.length);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) {
    throw new UsageError('the observations file is not a block mapping that can be edited in place');
  }
  const file: EditedFile = { list, text, doc, eol: text.includes('\r\n') ? '\r\n' : '\n', label: 'the observations file' };
  const edited = edit(file);
  const before = loadData(text);
  const after = loadData(edited);
  const wanted = { ...before, [list]: expected(Array.isArray(before[list]) ? before[list] : []) };
  if (!isDeepStrictEqual(after, wanted)) {
    throw new UsageError(`could not add the ${NOUN[list]} to this file without changing its other content; add it by hand`);
  }
  return bom + edited;
}

/** The data as the loader reads it (js-yaml, core schema). */
function loadData(text: string): Record<string, unknown> {
  const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

function listPair(file: EditedFile): Pair<Scalar, Node | null> | undefined {
  const root = file.doc.contents as YAMLMap;
  return root.items.find((pair) => isScalar(pair.key) && pair.key.value === file.list) as Pair<Scalar, Node | null> | undefined;
}

/** No key for the list: add one at the end of the file. */
function appendList(file: EditedFile, entry: Entry): string {
  const lines = [`${file.list}:`, ...blockItem(renderEntry(file.list, entry, new Map(), false), '  ')];
  const text = file.text;
  const separator = text === '' || text.endsWith('\n') ? '' : file.eol;
  return text + separator + lines.join(file.eol) + file.eol;
}

/** `observations:`, `judgements: ~`, `observations: []`: the token goes, the list follows the key's line. */
function fillEmptyList(file: EditedFile, pair: Pair<Scalar, Node | null>, entry: Entry): string {
  let text = file.text;
  const value = pair.value;
  if (value?.range && value.range[1] > value.range[0]) {
    let start = value.range[0];
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    text = splice(text, start, value.range[1], '');
  }
  const keyStart = pair.key.range?.[0] ?? 0;
  const indent = ' '.repeat(columnOf(text, keyStart) + 2);
  const lines = blockItem(renderEntry(file.list, entry, new Map(), false), indent);
  const lineEnd = text.indexOf('\n', keyStart);
  if (lineEnd === -1) return text + file.eol + lines.join(file.eol) + file.eol;
  return splice(text, lineEnd + 1, lineEnd + 1, lines.join(file.eol) + file.eol);
}

/** After the last entry of a block list, at the column of its dashes. */
function appendToBlockList(file: EditedFile, list: { items: unknown[]; range?: [number, number, number] | null }, entry: Entry): string {
  const text = file.text;
  const dash = list.range?.[0] ?? -1;
  const last = list.items.at(-1) as Node;
  if (text[dash] !== '-' || !last.range) throw new UsageError(`${file.label}: cannot find where the \`${file.list}\` list ends`);
  const indent = ' '.repeat(columnOf(text, dash));
  const flow = isMap(last) && last.flow === true;
  const lines = blockItem(renderEntry(file.list, entry, entryStyles(list), flow), indent);
  const end = endOfContent(text, last.range[1]);
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) return text + file.eol + lines.join(file.eol) + file.eol;
  return splice(text, lineEnd + 1, lineEnd + 1, lines.join(file.eol) + file.eol);
}

/** `judgements: [{…}, {…}]`: one more mapping before the closing bracket. */
function appendToFlowList(file: EditedFile, list: { items: unknown[]; range?: [number, number, number] | null }, entry: Entry): string {
  const text = file.text;
  const close = (list.range?.[1] ?? 0) - 1;
  if (text[close] !== ']') throw new UsageError(`${file.label}: cannot find where the \`${file.list}\` list ends`);
  const before = endOfContent(text, close);
  const rendered = renderEntry(file.list, entry, entryStyles(list), true).join(' ');
  return splice(text, before, before, text[before - 1] === ',' ? ` ${rendered}` : `, ${rendered}`);
}

/** The quoting most used for each string key in the existing entries, to match in a new entry. */
function entryStyles(list: { items: unknown[] }): Map<string, Scalar.Type> {
  const counts = new Map<string, Map<Scalar.Type, number>>();
  for (const item of list.items) {
    if (!isMap(item)) continue;
    for (const pair of item.items) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') continue;
      const type = pair.value.type;
      if (type !== Scalar.PLAIN && type !== Scalar.QUOTE_DOUBLE && type !== Scalar.QUOTE_SINGLE) continue;
      const key = String(pair.key.value);
      const byType = counts.get(key) ?? new Map<Scalar.Type, number>();
      byType.set(type, (byType.get(type) ?? 0) + 1);
      counts.set(key, byType);
    }
  }
  const styles = new Map<string, Scalar.Type>();
  for (const [key, byType] of counts) {
    const [type] = [...byType].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    styles.set(key, type);
  }
  return styles;
}

/** The entry's lines, unindented: `key: value` lines, or one `{ key: value, … }` line. */
function renderEntry(list: EntryList, entry: Entry, styles: ReadonlyMap<string, Scalar.Type>, flow: boolean): string[] {
  const map = new YAMLMap();
  map.flow = flow;
  const fields = entry as unknown as Record<string, unknown>;
  for (const key of ENTRY_KEYS[list]) {
    const value = fields[key];
    if (value === undefined) continue;
    const scalar = new Scalar(value);
    const style = styles.get(key);
    if (typeof value === 'string' && style) scalar.type = style;
    map.items.push(new Pair(new Scalar(key), scalar));
  }
  const doc = new Document();
  doc.contents = map;
  return doc.toString({ lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '').split('\n');
}

/** `- ` before the first line, the same width of spaces before the others. */
function blockItem(lines: string[], indent: string): string[] {
  return lines.map((line, index) => (index === 0 ? `${indent}- ${line}` : `${indent}  ${line}`));
}

/** Back from `offset` over white space and line breaks: the end of the last token or comment. */
function endOfContent(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
