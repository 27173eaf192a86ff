// A plan diff as text, JSON, Markdown (a pull-request comment) or GitHub annotations.
// Reporters are a map and return strings; only the CLI writes them.

import type { DiffLocator, Location } from '../diff/locate.js';
import type { DiffResult, Effect, FieldChange, IndicatorChange, ObservationEntry, ObservationKey, ObservationRevision } from '../diff/compare.js';
import { escapeInline } from '../util/escape.js';
import { escapeData, escapeProperty } from './findings.js';
import { plural } from '../util/words.js';

export type DiffFormat = 'text' | 'json' | 'markdown' | 'github';
export const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'json', 'markdown', 'github'];

export type FailOn = 'loosened' | 'unrevised';
export const FAIL_ON_POLICIES: readonly FailOn[] = ['loosened', 'unrevised'];

export interface DiffSide {
  /** What the user named: a folder, a git revision, the working plan. */
  label: string;
  planId: string;
  revision: number;
}

export interface DiffContext {
  old: DiffSide;
  new: DiffSide;
  failOn: readonly FailOn[];
  /** The policies among `failOn` that this diff breaks. */
  failed: readonly FailOn[];
  locate: DiffLocator;
}

export const diffReporters: Record<DiffFormat, (diff: DiffResult, context: DiffContext) => string> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  github: formatGithub,
};

export const DIFF_SCHEMA = 'plan-diff/v1';

function formatJson(diff: DiffResult, context: DiffContext): string {
  const side = (side: DiffSide): object => ({ label: side.label, plan: side.planId, revision: side.revision });
  return JSON.stringify({ schema: DIFF_SCHEMA, old: side(context.old), new: side(context.new), failOn: context.failOn, failed: context.failed, ...diff }, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------
// Shared wording

/** A value from a plan file, on one line, control characters escaped. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return escapeInline(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return escapeInline(JSON.stringify(value));
}

function changeText(change: FieldChange): string {
  return `${change.field} ${valueText(change.old)} → ${valueText(change.new)}`;
}

function observationName(key: ObservationKey): string {
  const component = key.component !== undefined ? `/${key.component}` : '';
  const measure = key.measure !== 'level' ? ` ${key.measure}` : '';
  return escapeInline(`${key.indicator}${component}${measure} ${key.year}`);
}

function publishedText(published: string | null): string {
  return published === null ? 'no publication date' : `published ${escapeInline(published)}`;
}

function revisedText(revised: ObservationRevision): string {
  const what = revised.fields.includes('value') ? `${valueText(revised.old)} → ${valueText(revised.new)}` : `${revised.fields.join(', ')} changed`;
  return `${observationName(revised)} (${publishedText(revised.published)}): ${what}`;
}

const SUSPICIOUS = 'a revised value under the same year and publication date; a new vintage should carry its own `published` date';

function hasDifferences(diff: DiffResult): boolean {
  const s = diff.summary;
  return (
    diff.plan.changes.length + s.indicatorsAdded + s.indicatorsRemoved + s.indicatorsRenamed + s.indicatorsChanged + s.observationsAdded + s.observationsRemoved + s.observationsRevised > 0 ||
    diff.revision.old !== diff.revision.new ||
    diff.revision.entries.length > 0
  );
}

function summaryLine(diff: DiffResult): string {
  const s = diff.summary;
  if (!hasDifferences(diff)) return 'no differences';
  const parts = [
    `${plural(s.indicatorsChanged, 'indicator')} changed (${plural(s.loosened, 'loosening')}, ${plural(s.tightened, 'tightening')}, ${plural(s.changed, 'other change')})`,
    `${s.indicatorsAdded} added, ${s.indicatorsRemoved} removed, ${s.indicatorsRenamed} renamed`,
    `${plural(s.observationsAdded, 'observation')} added, ${s.observationsRemoved} removed, ${s.observationsRevised} revised (${s.suspiciousRevisions} suspicious)`,
  ];
  if (s.loosenedBinding.length) parts.push(`${plural(s.loosenedBinding.length, 'binding target')} loosened`);
  return parts.join('; ');
}

function revisionLine(diff: DiffResult): string {
  const revision = diff.revision;
  const entries = revision.entries.map((entry) => `${entry.revision} (${escapeInline(entry.date)}): ${escapeInline(entry.note)}`);
  if (revision.bumped) return `revision ${revision.old} → ${revision.new}; ${revision.entryAdded ? `revisions entry added: ${entries.join('; ')}` : 'no revisions entry added for it'}`;
  if (diff.summary.unrevised) return `revision not bumped (still ${revision.new}), although targets or baselines changed: ${unrevisedCause(diff)}`;
  if (revision.new < revision.old) return `revision went back: ${revision.old} → ${revision.new}`;
  return `revision ${revision.new}, unchanged`;
}

/** What made the diff substantive: the indicators, or the plan's defaults. */
export function unrevisedCause(diff: DiffResult): string {
  const ids = diff.summary.targetsChanged;
  if (ids.length) return ids.slice(0, 10).join(', ') + (ids.length > 10 ? ` and ${ids.length - 10} more` : '');
  return diff.plan.changes.map((change) => change.field).join(', ');
}

function sideText(side: DiffSide): string {
  return `${escapeInline(side.label)} (${escapeInline(side.planId)}, revision ${side.revision})`;
}

// ---------------------------------------------------------------------------------------
// Text

function formatText(diff: DiffResult, context: DiffContext): string {
  const lines = [`plan diff: ${sideText(context.old)} → ${sideText(context.new)}`];
  const section = (title: string, body: string[]): void => {
    if (body.length) lines.push('', title, ...body);
  };
  section(
    'Plan',
    diff.plan.changes.map((change) => `  ${changeText(change)}  ${change.effect}`),
  );
  section('Indicators', [
    ...diff.indicators.added.map((indicator) => `  + ${indicator.id}  added${indicator.attribute ? ` (${indicator.attribute})` : ''}, section ${escapeInline(indicator.section)}`),
    ...diff.indicators.removed.map((indicator) => `  - ${indicator.id}  removed${indicator.attribute ? ` (${indicator.attribute})` : ''}, section ${escapeInline(indicator.section)}`),
    ...diff.indicators.renamed.map((rename) => `  ~ ${rename.old} → ${rename.new}  renamed (same ${rename.matchedBy} and section)`),
  ]);
  section(
    'Targets and attributes',
    diff.indicators.changed.flatMap((indicator) => [
      `  ${indicatorHeading(indicator)}`,
      ...indicator.changes.map((change) => `    ${changeText(change)}  ${effectText(change.effect, indicator.binding)}`),
    ]),
  );
  const observations = diff.observations;
  section('Observations', [
    ...observations.added.map((entry) => `  + ${observationName(entry)} = ${valueText(entry.value)} (${publishedText(entry.published)})${entry.vintage ? '  new vintage' : ''}`),
    ...observations.removed.map((entry) => `  - ${observationName(entry)} = ${valueText(entry.value)} (${publishedText(entry.published)})`),
    ...observations.revised.map((revised) => `  ${revised.suspicious ? '!' : '~'} ${revisedText(revised)}${revised.suspicious ? `  suspicious: ${SUSPICIOUS}` : ''}`),
  ]);
  lines.push('', revisionLine(diff), summaryLine(diff));
  return lines.join('\n') + '\n';
}

function indicatorHeading(indicator: IndicatorChange): string {
  return `${indicator.id}${indicator.previousId ? ` (was ${indicator.previousId})` : ''}${indicator.binding ? ' [binding]' : ''}`;
}

function effectText(effect: Effect, binding: boolean): string {
  return effect === 'loosened' && binding ? 'LOOSENED (binding)' : effect;
}

// ---------------------------------------------------------------------------------------
// Markdown, for a pull-request comment or a job summary

function md(text: string): string {
  return escapeInline(text).replace(/[\\`*_~[\]<>|#]/g, (char) => `\\${char}`);
}

function mdValue(value: unknown): string {
  return value === null || value === undefined ? '—' : md(valueText(value));
}

function formatMarkdown(diff: DiffResult, context: DiffContext): string {
  const out: string[] = [`### Plan diff: ${md(context.old.label)} → ${md(context.new.label)}`, ''];
  const s = diff.summary;
  if (s.loosenedBinding.length) out.push(`**${plural(s.loosenedBinding.length, 'binding target')} loosened:** ${s.loosenedBinding.map((entry) => md(entry.id)).join(', ')}`, '');
  if (s.unrevised) out.push(`**Revision not bumped** (still ${diff.revision.new}) although targets or baselines changed: ${md(unrevisedCause(diff))}`, '');
  if (context.failed.length) out.push(`Failing: ${context.failed.map((policy) => `--fail-on ${policy}`).join(', ')}`, '');
  out.push(md(summaryLine(diff)), '');

  const rows: string[] = [];
  for (const change of diff.plan.changes) rows.push(`| (plan) | ${md(change.field)} | ${mdValue(change.old)} | ${mdValue(change.new)} | ${markdownEffect(change.effect, false)} |`);
  for (const indicator of diff.indicators.changed) {
    for (const change of indicator.changes) {
      rows.push(`| ${md(indicatorHeading(indicator))} | ${md(change.field)} | ${mdValue(change.old)} | ${mdValue(change.new)} | ${markdownEffect(change.effect, indicator.binding)} |`);
    }
  }
  if (rows.length) out.push('| indicator | field | old | new | effect |', '|---|---|---|---|---|', ...rows, '');

  const list = (title: string, items: string[]): void => {
    if (items.length) out.push(`**${title}:** ${items.join(', ')}`, '');
  };
  list('Added', diff.indicators.added.map((indicator) => `${md(indicator.id)}${indicator.attribute ? ` (${indicator.attribute})` : ''}`));
  list('Removed', diff.indicators.removed.map((indicator) => `${md(indicator.id)}${indicator.attribute ? ` (${indicator.attribute})` : ''}`));
  list('Renamed', diff.indicators.renamed.map((rename) => `${md(rename.old)} → ${md(rename.new)}`));

  const observations = diff.observations;
  if (observations.added.length + observations.removed.length + observations.revised.length > 0) {
    const vintages = observations.added.filter((entry) => entry.vintage).length;
    out.push('#### Observations', '', `${plural(observations.added.length, 'observation')} added (${plural(vintages, 'new vintage')}), ${observations.removed.length} removed, ${observations.revised.length} revised.`, '');
    const observationRows = [
      ...observations.revised.map((revised) => observationRow(revised, revised.suspicious ? `revised: ${revised.fields.join(', ')} — **suspicious**: ${md(SUSPICIOUS)}` : `revised: ${revised.fields.join(', ')}`, revised.old, revised.new)),
      ...observations.added.map((entry) => observationRow(entry, entry.vintage ? 'added: new vintage' : 'added', null, entry.value)),
      ...observations.removed.map((entry) => observationRow(entry, 'removed', entry.value, null)),
    ];
    out.push('| observation | published | old | new | what |', '|---|---|---|---|---|', ...observationRows, '');
  }
  out.push('#### Revision', '', md(revisionLine(diff)), '');
  return out.join('\n');
}

function observationRow(key: ObservationKey, what: string, old: number | null, value: number | null): string {
  return `| ${md(observationName(key))} | ${key.published === null ? '—' : md(key.published)} | ${mdValue(old)} | ${mdValue(value)} | ${what} |`;
}

function markdownEffect(effect: Effect, binding: boolean): string {
  if (effect === 'loosened') return binding ? '**loosened (binding)**' : '**loosened**';
  return effect;
}

// ---------------------------------------------------------------------------------------
// GitHub Actions annotations: https://docs.github.com/actions/reference/workflow-commands

type Level = 'error' | 'warning' | 'notice';

function annotation(level: Level, title: string, message: string, location: Location | null): string {
  const properties: string[] = [];
  if (location) {
    properties.push(`file=${escapeProperty(location.file)}`);
    if (location.line > 0) properties.push(`line=${location.line}`, `col=${location.col}`);
  }
  properties.push(`title=${escapeProperty(title)}`);
  return `::${level} ${properties.join(',')}::${escapeData(message)}\n`;
}

function formatGithub(diff: DiffResult, context: DiffContext): string {
  const failLoosened = context.failOn.includes('loosened');
  let out = '';
  for (const change of diff.plan.changes) {
    out += annotation(change.effect === 'loosened' ? 'warning' : 'notice', `plan ${change.effect}`, `plan ${changeText(change)} (${change.effect})`, context.locate.planField(change.field));
  }
  for (const indicator of diff.indicators.changed) {
    const loosened = indicator.changes.filter((change) => change.effect === 'loosened');
    const level: Level = loosened.length ? (indicator.binding && failLoosened ? 'error' : 'warning') : 'notice';
    const title = loosened.length ? (indicator.binding ? 'binding target loosened' : 'target loosened') : indicator.changes.some((change) => change.effect === 'tightened') ? 'target tightened' : 'indicator changed';
    const first = loosened[0] ?? indicator.changes[0];
    const message = `${indicatorHeading(indicator)}: ${indicator.changes.map((change) => `${changeText(change)} (${change.effect})`).join('; ')}`;
    out += annotation(level, title, message, context.locate.indicator(indicator.id, first?.field));
  }
  for (const indicator of diff.indicators.added) out += annotation('notice', 'indicator added', `${indicator.id} added`, context.locate.indicator(indicator.id));
  for (const indicator of diff.indicators.removed) {
    const binding = indicator.attribute === 'binding';
    const level: Level = binding ? (failLoosened ? 'error' : 'warning') : 'notice';
    out += annotation(level, binding ? 'binding target removed' : 'indicator removed', `${indicator.id} removed${binding ? ' (a binding target)' : ''}`, null);
  }
  for (const rename of diff.indicators.renamed) {
    out += annotation('notice', 'indicator renamed', `${rename.old} renamed to ${rename.new} (same ${rename.matchedBy} and section)`, context.locate.indicator(rename.new, 'id'));
  }
  for (const revised of diff.observations.revised) {
    const message = `${revisedText(revised)}${revised.suspicious ? ` — ${SUSPICIOUS}` : ''}`;
    out += annotation(revised.suspicious ? 'warning' : 'notice', revised.suspicious ? 'suspicious revision' : 'observation revised', message, context.locate.observation(revised));
  }
  const { added, removed } = diff.observations;
  if (added.length + removed.length > 0) {
    const vintages = added.filter((entry: ObservationEntry) => entry.vintage).length;
    out += annotation('notice', 'observations', `${plural(added.length, 'observation')} added (${plural(vintages, 'new vintage')}), ${removed.length} removed`, null);
  }
  if (diff.summary.unrevised) {
    const level: Level = context.failOn.includes('unrevised') ? 'error' : 'notice';
    out += annotation(level, 'revision not bumped', `targets or baselines changed (${unrevisedCause(diff)}) but revision is still ${diff.revision.new}; bump it and add a revisions entry`, context.locate.planField('revision'));
  } else if (diff.revision.bumped) {
    out += annotation('notice', 'revision bumped', revisionLine(diff), context.locate.planField('revision'));
  }
  return out;
}
