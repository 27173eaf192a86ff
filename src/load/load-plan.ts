// A plan folder → one merged Plan, or findings. Reads plan.yaml, then each file it
// includes (which must stay inside the folder), keeping where every item came from.

import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { IndicatorsFile, ObservationsFile, Origin, Plan, PlanHeader } from '../model/types.js';
import { toPointer, type Finding, type PendingFinding } from '../validate/findings.js';
import { checkMeaning } from '../validate/meaning-check.js';
import { UsageError } from '../util/errors.js';
import { readPlanFile, type ReadResult } from './read-plan-file.js';
import type { SourceFile } from './source-file.js';
import { diskFs, type PlanFs } from './plan-fs.js';
import type { ValidatedCache } from './validated-cache.js';

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
  /** Where files are read from (default: the disk). */
  fs?: PlanFs;
  /** Files already parsed and schema-checked (the embedded plan's, made by the build). */
  cache?: ValidatedCache;
}

export const PLAN_FILE = 'plan.yaml';

/** Resolve what the user named (a folder or its plan.yaml) to the plan folder. */
export function resolvePlanFolder(target: string, fs: PlanFs = diskFs): string {
  const absolute = resolve(target);
  if (!fs.exists(absolute)) throw new UsageError(`plan not found: ${target}`);
  if (fs.isDirectory(absolute)) {
    if (!fs.exists(join(absolute, PLAN_FILE))) throw new UsageError(`no ${PLAN_FILE} in ${target}`);
    return absolute;
  }
  if (basename(absolute) !== PLAN_FILE) throw new UsageError(`${target} is not a plan: name a plan folder or its ${PLAN_FILE}`);
  return dirname(absolute);
}

export function loadPlan(target: string, options: LoadOptions = {}): LoadedPlan {
  const fs = options.fs ?? diskFs;
  const folder = resolvePlanFolder(target, fs);
  const displayBase = options.displayBase ?? process.cwd();
  const show = (absolutePath: string): string => displayPath(absolutePath, displayBase);
  const findings: Finding[] = [];
  const sources = new Map<string, SourceFile>();
  const files = new Map<string, string>();

  const collect = (result: ReadResult, display: string): void => {
    if (result.source) sources.set(display, result.source);
    findings.push(...findingsOfRead(result, display));
  };
  const readIncluded = (absolute: string): { result: ReadResult; display: string } => {
    const display = show(absolute);
    files.set(display, absolute);
    const result = readPlanFile(absolute, display, { expectedKinds: ['indicators', 'observations'], fs, cache: options.cache });
    collect(result, display);
    return { result, display };
  };

  const rootPath = join(folder, PLAN_FILE);
  const rootDisplay = show(rootPath);
  files.set(rootDisplay, rootPath);
  const root = readPlanFile(rootPath, rootDisplay, { expectedKinds: ['plan'], fs, cache: options.cache });
  collect(root, rootDisplay);
  if (root.kind !== null && root.kind !== 'plan') {
    findings.push(...locate([{ code: 'INCLUDE_KIND', path: ['kind'], message: `${PLAN_FILE} must be of kind plan, not ${root.kind}` }], rootDisplay, root.source));
  }
  if (!root.data || root.data.kind !== 'plan') {
    // Still check the files a broken plan.yaml names, so one run shows every finding.
    const include = (root.raw as { include?: unknown } | undefined)?.include;
    if (Array.isArray(include)) {
      for (const relativePath of include) {
        if (typeof relativePath !== 'string') continue;
        const resolved = resolveInclude(folder, relativePath, fs);
        if ('absolute' in resolved) readIncluded(resolved.absolute);
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
  header.include.forEach((relativePath, index) => {
    const resolved = resolveInclude(folder, relativePath, fs);
    if (!('absolute' in resolved)) {
      findings.push(...locate([{ code: resolved.code, path: ['include', index], message: resolved.message }], rootDisplay, root.source));
      complete = false;
      return;
    }
    const { result, display } = readIncluded(resolved.absolute);
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

  const relativeToDisplay = new Map([...files].map(([display, absolute]) => [relative(folder, absolute).split(sep).join('/'), display]));
  for (const { origin, finding } of checkMeaning(plan, PLAN_FILE)) {
    const display = relativeToDisplay.get(origin.file) ?? origin.file;
    findings.push(...locate([{ ...finding, path: [...origin.path, ...finding.path] }], display, sources.get(display) ?? null));
  }
  return { plan, findings, sources, folder, files };
}

/** An include's absolute path, or why it cannot be read: outside the folder, missing, or a link out. */
function resolveInclude(folder: string, relativePath: string, fs: PlanFs): { absolute: string } | { code: PendingFinding['code']; message: string } {
  const absolute = resolve(folder, relativePath);
  const quoted = JSON.stringify(relativePath);
  if (isAbsolute(relativePath) || !isInside(absolute, folder)) return { code: 'INCLUDE_OUTSIDE', message: `${quoted} is outside the plan folder` };
  if (!fs.exists(absolute)) return { code: 'INCLUDE_MISSING', message: `${quoted} does not exist` };
  if (!isInside(fs.realpath(absolute), fs.realpath(folder))) return { code: 'INCLUDE_OUTSIDE', message: `${quoted} links outside the plan folder` };
  return { absolute };
}

/** The findings of one file read: those already positioned, and those located now. */
export function findingsOfRead(result: ReadResult, display: string): Finding[] {
  return [...result.positioned.map((problem) => ({ ...problem, severity: 'error' as const, file: display })), ...locate(result.pending, display, result.source)];
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
