// plan show ID: one indicator, its target and source phrase, the path expected against
// observed year by year, every computed number and how it was reached, every vintage, and
// for a judged indicator every judgement dated by the as-of date with its evidence.

import { annualResults } from '../engine/annual.js';
import { evaluationContext } from '../kinds/evaluate.js';
import { knownFrom } from '../engine/observations.js';
import { kindOf } from '../kinds/registry.js';
import { textIn, type Judgement, type Plan } from '../model/types.js';
import { COMPARATOR_SYMBOL } from '../kinds/shared.js';
import { attributeText, baselineText, latestText, number, statusText, targetText, type Lang } from '../render/cells.js';
import { displayWidth } from '../render/display-width.js';
import { messages } from '../render/messages.js';
import { buildReport } from '../render/report-model.js';
import { renderTable } from '../render/text-table.js';
import { escapeControl, escapeInline } from '../util/escape.js';
import { UsageError } from '../util/errors.js';
import { noSuchIndicator } from '../util/suggest.js';
import { Option } from 'commander';
import { addEvaluationOptions, parseEvaluationFlags, type EvaluationFlags } from './support/evaluation-options.js';
import { defineCommand, result } from './command.js';
import { noticesIn } from './support/language.js';
import { loadValidPlan } from './support/load-valid-plan.js';
import { computedLines, sourceLine } from '../render/show-text.js';
import { stepText } from '../render/step-text.js';
import { truncate } from '../util/words.js';

export interface ShowFlags extends EvaluationFlags {
  format: 'table' | 'json';
  lang: Lang;
}

export function showCommand(plan: Plan, id: string, flags: ShowFlags, today: Date): string {
  const indicator = plan.indicators.find((candidate) => candidate.id === id);
  if (!indicator) {
    throw new UsageError(noSuchIndicator(id, plan.indicators.map((candidate) => candidate.id)));
  }
  const choice = parseEvaluationFlags(flags, today, plan.observations);
  // Inside the whole plan's context (an in-step reference is evaluated on demand), so show
  // and status agree; only this indicator is evaluated, so a large plan costs no more.
  const context = evaluationContext(plan, choice);
  const evaluation = context.evaluate(indicator);
  const row = buildReport(plan, [evaluation], { ...choice, lang: flags.lang }).indicators[0]!;
  const judgements = judgementsOf(plan, id, choice.asOf);
  const annual = annualResults(indicator, context);
  if (flags.format === 'json') {
    return JSON.stringify({ ...row, reason: { ...evaluation.reason, notes: evaluation.notes }, path: evaluation.path, steps: evaluation.steps.map((step) => ({ ...step, text: stepText(step, flags.lang) })), observations: evaluation.observations, judgements, annual: annual.map((entry) => ({ ...entry.entry, result: entry.result, met: entry.met })) }, null, 2) + '\n';
  }
  const lines: string[] = [];
  const lang = flags.lang;
  const words = messages(lang);
  const text = words.show;
  // A label padded to one display width, so that the facts line up in either language.
  const label = (word: string, width = 9): string => word + ' '.repeat(Math.max(1, width - displayWidth(word)));
  const name = textIn(indicator.name, lang);
  lines.push(`${indicator.no ? `#${indicator.no} ` : ''}${name} (${indicator.id})`);
  const attribute = attributeText(indicator.attribute ?? null, lang) || words.attribute.none;
  lines.push(`  ${text.facts(indicator.section, attribute, words.direction[indicator.direction], indicator.unit)}`);
  const detail = kindOf(indicator.target).detail?.(indicator.target);
  lines.push(`  ${label(text.labels.target)}${text.target(targetText(row, lang), row.target.year, detail)}`);
  lines.push(`  ${label(text.labels.source)}${sourceLine(indicator, lang)}`);
  if (indicator.restatedIn?.length) for (const passage of indicator.restatedIn) lines.push(`  ${label(text.labels.also)}${passage.section} 「${passage.quote}」`);
  lines.push(`  ${label(text.labels.baseline)}${baselineText(row)}${row.baseline ? ` — ${row.baseline.source}` : ''}`);
  lines.push(`  ${label(text.labels.latest)}${latestText(row, lang)}${row.latest ? ` — ${row.latest.source}` : ''}`);
  lines.push(`  ${label(text.labels.status)}${text.statusLine(statusText(row, lang), row.why)}`);
  lines.push(`  ${label(text.labels.asOf)}${text.asOf(row.target ? choice.asOf : '', words.method[choice.method])}`);
  if (evaluation.path.length) {
    lines.push('', text.yearByYear);
    lines.push(renderTable(text.pathHeadings, evaluation.path.map((point) => [String(point.year), number(point.expected, 3), number(point.observed, 3)])));
  }
  lines.push('', text.computed, ...computedLines(row.computed, lang));
  if (evaluation.steps.length) {
    lines.push('', text.how);
    for (const step of evaluation.steps) lines.push(`  ${stepText(step, lang)}`);
  }
  if (evaluation.observations.length) {
    lines.push('', text.observations);
    const rows = evaluation.observations.map((observation) => [
        String(observation.year),
        `${words.measure[observation.measure ?? 'level']}${observation.component ? ` ${observation.component}` : ''}`,
        `${number(observation.value, 3)}${observation.unit ? ` ${observation.unit}` : ''}${observation.approx ? ' ≈' : ''}`,
        knownFrom(observation) + (observation.published ? '' : ' *'),
      escapeInline(truncate(observation.source, 60)),
    ]);
    lines.push(renderTable(text.observationHeadings, rows));
    // The footnote only for a mark that some row carries.
    if (evaluation.observations.some((observation) => !observation.published)) lines.push(`  ${text.unpublishedFootnote}`);
  }
  if (judgements.length || kindOf(indicator.target).judged) {
    lines.push('', text.judgements);
    if (!judgements.length) lines.push(`  ${text.noJudgement(choice.asOf)}`);
    for (const judgement of judgements) {
      lines.push(`  ${judgement.date}  ${words.judged[judgement.status]}`);
      lines.push(`    ${label(text.evidence, 10)}${escapeInline(judgement.evidence)}`);
      lines.push(`    ${label(text.source, 10)}${escapeInline(judgement.source)}`);
      if (judgement.url) lines.push(`    ${label(text.url, 10)}${escapeInline(judgement.url)}`);
    }
  }
  if (annual.length) {
    lines.push('', text.annualTargets);
    const rows = annual.map((entry) => [
      String(entry.year),
      `${COMPARATOR_SYMBOL[entry.entry.comparator]}${number(entry.entry.value)}${entry.measure === 'rate' ? '%' : ''}`,
      entry.result ? number(entry.result.value) : '—',
      entry.met === null ? '—' : entry.met ? text.met : text.notMet,
      escapeInline(truncate(entry.entry.source, 50)),
    ]);
    lines.push(renderTable(text.annualHeadings, rows));
  }
  return escapeControl(lines.join('\n')) + '\n';
}

/** The indicator's judgements dated by `asOf`, oldest first (the plan's order within a day), in the schema's key order. */
function judgementsOf(plan: Plan, id: string, asOf: string): Judgement[] {
  return plan.judgements
    .filter((judgement) => judgement.indicator === id && judgement.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ indicator, date, status, evidence, source, url }) => ({ indicator, date, status, evidence, source, ...(url === undefined ? {} : { url }) }));
}

export const show = defineCommand<Omit<ShowFlags, 'lang'>>({
  declare: (program) =>
    addEvaluationOptions(
      program
        .command('show')
        .description('one indicator: target, source phrase, path expected against observed, every computed number and how')
        .argument('<id>', 'indicator id'),
    ).addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')),
  run: ([id], options, { globals, io, today }) => result({ stdout: showCommand(loadValidPlan(globals.plan, globals.lang, noticesIn(globals.lang, io)), id as string, { ...options, lang: globals.lang }, today) }),
});
