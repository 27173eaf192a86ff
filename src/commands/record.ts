// plan record ID YEAR VALUE --source S: add an observation, or a new vintage of one, to
// the plan's observations file. The whole plan is validated with the change before
// anything is written; the write is atomic and happens under a lock, with the file read
// again once the lock is held, so two writers serialise and neither loses the other's
// observation.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { removeStaleTemporaries, writeFileAtomic } from '../edit/atomic-write.js';
import { unifiedDiff } from '../edit/line-diff.js';
import { acquireLock, isProcessAlive, LockBusyError } from '../edit/lock.js';
import { appendObservation, decideRecord, replaceObservation, type RecordDecision } from '../edit/record.js';
import { loadPlan, type LoadedPlan } from '../load/load-plan.js';
import { diskFs, overlayFs } from '../load/plan-fs.js';
import { readPlanFile } from '../load/read-plan-file.js';
import type { Measure, Observation, Plan, Quality } from '../model/types.js';
import { findingsReporters } from '../report/findings.js';
import { escapeInline } from '../util/escape.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../util/errors.js';
import { closestMatch } from '../util/suggest.js';
import { countErrors } from '../validate/findings.js';
import { InvalidPlanError } from './load-valid-plan.js';
import { choosePlan, type PlanChoice } from './resolve-plan.js';

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
}

export interface RecordOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface RecordEnvironment {
  cwd?: string;
  /** How long to wait for another writer's lock. */
  lockTimeoutMs?: number;
}

/** Attempts when the file an observation belongs in changes while the lock is awaited. */
const MAX_ATTEMPTS = 3;

export function recordCommand(id: string, yearText: string, valueText: string, flags: RecordFlags, environment: RecordEnvironment = {}): RecordOutcome {
  const observation = observationFrom(id, yearText, valueText, flags);
  const choice = choosePlan(flags.plan, environment.cwd);
  if (choice.embedded) throw new UsageError('the embedded plan is read-only; use --plan DIR on a copy (or run in a folder with plan.yaml)');

  let state = loadAndDecide(choice, observation, flags);
  if (flags.dryRun) return dryRun(choice, state, observation);
  for (let attempt = 1; ; attempt++) {
    const settled = settledOutcome(state, observation);
    if (settled) return settled;
    const file = fileOf(state);
    const release = lockOrExplain(file, state, environment.lockTimeoutMs);
    try {
      // Read again under the lock: another writer may have changed the plan meanwhile.
      const fresh = loadAndDecide(choice, observation, flags);
      const settledNow = settledOutcome(fresh, observation);
      if (settledNow) return settledNow;
      if (fileOf(fresh) !== file) {
        if (attempt >= MAX_ATTEMPTS) throw new UsageError('the plan keeps changing while plan record waits; try again');
        state = fresh;
        continue;
      }
      const edit = prepareEdit(choice, fresh, observation);
      if ('refusal' in edit) return edit.refusal;
      removeStaleTemporaries(file, isProcessAlive);
      writeOrExplain(file, edit.newText, fresh);
      return { stdout: '', stderr: edit.warnings + successMessage(fresh, observation), exitCode: EXIT_OK };
    } finally {
      release();
    }
  }
}

interface Decided {
  loaded: LoadedPlan & { plan: Plan };
  decision: RecordDecision;
}

function loadAndDecide(choice: PlanChoice, observation: Observation, flags: RecordFlags): Decided {
  const loaded = loadPlan(choice.path, { displayBase: choice.displayBase });
  if (!loaded.plan || countErrors(loaded.findings) > 0) {
    throw new InvalidPlanError(
      findingsReporters.text(loaded.findings, { sources: loaded.sources }),
      'the plan is invalid before any change; fix it first (`plan validate` shows every finding)',
    );
  }
  const plan = loaded.plan;
  if (!plan.indicators.some((indicator) => indicator.id === observation.indicator)) {
    const suggestion = closestMatch(observation.indicator, plan.indicators.map((indicator) => indicator.id));
    throw new UsageError(`no indicator ${JSON.stringify(observation.indicator)} in the plan${suggestion ? `; did you mean ${suggestion}?` : ''}`);
  }
  const kindOf = (file: string): ReturnType<typeof readPlanFile>['kind'] => readPlanFile(resolve(loaded.folder, file), file).kind;
  const decision = decideRecord(plan, observation, flags.replace === true, kindOf);
  return { loaded: loaded as Decided['loaded'], decision };
}

/** The outcome when nothing is to be written: already recorded, a conflict, no file to write to. */
function settledOutcome({ loaded, decision }: Decided, observation: Observation): RecordOutcome | null {
  const what = describe(observation);
  switch (decision.action) {
    case 'no-observations-file':
      throw new UsageError('the plan includes no observations file; create one (kind: observations) and add it to `include` in plan.yaml');
    case 'unchanged':
      return { stdout: '', stderr: `nothing to do: ${where(loaded, decision)} already records ${what} = ${decision.existing.value}\n`, exitCode: EXIT_OK };
    case 'conflict':
      return {
        stdout: '',
        stderr:
          `plan: ${where(loaded, decision)} already records ${what} = ${decision.existing.value}${decision.existing.published ? ` (published ${decision.existing.published})` : ''}\n` +
          `a revised figure is a new vintage: give it --published DATE; or overwrite the recorded one with --replace\n`,
        exitCode: EXIT_FINDINGS,
      };
    default:
      return null;
  }
}

function fileOf({ loaded, decision }: Decided): string {
  if (!('file' in decision)) throw new Error('no file to edit');
  return resolve(loaded.folder, decision.file);
}

type Edit = { oldText: string; newText: string; warnings: string } | { refusal: RecordOutcome };

/** The file's new text, checked by loading the whole plan with it in place of the old. */
function prepareEdit(choice: PlanChoice, { loaded, decision }: Decided, observation: Observation): Edit {
  const file = fileOf({ loaded, decision });
  const oldText = readFileSync(file, 'utf8');
  const newText = decision.action === 'replace' ? replaceObservation(oldText, decision.index, observation) : appendObservation(oldText, observation);
  const checked = loadPlan(choice.path, { displayBase: choice.displayBase, fs: overlayFs(diskFs, new Map([[file, newText]])) });
  const errors = checked.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0 || !checked.plan) {
    const findings = findingsReporters.text(errors, { sources: checked.sources });
    return { refusal: { stdout: '', stderr: `${findings}plan: recording ${describe(observation)} would make the plan invalid; nothing was written\n`, exitCode: EXIT_FINDINGS } };
  }
  // Warnings do not stop the change, but the ones it brings are shown.
  const known = new Set(loaded.findings.map((finding) => `${finding.code} ${finding.message}`));
  const newWarnings = checked.findings.filter((finding) => finding.severity === 'warning' && !known.has(`${finding.code} ${finding.message}`));
  return { oldText, newText, warnings: findingsReporters.text(newWarnings, { sources: checked.sources }) };
}

function dryRun(choice: PlanChoice, state: Decided, observation: Observation): RecordOutcome {
  const settled = settledOutcome(state, observation);
  if (settled) return settled;
  const edit = prepareEdit(choice, state, observation);
  if ('refusal' in edit) return edit.refusal;
  const label = displayOf(state.loaded, fileOf(state));
  return {
    stdout: unifiedDiff(edit.oldText, edit.newText, { oldLabel: `a/${label}`, newLabel: `b/${label}` }),
    stderr: `${edit.warnings}dry run: nothing was written\n`,
    exitCode: EXIT_OK,
  };
}

function lockOrExplain(file: string, { loaded }: Decided, timeoutMs: number | undefined): () => void {
  try {
    return acquireLock(file, timeoutMs === undefined ? {} : { timeoutMs });
  } catch (error) {
    if (error instanceof LockBusyError) {
      const lock = `${displayOf(loaded, file)}.lock`;
      throw new UsageError(
        `another plan record holds the lock ${lock}${error.owner === null ? '' : ` (process ${error.owner})`}; try again, or remove the lock file if no plan record is running`,
      );
    }
    throw explainIoError(error, displayOf(loaded, file));
  }
}

function writeOrExplain(file: string, text: string, { loaded }: Decided): void {
  try {
    writeFileAtomic(file, text);
  } catch (error) {
    throw explainIoError(error, displayOf(loaded, file));
  }
}

/** A file system that refuses the write is the environment's problem: exit 2, no stack. */
function explainIoError(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOENT'].includes(code)) {
    return new UsageError(`cannot write ${file}: ${(error as Error).message}`);
  }
  return error;
}

function successMessage({ loaded, decision }: Decided, observation: Observation): string {
  const file = escapeInline(displayOf(loaded, fileOf({ loaded, decision })));
  if (decision.action === 'replace' && 'existing' in decision) {
    return `replaced ${describe(observation)} in ${file}: ${decision.existing.value} → ${observation.value}\n`;
  }
  const identity = (candidate: Observation): string =>
    [candidate.indicator, candidate.component ?? '', candidate.measure ?? 'level', candidate.unit ?? '', candidate.year].join('|');
  const vintages = loaded.plan.observations.filter((candidate) => identity(candidate) === identity(observation)).length;
  const vintageNote = vintages > 0 ? ` (a new vintage${observation.published ? ` published ${observation.published}` : ''}; ${vintages + 1} vintages now)` : '';
  return `recorded ${describe(observation)} = ${observation.value} in ${file}${vintageNote}\n`;
}

function where(loaded: LoadedPlan, decision: { file: string; index: number }): string {
  const display = displayOf(loaded, resolve(loaded.folder, decision.file));
  const line = loaded.sources.get(display)?.positionAt(['observations', decision.index]).line;
  return escapeInline(line ? `${display}:${line}` : display);
}

/** A file as the loader shows it in findings (relative to where the user stands). */
function displayOf(loaded: LoadedPlan, absolute: string): string {
  for (const [display, path] of loaded.files) if (path === absolute) return display;
  return absolute;
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
