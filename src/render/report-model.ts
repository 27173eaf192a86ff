// Evaluations → the JSON report `plan-report/v1` (schemas/report.schema.json).
// Every reporter renders this one model, so the table, CSV and JSON always agree.

import type { ComputedField, Evaluation, Method, Status } from '../engine/types.js';
import { COMPUTED_FIELDS, STATUSES } from '../engine/types.js';
import { growthBaseYear, targetYear } from '../model/target-years.js';
import { kindOf } from '../kinds/registry.js';
import { settingsOf } from '../model/settings.js';
import type { Plan, Target, Text } from '../model/types.js';
import type { Because, NoteCode, ReasonCode } from '../engine/reasons.js';
import type { Lang } from '../kinds/target-words.js';
import { becauseText, reasonText } from './reason-text.js';

/** The computed numbers as the report gives them: a null field's reason in words. */
export type ReportComputed = Omit<Evaluation['computed'], 'reasons'> & { reasons: Partial<Record<ComputedField, string>> };

export interface ReportIndicator {
  id: string;
  no: number | null;
  name: Text;
  unit: string;
  attribute: string | null;
  section: string;
  direction: string;
  quote: string;
  target: Record<string, unknown> & { kind: string; year: number };
  baseline: Evaluation['baseline'];
  latest: Evaluation['latest'];
  current: number | null;
  computed: ReportComputed;
  status: Status;
  /** The reason in words, in the report's language. */
  why: string;
  /**
   * The reason's code, for scripts, with the codes of the notes said beside it. Its
   * arguments are in `plan show ID --format json` (`reason`); in a report they would be a
   * third of its size (100,000 rows: 133 → 181 MB, 3.7 → 4.35 s, measured) and mostly
   * repeat the row (latest, target, computed, coverage).
   */
  reason: { code: ReasonCode; notes?: NoteCode[] };
  components?: Evaluation['components'];
  sdg?: Evaluation['sdg'];
}

export interface Report {
  schema: 'plan-report/v1';
  plan: { id: string; title: Text; revision: number; period: { start: number; end: number }; baseYear: number };
  asOf: string;
  vintage: { rule: 'all' | 'as-of' | 'year'; date?: string; year?: number };
  method: Method;
  summary: { total: number; byStatus: Record<Status, number> };
  indicators: ReportIndicator[];
}

/** `lang`: the language of `why` and of the computed numbers' reasons. */
type ReportMeta = { asOf: string; method: Method; vintage: Report['vintage']; lang: Lang };

export function buildReport(plan: Plan, evaluations: readonly Evaluation[], meta: ReportMeta): Report {
  return { ...reportHead(plan, evaluations, meta), indicators: evaluations.map((evaluation) => reportRow(plan, evaluation, meta.lang)) };
}

/** Everything of the report but its rows (which come last), in its key order. */
export function reportHead(plan: Plan, evaluations: readonly Evaluation[], meta: ReportMeta): Omit<Report, 'indicators'> {
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const evaluation of evaluations) byStatus[evaluation.status] += 1;
  const header = plan.header;
  return {
    schema: 'plan-report/v1',
    plan: { id: header.id, title: header.title, revision: header.revision, period: header.period, baseYear: header.baseYear },
    asOf: meta.asOf,
    vintage: meta.vintage,
    method: meta.method,
    summary: { total: evaluations.length, byStatus },
  };
}

/** One indicator's row of the report. */
export function reportRow(plan: Plan, evaluation: Evaluation, lang: Lang): ReportIndicator {
  const indicator = evaluation.indicator;
  return {
    id: indicator.id,
    no: indicator.no ?? null,
    name: indicator.name,
    unit: indicator.unit,
    attribute: indicator.attribute ?? null,
    section: indicator.section,
    direction: indicator.direction,
    quote: indicator.quote,
    target: describeTarget(indicator.target, plan),
    baseline: evaluation.baseline,
    latest: evaluation.latest,
    current: evaluation.current,
    computed: renderedReasons(evaluation.computed, lang),
    status: evaluation.status,
    why: reasonText(evaluation.reason, evaluation.notes, lang),
    reason: evaluation.notes.length ? { code: evaluation.reason.code, notes: evaluation.notes.map((note) => note.code) } : { code: evaluation.reason.code },
    ...(evaluation.components ? { components: evaluation.components } : {}),
    ...(evaluation.sdg ? { sdg: evaluation.sdg } : {}),
  };
}

/** The computed numbers with the reasons of those undefined in words. */
function renderedReasons(computed: Evaluation['computed'], lang: Lang): ReportComputed {
  const reasons: Partial<Record<ComputedField, string>> = {};
  // The fields undefined for one reason share its object (emptyComputed): worded once.
  let last: Because | undefined;
  let text = '';
  for (const field of COMPUTED_FIELDS) {
    const because = computed.reasons[field];
    if (!because) continue;
    if (because !== last) text = becauseText((last = because), lang);
    reasons[field] = text;
  }
  return { ...computed, reasons };
}

/**
 * The JSON report, `JSON.stringify(buildReport(…), null, 2) + '\n'` to the byte, handed to
 * `write` a batch of rows at a time: the rows of one batch are made, written and let go
 * before the next, so neither the rows nor the text of a report of 100,000 indicators
 * (130 MB) is ever held whole.
 */
export function writeJsonReport(plan: Plan, evaluations: readonly Evaluation[], meta: ReportMeta, write: (text: string) => void, batch = 40, wholeBelow = 1000): void {
  // A small report (the embedded plan's) is written whole, in one piece, as before.
  if (evaluations.length < wholeBelow) {
    write(JSON.stringify(buildReport(plan, evaluations, meta), null, 2) + '\n');
    return;
  }
  const shell = JSON.stringify({ ...reportHead(plan, evaluations, meta), indicators: [] }, null, 2);
  if (evaluations.length === 0 || !shell.endsWith(EMPTY_ROWS)) {
    write(JSON.stringify(buildReport(plan, evaluations, meta), null, 2) + '\n');
    return;
  }
  write(`${shell.slice(0, shell.length - 4)}[\n`);
  for (let start = 0; start < evaluations.length; start += batch) {
    const rows = evaluations.slice(start, start + batch).map((evaluation) => reportRow(plan, evaluation, meta.lang));
    // Inside [[…]] the rows stand two levels deep, as in the report, and are joined by ",\n"
    // as there: only the brackets around them are cut off.
    const text = JSON.stringify([rows], null, 2);
    write(`${start === 0 ? '' : ',\n'}${text.slice(BATCH_OPEN.length, text.length - BATCH_CLOSE.length)}`);
  }
  write('\n  ]\n}\n');
}

/**
 * A report as `render` gives it whole, handed to `write` a batch of rows at a time, for a
 * format that writes each row by itself after a header and nothing after the rows (CSV;
 * not Markdown, whose summary follows them): what `render` gives for no rows is the header,
 * and each batch is written without it. Below `wholeBelow` rows, whole.
 */
export function writeRowsInBatches(plan: Plan, evaluations: readonly Evaluation[], meta: ReportMeta, render: (report: Report) => string, write: (text: string) => void, batch = 500, wholeBelow = 1000): void {
  if (evaluations.length < wholeBelow) {
    write(render(buildReport(plan, evaluations, meta)));
    return;
  }
  const head = reportHead(plan, evaluations, meta);
  const header = render({ ...head, indicators: [] });
  const rows = (start: number): string => render({ ...head, indicators: evaluations.slice(start, start + batch).map((evaluation) => reportRow(plan, evaluation, meta.lang)) });
  let text = rows(0);
  if (!text.startsWith(header)) {
    write(render(buildReport(plan, evaluations, meta)));
    return;
  }
  write(text);
  for (let start = batch; start < evaluations.length; start += batch) {
    text = rows(start);
    // A header that changed with the rows would be a format this cannot stream (none is).
    if (!text.startsWith(header)) throw new Error('a batch of rows does not start with the header of the report');
    write(text.slice(header.length));
  }
}

const EMPTY_ROWS = '"indicators": []\n}';
const BATCH_OPEN = '[\n  [\n';
const BATCH_CLOSE = '\n  ]\n]';

/** The target with its defaults made explicit: the year, the base year, approx. */
function describeTarget(target: Target, plan: Plan): ReportIndicator['target'] {
  const year = targetYear(target, plan.header);
  // Copied key by key rather than spread: a spread of objects of many shapes (one per kind)
  // takes V8's slow path, five times the garbage and much of it promoted (measured).
  const described = {} as ReportIndicator['target'];
  for (const key in target) if (Object.hasOwn(target, key)) (described as Record<string, unknown>)[key] = (target as unknown as Record<string, unknown>)[key];
  described.year = year;
  described.approx = 'comparator' in target && target.comparator === 'approx';
  if (kindOf(target).growthFromBaseYear) described.baseYear = growthBaseYear(target, plan.header);
  if (!('comparator' in described)) described.comparator = null;
  if (!('value' in described)) described.value = kindOf(target).terms(target, 'increase', settingsOf(plan.header)).number;
  return described;
}
