// `plan record`'s core: which observations file an observation belongs in, and that file's
// new text. The text is edited in place: the new entry is rendered with the `yaml`
// package's Document API and spliced in at the position the Document gives, so every
// other byte of the file (comments, blank lines, aligned comments, quoting, indentation)
// stays as it was. Re-printing the whole Document would re-indent sequences and collapse
// the spaces before aligned comments. The result is parsed again and must hold exactly
// the old data plus the one change.

import { isDeepStrictEqual } from 'node:util';
import jsYaml from 'js-yaml';
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, type Node } from 'yaml';
import type { FileKind, Observation, Plan } from '../model/types.js';
import { UsageError } from '../util/errors.js';

/** The schema's order of an observation's keys, kept in new entries. */
export const OBSERVATION_KEYS = ['indicator', 'component', 'year', 'value', 'unit', 'measure', 'approx', 'source', 'published', 'url', 'quality', 'note'] as const satisfies readonly (keyof Observation)[];

export type RecordDecision =
  | { action: 'append'; file: string }
  /** An observation with the same identity exists (file and index of it). */
  | { action: 'replace' | 'unchanged' | 'conflict'; file: string; index: number; existing: Observation }
  | { action: 'no-observations-file' };

/**
 * What an observation is: indicator, component, measure, unit, year and vintage. Two with
 * the same identity are one figure (the meaning check's OBSERVATION_DUPLICATE).
 */
export function observationIdentity(observation: Observation): string {
  return JSON.stringify([
    observation.indicator,
    observation.component ?? '',
    observation.measure ?? 'level',
    observation.unit ?? '',
    observation.year,
    observation.published ?? '',
  ]);
}

/**
 * Where `observation` goes. Files are named as the plan includes them. A figure already
 * recorded with the same identity is unchanged (same value), replaced (`replace`) or a
 * conflict; a new one goes to the file holding most observations of its indicator, else
 * to the first observations file the plan includes.
 */
export function decideRecord(plan: Plan, observation: Observation, replace: boolean, kindOf: (file: string) => FileKind | null): RecordDecision {
  const identity = observationIdentity(observation);
  const existing = plan.observations.find((candidate) => observationIdentity(candidate) === identity);
  if (existing) {
    const origin = plan.origins.observations.get(existing)!;
    const found = { file: origin.file, index: Number(origin.path[1]), existing };
    if (isDeepStrictEqual(normalised(existing), normalised(observation))) return { action: 'unchanged', ...found };
    if (replace) return { action: 'replace', ...found };
    return { action: existing.value === observation.value ? 'unchanged' : 'conflict', ...found };
  }
  const counts = new Map<string, number>();
  for (const candidate of plan.observations) {
    if (candidate.indicator !== observation.indicator) continue;
    const file = plan.origins.observations.get(candidate)!.file;
    counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const file of plan.header.include) {
    if ((counts.get(file) ?? 0) > (best === undefined ? 0 : counts.get(best)!)) best = file;
  }
  if (best !== undefined) return { action: 'append', file: best };
  const first = plan.header.include.find((file) => kindOf(file) === 'observations');
  return first === undefined ? { action: 'no-observations-file' } : { action: 'append', file: first };
}

function normalised(observation: Observation): Observation {
  return Object.fromEntries(OBSERVATION_KEYS.flatMap((key) => (observation[key] === undefined ? [] : [[key, observation[key]]]))) as unknown as Observation;
}

/** The observations file's text with `observation` added at the end of `observations`. */
export function appendObservation(text: string, observation: Observation): string {
  return editObservations(text, (data) => [...data, normalised(observation)], (file) => {
    const pair = observationsPair(file);
    if (!pair) return appendList(file, observation);
    const list = pair.value;
    if (isSeq(list) && list.items.length > 0) return list.flow ? appendToFlowList(file, list, observation) : appendToBlockList(file, list, observation);
    if ((isSeq(list) && list.items.length === 0) || (isScalar(list) && list.value === null) || list === null) return fillEmptyList(file, pair, observation);
    throw new UsageError(`${file.label}: \`observations\` is not a list`);
  });
}

/** The observations file's text with the entry at `index` replaced by `observation`. */
export function replaceObservation(text: string, index: number, observation: Observation): string {
  return editObservations(
    text,
    (data) => data.map((entry, position) => (position === index ? normalised(observation) : entry)),
    (file) => {
      const list = observationsPair(file)?.value;
      const entry = isSeq(list) ? list.items[index] : undefined;
      if (!isMap(entry) || !entry.range) throw new UsageError(`${file.label}: no observation at position ${index + 1}`);
      const styles = entryStyles(list as { items: unknown[] });
      const [start, end] = entry.flow ? [entry.range[0], entry.range[1]] : [entry.range[0], endOfContent(file.text, entry.range[1])];
      const rendered = renderEntry(observation, styles, entry.flow === true);
      const indent = ' '.repeat(columnOf(file.text, start));
      const replacement = rendered.map((line, position) => (position === 0 ? line : indent + line)).join(file.eol);
      return splice(file.text, start, end, replacement);
    },
  );
}

interface EditedFile {
  text: string;
  doc: Document;
  eol: string;
  label: string;
}

/**
 * Parse, splice, then check that the new text holds the old data with exactly the
 * intended change (a safety net for layouts the splice does not foresee).
 */
function editObservations(original: string, expected: (observations: unknown[]) => unknown[], edit: (file: EditedFile) => string): string {
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = original.slice(bom.length);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) {
    throw new UsageError('the observations file is not a block mapping that can be edited in place');
  }
  const file: EditedFile = { text, doc, eol: text.includes('\r\n') ? '\r\n' : '\n', label: 'the observations file' };
  const edited = edit(file);
  const before = loadData(text);
  const after = loadData(edited);
  const wanted = { ...before, observations: expected(Array.isArray(before.observations) ? before.observations : []) };
  if (!isDeepStrictEqual(after, wanted)) {
    throw new UsageError('could not add the observation to this file without changing its other content; add it by hand');
  }
  return bom + edited;
}

/** The data as the loader reads it (js-yaml, core schema). */
function loadData(text: string): Record<string, unknown> {
  const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

function observationsPair(file: EditedFile): Pair<Scalar, Node | null> | undefined {
  const root = file.doc.contents as YAMLMap;
  return root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'observations') as Pair<Scalar, Node | null> | undefined;
}

/** No `observations` key: add one at the end of the file. */
function appendList(file: EditedFile, observation: Observation): string {
  const lines = [`observations:`, ...blockItem(renderEntry(observation, new Map(), false), '  ')];
  const text = file.text;
  const separator = text === '' || text.endsWith('\n') ? '' : file.eol;
  return text + separator + lines.join(file.eol) + file.eol;
}

/** `observations:`, `observations: ~` or `observations: []`: the token goes, the list follows the key's line. */
function fillEmptyList(file: EditedFile, pair: Pair<Scalar, Node | null>, observation: Observation): string {
  let text = file.text;
  const value = pair.value;
  if (value?.range && value.range[1] > value.range[0]) {
    let start = value.range[0];
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    text = splice(text, start, value.range[1], '');
  }
  const keyStart = pair.key.range?.[0] ?? 0;
  const indent = ' '.repeat(columnOf(text, keyStart) + 2);
  const lines = blockItem(renderEntry(observation, new Map(), false), indent);
  const lineEnd = text.indexOf('\n', keyStart);
  if (lineEnd === -1) return text + file.eol + lines.join(file.eol) + file.eol;
  return splice(text, lineEnd + 1, lineEnd + 1, lines.join(file.eol) + file.eol);
}

/** After the last entry of a block list, at the column of its dashes. */
function appendToBlockList(file: EditedFile, list: { items: unknown[]; range?: [number, number, number] | null }, observation: Observation): string {
  const text = file.text;
  const dash = list.range?.[0] ?? -1;
  const last = list.items.at(-1) as Node;
  if (text[dash] !== '-' || !last.range) throw new UsageError(`${file.label}: cannot find where the \`observations\` list ends`);
  const indent = ' '.repeat(columnOf(text, dash));
  const flow = isMap(last) && last.flow === true;
  const lines = blockItem(renderEntry(observation, entryStyles(list), flow), indent);
  const end = endOfContent(text, last.range[1]);
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) return text + file.eol + lines.join(file.eol) + file.eol;
  return splice(text, lineEnd + 1, lineEnd + 1, lines.join(file.eol) + file.eol);
}

/** `observations: [{…}, {…}]`: one more mapping before the closing bracket. */
function appendToFlowList(file: EditedFile, list: { items: unknown[]; range?: [number, number, number] | null }, observation: Observation): string {
  const text = file.text;
  const close = (list.range?.[1] ?? 0) - 1;
  if (text[close] !== ']') throw new UsageError(`${file.label}: cannot find where the \`observations\` list ends`);
  const before = endOfContent(text, close);
  const entry = renderEntry(observation, entryStyles(list), true).join(' ');
  return splice(text, before, before, text[before - 1] === ',' ? ` ${entry}` : `, ${entry}`);
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
function renderEntry(observation: Observation, styles: ReadonlyMap<string, Scalar.Type>, flow: boolean): string[] {
  const map = new YAMLMap();
  map.flow = flow;
  for (const key of OBSERVATION_KEYS) {
    const value = observation[key];
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
