// What `plan record` and `plan judge` share: one entry (an observation or a judgement) added
// to, or replaced in, the plan's observations file. The whole plan is validated with the
// change before anything is written; the write is atomic and happens under a lock, with the
// file read again once the lock is held, so two writers serialise and neither loses the
// other's entry. The embedded plan is read-only.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { removeStaleTemporaries, writeFileAtomic } from '../../edit/atomic-write.js';
import { unifiedDiff } from '../../edit/line-diff.js';
import { acquireLock, isProcessAlive, LockBusyError } from '../../edit/lock.js';
import { appendEntry, replaceEntry, type EntryDecision, type EntryList } from '../../edit/record.js';
import { loadPlan, type LoadedPlan } from '../../load/load-plan.js';
import { diskFs, overlayFs } from '../../load/plan-fs.js';
import { readPlanFile } from '../../load/read-plan-file.js';
import type { FileKind, Judgement, Observation, Plan } from '../../model/types.js';
import type { Finding } from '../../model/findings.js';
import { findingsReporters } from '../../render/findings.js';
import type { Lang } from '../../render/messages.js';
import { escapeInline } from '../../util/escape.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, fileSystemError } from '../../util/errors.js';
import { noSuchIndicator } from '../../util/suggest.js';
import { validPlanOf } from './load-valid-plan.js';
import type { CommandResult } from '../command.js';
import { choosePlan, type PlanChoice } from './resolve-plan.js';

export type EditOutcome = CommandResult;

export interface EditEnvironment {
  cwd?: string;
  /** How long to wait for another writer's lock. */
  lockTimeoutMs?: number;
}

export type LoadedValidPlan = LoadedPlan & { plan: Plan };

/** One kind of entry and the words a command uses for it. */
export interface EntryEdit<T extends Observation | Judgement> {
  /** The command, as messages name it: `plan record`. */
  command: string;
  list: EntryList;
  entry: T;
  /** The entry in messages (escaped): `gdp-growth (rate) 2025`. */
  what: string;
  /** The change, in the refusal "… would make the plan invalid": `recording gdp-growth 2025`. */
  doing: string;
  /** The plan's existing entries may settle the matter, or say which file to write. */
  decide(plan: Plan, kindOf: (file: string) => FileKind | null): EntryDecision<T>;
  /** stderr when the entry is already there (`where` is `file:line`). */
  unchanged(where: string, existing: T): string;
  /** stderr when another entry with the same identity is there. */
  conflict(where: string, existing: T): string;
  /** stderr after the write (`file` as shown to the user, escaped). */
  success(loaded: LoadedValidPlan, decision: EntryDecision<T>, file: string): string;
}

/** Attempts when the file an entry belongs in changes while the lock is awaited. */
const MAX_ATTEMPTS = 3;

export function runEntryEdit<T extends Observation | Judgement>(
  edit: EntryEdit<T>,
  flags: { plan?: string; dryRun?: boolean; lang?: Lang },
  environment: EditEnvironment = {},
): EditOutcome {
  const lang = flags.lang ?? 'en';
  const choice = choosePlan(flags.plan, environment.cwd);
  if (choice.embedded) throw new UsageError('the embedded plan is read-only; use --plan DIR on a copy (or run in a folder with plan.yaml)');

  let state = loadAndDecide(choice, edit, lang);
  if (flags.dryRun) return dryRun(choice, state, edit, lang);
  for (let attempt = 1; ; attempt++) {
    const settled = settledOutcome(state, edit);
    if (settled) return settled;
    const file = fileOf(state);
    const release = lockOrExplain(file, state, edit, environment.lockTimeoutMs);
    try {
      // Read again under the lock: another writer may have changed the plan meanwhile.
      const fresh = loadAndDecide(choice, edit, lang);
      const settledNow = settledOutcome(fresh, edit);
      if (settledNow) return settledNow;
      if (fileOf(fresh) !== file) {
        if (attempt >= MAX_ATTEMPTS) throw new UsageError(`the plan keeps changing while ${edit.command} waits; try again`);
        state = fresh;
        continue;
      }
      const prepared = prepareEdit(choice, fresh, edit, lang);
      if ('refusal' in prepared) return prepared.refusal;
      removeStaleTemporaries(file, isProcessAlive);
      writeOrExplain(file, prepared.newText, fresh);
      return { stdout: '', stderr: prepared.warnings + edit.success(fresh.loaded, fresh.decision, escapeInline(displayOf(fresh.loaded, file))), exitCode: EXIT_OK };
    } finally {
      release();
    }
  }
}

interface Decided<T extends Observation | Judgement> {
  loaded: LoadedValidPlan;
  decision: EntryDecision<T>;
}

function loadAndDecide<T extends Observation | Judgement>(choice: PlanChoice, edit: EntryEdit<T>, lang: Lang): Decided<T> {
  const loaded = loadPlan(choice.path, { displayBase: choice.displayBase });
  const plan = validPlanOf(loaded, lang, 'the plan is invalid before any change; fix it first (`plan validate` shows every finding)');
  const id = edit.entry.indicator;
  if (!plan.indicators.some((indicator) => indicator.id === id)) {
    throw new UsageError(noSuchIndicator(id, plan.indicators.map((indicator) => indicator.id)));
  }
  const kindOf = (file: string): FileKind | null => readPlanFile(resolve(loaded.folder, file), file).kind;
  return { loaded: loaded as LoadedValidPlan, decision: edit.decide(plan, kindOf) };
}

/** The outcome when nothing is to be written: already there, a conflict, no file to write to. */
function settledOutcome<T extends Observation | Judgement>({ loaded, decision }: Decided<T>, edit: EntryEdit<T>): EditOutcome | null {
  switch (decision.action) {
    case 'no-observations-file':
      throw new UsageError('the plan includes no observations file; create one (kind: observations) and add it to `include` in plan.yaml');
    case 'unchanged':
      return { stdout: '', stderr: edit.unchanged(where(loaded, edit.list, decision), decision.existing), exitCode: EXIT_OK };
    case 'conflict':
      return { stdout: '', stderr: edit.conflict(where(loaded, edit.list, decision), decision.existing), exitCode: EXIT_FINDINGS };
    default:
      return null;
  }
}

function fileOf<T extends Observation | Judgement>({ loaded, decision }: Decided<T>): string {
  if (!('file' in decision)) throw new Error('no file to edit');
  return resolve(loaded.folder, decision.file);
}

type Prepared = { oldText: string; newText: string; warnings: string } | { refusal: EditOutcome };

/** The file's new text, checked by loading the whole plan with it in place of the old; its findings in `lang`. */
function prepareEdit<T extends Observation | Judgement>(choice: PlanChoice, state: Decided<T>, edit: EntryEdit<T>, lang: Lang): Prepared {
  const { loaded, decision } = state;
  const file = fileOf(state);
  const oldText = readFileSync(file, 'utf8');
  const newText = decision.action === 'replace' ? replaceEntry(oldText, edit.list, decision.index, edit.entry) : appendEntry(oldText, edit.list, edit.entry);
  const checked = loadPlan(choice.path, { displayBase: choice.displayBase, fs: overlayFs(diskFs, new Map([[file, newText]])) });
  const errors = checked.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0 || !checked.plan) {
    const findings = findingsReporters.text(errors, { sources: checked.sources, lang });
    return { refusal: { stdout: '', stderr: `${findings}plan: ${edit.doing} would make the plan invalid; nothing was written\n`, exitCode: EXIT_FINDINGS } };
  }
  // Warnings do not stop the change, but the ones it brings are shown.
  const fact = (finding: Finding): string => `${finding.code} ${JSON.stringify(finding.args)}`;
  const known = new Set(loaded.findings.map(fact));
  const newWarnings = checked.findings.filter((finding) => finding.severity === 'warning' && !known.has(fact(finding)));
  return { oldText, newText, warnings: findingsReporters.text(newWarnings, { sources: checked.sources, lang }) };
}

function dryRun<T extends Observation | Judgement>(choice: PlanChoice, state: Decided<T>, edit: EntryEdit<T>, lang: Lang): EditOutcome {
  const settled = settledOutcome(state, edit);
  if (settled) return settled;
  const prepared = prepareEdit(choice, state, edit, lang);
  if ('refusal' in prepared) return prepared.refusal;
  const label = displayOf(state.loaded, fileOf(state));
  return {
    stdout: unifiedDiff(prepared.oldText, prepared.newText, { oldLabel: `a/${label}`, newLabel: `b/${label}` }),
    stderr: `${prepared.warnings}dry run: nothing was written\n`,
    exitCode: EXIT_OK,
  };
}

function lockOrExplain<T extends Observation | Judgement>(file: string, { loaded }: Decided<T>, edit: EntryEdit<T>, timeoutMs: number | undefined): () => void {
  try {
    return acquireLock(file, timeoutMs === undefined ? {} : { timeoutMs });
  } catch (error) {
    if (error instanceof LockBusyError) {
      const lock = `${displayOf(loaded, file)}.lock`;
      throw new UsageError(
        `another ${edit.command} holds the lock ${lock}${error.owner === null ? '' : ` (process ${error.owner})`}; try again, or remove the lock file if no ${edit.command} is running`,
      );
    }
    throw explainIoError(error, displayOf(loaded, file));
  }
}

function writeOrExplain<T extends Observation | Judgement>(file: string, text: string, { loaded }: Decided<T>): void {
  try {
    writeFileAtomic(file, text);
  } catch (error) {
    throw explainIoError(error, displayOf(loaded, file));
  }
}

/** A file system that refuses the write is the environment's problem: exit 2, no stack. */
function explainIoError(error: unknown, file: string): unknown {
  return fileSystemError(error, 'write', file);
}

/** `file:line` of an entry of `list`, as findings show it. */
function where(loaded: LoadedPlan, list: EntryList, decision: { file: string; index: number }): string {
  const display = displayOf(loaded, resolve(loaded.folder, decision.file));
  const line = loaded.sources.get(display)?.positionAt([list, decision.index]).line;
  return escapeInline(line ? `${display}:${line}` : display);
}

/** A file as the loader shows it in findings (relative to where the user stands). */
function displayOf(loaded: LoadedPlan, absolute: string): string {
  for (const [display, path] of loaded.files) if (path === absolute) return display;
  return absolute;
}
