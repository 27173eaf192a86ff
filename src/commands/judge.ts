// plan judge ID --status S --date YYYY-MM-DD --evidence TEXT --source S: record a judgement
// of a milestone (or of a target set by another authority) exactly as `plan record` records
// an observation: into the observations file that already holds judgements of the
// indicator, else the one holding the most judgements, else the first observations file of
// the plan (decideJudgement); spliced under `judgements:` keeping comments and layout; the
// whole plan validated with the change first (a judgement of any other kind of target is
// refused with JUDGEMENT_NOT_MILESTONE, nothing written); atomic write under the lock;
// `--dry-run` prints the diff. The embedded plan is read-only.

import { decideJudgement } from '../edit/record.js';
import type { JudgedStatus, Judgement } from '../model/types.js';
import { escapeInline } from '../util/escape.js';
import { Option } from 'commander';
import { UsageError } from '../util/errors.js';
import { defineCommand } from './command.js';
import type { Lang } from '../render/messages.js';
import { runEntryEdit, type EditEnvironment, type EditOutcome } from './support/edit-entry.js';
import { parseDate } from './support/evaluation-options.js';
import { truncate } from '../util/words.js';

/** The schema's statuses: what the evidence shows, then an evaluator's own verdict. */
export const JUDGED_STATUSES = ['achieved', 'partly', 'not-yet', 'ahead', 'on-track', 'at-risk', 'off-track', 'missed'] as const satisfies readonly JudgedStatus[];

export interface JudgeFlags {
  plan?: string;
  status: string;
  date: string;
  evidence: string;
  source: string;
  url?: string;
  replace?: boolean;
  dryRun?: boolean;
  /** The language of the findings of a refused change (default English). */
  lang?: Lang;
}

export function judgeCommand(id: string, flags: JudgeFlags, environment: EditEnvironment = {}): EditOutcome {
  const judgement = judgementFrom(id, flags);
  const what = escapeInline(`${judgement.indicator} on ${judgement.date}`);
  const verdict = (entry: Judgement): string => escapeInline(`${entry.status}: ${truncate(entry.evidence, 80)}`);
  return runEntryEdit(
    {
      command: 'plan judge',
      list: 'judgements',
      entry: judgement,
      what,
      doing: `judging ${what}`,
      decide: (plan, kindOf) => decideJudgement(plan, judgement, flags.replace === true, kindOf),
      unchanged: (where, existing) => `nothing to do: ${where} already judges ${what} ${verdict(existing)}\n`,
      conflict: (where, existing) =>
        `plan: ${where} already judges ${what} ${verdict(existing)}\n` +
        `a later judgement is a new one: give it its own --date; or overwrite the recorded one with --replace\n`,
      success: (_loaded, decision, file) =>
        decision.action === 'replace'
          ? `replaced the judgement of ${what} in ${file}: ${escapeInline(decision.existing.status)} → ${judgement.status}\n`
          : `judged ${what} ${judgement.status} in ${file}\n`,
    },
    flags,
    environment,
  );
}

/** The judgement the command line describes, in the schema's key order; bad values are usage errors. */
function judgementFrom(id: string, flags: JudgeFlags): Judgement {
  if (!(JUDGED_STATUSES as readonly string[]).includes(flags.status)) {
    throw new UsageError(`--status must be one of ${JUDGED_STATUSES.join(', ')}, not ${JSON.stringify(flags.status)}`);
  }
  let date: string;
  try {
    date = parseDate(flags.date);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`--date: ${error.message}`);
    throw error;
  }
  if (flags.evidence.trim() === '') throw new UsageError('--evidence must say what the evidence shows');
  if (flags.source.trim() === '') throw new UsageError('--source must name where the evidence comes from');
  return {
    indicator: id,
    date,
    status: flags.status as JudgedStatus,
    evidence: flags.evidence,
    source: flags.source,
    ...(flags.url === undefined ? {} : { url: flags.url }),
  };
}

export const judge = defineCommand<Omit<JudgeFlags, 'plan' | 'lang'>>({
  declare: (program) =>
    program
      .command('judge')
      .description("add a judgement of a milestone (or of a target set by another authority) with its evidence to the plan's observations file; keeps comments and layout, refuses a change that would make the plan invalid")
      .argument('<id>', 'indicator id')
      .addOption(
        new Option('--status <status>', "what the evidence shows (achieved, partly, not-yet) or an evaluator's own verdict (ahead, on-track … missed)").choices(JUDGED_STATUSES).makeOptionMandatory(),
      )
      .requiredOption('--date <date>', 'the date of the evidence (YYYY-MM-DD)')
      .requiredOption('--evidence <text>', 'what the evidence shows, best in its own words')
      .requiredOption('--source <source>', 'where the evidence comes from')
      .option('--url <url>', 'link to the source')
      .option('--replace', 'overwrite a different judgement recorded for the same indicator and date')
      .option('--dry-run', 'print the change as a diff; write nothing'),
  run: ([id], options, { globals }) => judgeCommand(id as string, { ...options, plan: globals.plan, lang: globals.lang }),
});
