// A plan folder → one merged Plan, or findings. Reads plan.yaml, then each file it
// includes (which must stay inside the folder), keeping where every item came from.

import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { IndicatorsFile, ObservationsFile, Origin, Plan, PlanHeader } from '../model/types.js';
import { toPointer, type Finding, type PendingFinding } from '../validate/findings.js';
import { checkMeaning } from '../validate/meaning-check.js';
import { UsageError } from '../util/errors.js';
import { readPlanFile, type ReadResult } from './read-plan-file.js';
import type { SourceFile } from './source-file.js';

export interface LoadedPlan {
  /** The merged plan; null when any file could not be read or failed its schema. */
  plan: Plan | null;
  findings: Finding[];
  sources: Map<string, SourceFile>;
  /** The plan folder (absolute). */
  folder: string;
  /** plan.yaml and each included file: display path → absolute path. */
  files: Map<string, string>;
}

export interface LoadOptions {
  /** How file paths are shown: relative to this folder where possible. */
  displayBase?: string;
  /** Skip the meaning checks (used by commands that only need the schema-valid data). */
  skipMeaning?: boolean;
}

export const PLAN_FILE = 'plan.yaml';

/** Resolve what the user named (a folder or its plan.yaml) to the plan folder. */
export function resolvePlanFolder(target: string): string {
  const absolute = resolve(target);
  if (!existsSync(absolute)) throw new UsageError(`plan not found: ${target}`);
  const stats = statSync(absolute);
  if (stats.isDirectory()) {
    if (!existsSync(join(absolute, PLAN_FILE))) throw new UsageError(`no ${PLAN_FILE} in ${target}`);
    return absolute;
  }
  return dirname(absolute);
}

export function loadPlan(target: string, options: LoadOptions = {}): LoadedPlan {
  const folder = resolvePlanFolder(target);
  const displayBase = options.displayBase ?? process.cwd();
  const show = (absolutePath: string): string => displayPath(absolutePath, displayBase);
  const findings: Finding[] = [];
  const sources = new Map<string, SourceFile>();
  const files = new Map<string, string>();

  const collect = (result: ReadResult, display: string): void => {
    if (result.source) sources.set(display, result.source);
    for (const problem of result.positioned) findings.push({ ...problem, severity: 'error', file: display });
    findings.push(...locate(result.pending, display, result.source));
  };

  const rootPath = join(folder, PLAN_FILE);
  const rootDisplay = show(rootPath);
  files.set(rootDisplay, rootPath);
  const root = readPlanFile(rootPath, rootDisplay, ['plan']);
  collect(root, rootDisplay);
  if (root.kind !== null && root.kind !== 'plan') {
    findings.push(...locate([{ code: 'INCLUDE_KIND', path: ['kind'], message: `${PLAN_FILE} must be of kind plan, not ${root.kind}` }], rootDisplay, root.source));
  }
  if (!root.data || root.data.kind !== 'plan') {
    // Still check the files a broken plan.yaml names, so one run shows every finding.
    const include = (root.raw as { include?: unknown } | undefined)?.include;
    if (Array.isArray(include)) {
      const realFolder = realpathSync(folder);
      for (const relativePath of include) {
        if (typeof relativePath !== 'string') continue;
        const absolute = resolve(folder, relativePath);
        if (isAbsolute(relativePath) || !isInside(absolute, folder) || !existsSync(absolute) || !isInside(realpathSync(absolute), realFolder)) continue;
        const display = show(absolute);
        files.set(display, absolute);
        collect(readPlanFile(absolute, display, ['indicators', 'observations']), display);
      }
    }
    return { plan: null, findings, sources, folder, files };
  }
  const header = root.data as PlanHeader;

  const plan: Plan = {
    header,
    indicators: [],
    observations: [],
    judgements: [],
    origins: { indicators: new Map(), observations: new Map(), judgements: new Map() },
  };
  let complete = true;
  const realFolder = realpathSync(folder);
  header.include.forEach((relativePath, index) => {
    const includeFinding = (code: PendingFinding['code'], message: string): void => {
      findings.push(...locate([{ code, path: ['include', index], message }], rootDisplay, root.source));
      complete = false;
    };
    const absolute = resolve(folder, relativePath);
    if (isAbsolute(relativePath) || !isInside(absolute, folder)) {
      includeFinding('INCLUDE_OUTSIDE', `${JSON.stringify(relativePath)} is outside the plan folder`);
      return;
    }
    if (!existsSync(absolute)) {
      includeFinding('INCLUDE_MISSING', `${JSON.stringify(relativePath)} does not exist`);
      return;
    }
    if (!isInside(realpathSync(absolute), realFolder)) {
      includeFinding('INCLUDE_OUTSIDE', `${JSON.stringify(relativePath)} links outside the plan folder`);
      return;
    }
    const display = show(absolute);
    files.set(display, absolute);
    const result = readPlanFile(absolute, display, ['indicators', 'observations']);
    collect(result, display);
    if (!result.data) {
      complete = false;
      return;
    }
    if (result.data.kind === 'plan') {
      findings.push(...locate([{ code: 'INCLUDE_KIND', path: ['kind'], message: 'an included file cannot be another plan' }], display, result.source));
      complete = false;
      return;
    }
    mergeInto(plan, result.data, relativePath);
  });
  if (!complete) return { plan: null, findings, sources, folder, files };

  if (!options.skipMeaning) {
    const relativeToDisplay = new Map([...files].map(([display, absolute]) => [relative(folder, absolute).split(sep).join('/'), display]));
    for (const { origin, finding } of checkMeaning(plan, PLAN_FILE)) {
      const display = relativeToDisplay.get(origin.file) ?? origin.file;
      findings.push(...locate([{ ...finding, path: [...origin.path, ...finding.path] }], display, sources.get(display) ?? null));
    }
  }
  return { plan, findings, sources, folder, files };
}

function mergeInto(plan: Plan, data: IndicatorsFile | ObservationsFile, file: string): void {
  const origin = (key: string, index: number): Origin => ({ file, path: [key, index] });
  if (data.kind === 'indicators') {
    data.indicators.forEach((indicator, index) => {
      plan.indicators.push(indicator);
      plan.origins.indicators.set(indicator, origin('indicators', index));
    });
  } else {
    (data.observations ?? []).forEach((observation, index) => {
      plan.observations.push(observation);
      plan.origins.observations.set(observation, origin('observations', index));
    });
    (data.judgements ?? []).forEach((judgement, index) => {
      plan.judgements.push(judgement);
      plan.origins.judgements.set(judgement, origin('judgements', index));
    });
  }
}

/** Give pending findings their line and column. */
export function locate(pending: readonly PendingFinding[], file: string, source: SourceFile | null): Finding[] {
  return pending.map((finding) => {
    const position = source ? source.positionAt(finding.path, finding.atKey) : { line: 0, col: 0 };
    return {
      code: finding.code,
      severity: finding.severity ?? 'error',
      file,
      line: position.line,
      col: position.col,
      message: finding.message,
      pointer: toPointer(finding.path),
    };
  });
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export function displayPath(absolutePath: string, base: string): string {
  const rel = relative(base, absolutePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : absolutePath;
}
