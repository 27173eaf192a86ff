// plan record ID YEAR VALUE --source S: add an observation, or a new vintage of one, to
// the plan's observations file. The whole plan is validated with the change before
// anything is written; the write is atomic and happens under a lock, with the file read
// again once the lock is held, so two writers serialise and neither loses the other's
// observation (the steps shared with `plan judge` are in support/edit-entry.ts).

import { decideRecord } from '../edit/record.js';
import type { Measure, Observation, Quality } from '../model/types.js';
import { escapeInline } from '../util/escape.js';
import { Option } from 'commander';
import { yearIdentity } from '../model/observation-identity.js';
import { UsageError } from '../util/errors.js';
import { defineCommand } from './command.js';
import type { Lang } from '../render/messages.js';
import { runEntryEdit, type EditEnvironment, type EditOutcome } from './support/edit-entry.js';

export interface RecordFlags {
  plan?: string;
  source: string;
  published?: string;
  url?: string;
  note?: string;
  measure?: Measure;
  component?: string;
  unit?: string;
  quality?: Quality;
  approx?: boolean;
  replace?: boolean;
  dryRun?: boolean;
  /** The language of the findings of a refused change (default English). */
  lang?: Lang;
}

export type RecordOutcome = EditOutcome;
export type RecordEnvironment = EditEnvironment;

export function recordCommand(id: string, yearText: string, valueText: string, flags: RecordFlags, environment: RecordEnvironment = {}): RecordOutcome {
  const observation = observationFrom(id, yearText, valueText, flags);
  const what = describe(observation);
  return runEntryEdit(
    {
      command: 'plan record',
      list: 'observations',
      entry: observation,
      what,
      doing: `recording ${what}`,
      decide: (plan, kindOf) => decideRecord(plan, observation, flags.replace === true, kindOf),
      unchanged: (where, existing) => `nothing to do: ${where} already records ${what} = ${existing.value}\n`,
      conflict: (where, existing) =>
        `plan: ${where} already records ${what} = ${existing.value}${existing.published ? ` (published ${existing.published})` : ''}\n` +
        `a revised figure is a new vintage: give it --published DATE; or overwrite the recorded one with --replace\n`,
      success: (loaded, decision, file) => {
        if (decision.action === 'replace') return `replaced ${what} in ${file}: ${decision.existing.value} → ${observation.value}\n`;
        const vintages = loaded.plan.observations.filter((candidate) => yearIdentity(candidate) === yearIdentity(observation)).length;
        const vintageNote = vintages > 0 ? ` (a new vintage${observation.published ? ` published ${observation.published}` : ''}; ${vintages + 1} vintages now)` : '';
        return `recorded ${what} = ${observation.value} in ${file}${vintageNote}\n`;
      },
    },
    flags,
    environment,
  );
}

function describe(observation: Observation): string {
  const measure = observation.measure === 'rate' ? ' (rate)' : '';
  const unit = observation.unit ? ` [${observation.unit}]` : '';
  return escapeInline(`${observation.indicator}${observation.component ? '/' + observation.component : ''}${measure}${unit} ${observation.year}`);
}

/** The observation the command line describes, in the schema's key order; bad values are usage errors. */
function observationFrom(id: string, yearText: string, valueText: string, flags: RecordFlags): Observation {
  if (!/^-?\d+$/.test(yearText)) throw new UsageError(`YEAR takes a whole number, not ${JSON.stringify(yearText)}`);
  const value = Number(valueText);
  if (valueText.trim() === '' || !Number.isFinite(value)) throw new UsageError(`VALUE takes a finite number, not ${JSON.stringify(valueText)}`);
  if (flags.source.trim() === '') throw new UsageError('--source must name where the value comes from');
  if (flags.published !== undefined && !isCalendarDate(flags.published)) {
    throw new UsageError(`--published takes a date as YYYY-MM-DD, not ${JSON.stringify(flags.published)}`);
  }
  const optional = <K extends keyof Observation>(key: K, present: Observation[K] | undefined): Partial<Observation> => (present === undefined ? {} : { [key]: present });
  return {
    indicator: id,
    ...optional('component', flags.component),
    year: Number(yearText),
    value,
    ...optional('unit', flags.unit),
    ...optional('measure', flags.measure),
    ...optional('approx', flags.approx ? true : undefined),
    source: flags.source,
    ...optional('published', flags.published),
    ...optional('url', flags.url),
    ...optional('quality', flags.quality),
    ...optional('note', flags.note),
  };
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const record = defineCommand<Omit<RecordFlags, 'plan' | 'lang'>>({
  declare: (program) =>
    program
      .command('record')
      .description("add an observation, or a new vintage of one, to the plan's observations file; keeps comments and layout, refuses a change that would make the plan invalid")
      .argument('<id>', 'indicator id')
      .argument('<year>', 'the year the value is for')
      .argument('<value>', "the value, in the indicator's unit (or --unit), a yearly rate with --measure rate")
      .requiredOption('--source <source>', 'where the value comes from')
      .option('--published <date>', 'when this vintage was published (YYYY-MM-DD); a revised figure needs its own date')
      .option('--url <url>', 'link to the source')
      .option('--note <note>', 'a note on the value')
      .addOption(new Option('--measure <measure>', 'level (default) or rate (yearly growth in percent)').choices(['level', 'rate']))
      .option('--component <id>', 'for an indicator with components: which one')
      .option('--unit <unit>', "unit of a context series that differs from the indicator's")
      .addOption(new Option('--quality <quality>', 'official or secondary source').choices(['official', 'secondary']))
      .option('--approx', 'reported as 左右 (approximately)')
      .option('--replace', 'overwrite a different value recorded for the same year and publication date')
      .option('--dry-run', 'print the change as a diff; write nothing'),
  run: ([id, year, value], options, { globals }) => recordCommand(id as string, year as string, value as string, { ...options, plan: globals.plan, lang: globals.lang }),
});
