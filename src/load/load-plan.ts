// A plan folder → one merged Plan, or findings. Reads plan.yaml, then each file it
// includes (which must stay inside the folder), keeping where every item came from.

import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileKind, Indicator, IndicatorsFile, Judgement, Observation, ObservationsFile, Plan, PlanFileData, PlanHeader } from '../model/types.js';
import type { Finding, FindingFact } from '../model/findings.js';
import { checkMeaning } from '../validate/meaning-check.js';
import { UsageError } from '../util/errors.js';
import { keptData, type FileTask } from './check-file.js';
import { findingsOfRead, locate } from './locate-findings.js';
import { OriginIndex } from '../validate/origins.js';
import { checkFiles, workerCount } from './parallel-check.js';
import { readPlanFile, readText } from './read-plan-file.js';
import { SourceFile } from './source-file.js';
import { diskFs, type PlanFs } from './plan-fs.js';
import type { ValidatedCache } from './validated-cache.js';

export { findingsOfRead, locate } from './locate-findings.js';

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
  /** Worker threads to check the included files with (default: by the plan's size, parallel-check.ts). */
  workers?: number;
  /** Check the included files one by one, keeping only their data (default: above LARGE_PLAN_BYTES, or with workers). */
  fileByFile?: boolean;
  /** Leave every included file to the workers (tests; default: PLAN_WORKERS_ONLY=1). */
  workersOnly?: boolean;
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

  const rootPath = join(folder, PLAN_FILE);
  const rootDisplay = show(rootPath);
  files.set(rootDisplay, rootPath);
  const root = readPlanFile(rootPath, rootDisplay, { expectedKinds: ['plan'], fs, cache: options.cache });
  if (root.source) sources.set(rootDisplay, root.source);
  findings.push(...findingsOfRead(root, rootDisplay));
  if (root.kind !== null && root.kind !== 'plan') {
    findings.push(...locate([{ code: 'INCLUDE_KIND', path: ['kind'], args: { problem: 'root-not-plan', file: PLAN_FILE, kind: root.kind } }], rootDisplay, root.source));
  }
  const broken = !root.data || root.data.kind !== 'plan';

  // Every include resolved first, then the files checked (on several threads for a large
  // plan), then their results taken in include order: findings and data come out in the
  // same order however the files were checked.
  const entries: Include[] = [];
  if (broken) {
    // Still check the files a broken plan.yaml names, so one run shows every finding.
    const include = (root.raw as { include?: unknown } | undefined)?.include;
    if (Array.isArray(include)) {
      for (const relativePath of include) {
        if (typeof relativePath !== 'string') continue;
        const resolved = resolveInclude(folder, relativePath, fs);
        if ('absolute' in resolved) entries.push({ relativePath, index: entries.length, resolved });
      }
    }
  } else {
    (root.data as PlanHeader).include.forEach((relativePath, index) => entries.push({ relativePath, index, resolved: resolveInclude(folder, relativePath, fs) }));
  }
  const tasks: FileTask[] = [];
  for (const entry of entries) {
    if ('absolute' in entry.resolved) tasks.push({ absolute: entry.resolved.absolute, display: show(entry.resolved.absolute), expectedKinds: ['indicators', 'observations'] });
  }
  const checked = checkIncluded(tasks, fs, options);

  const header = broken ? null : (root.data as PlanHeader);
  const indicators: Indicator[] = [];
  const observations: Observation[] = [];
  const judgements: Judgement[] = [];
  const origins = { indicators: new OriginIndex(indicators), observations: new OriginIndex(observations), judgements: new OriginIndex(judgements) };
  let complete = !broken;
  let taskIndex = 0;
  for (const entry of entries) {
    if (!('absolute' in entry.resolved)) {
      findings.push(...locate([{ ...entry.resolved.fact, path: ['include', entry.index] }], rootDisplay, root.source));
      complete = false;
      continue;
    }
    const task = tasks[taskIndex]!;
    const result = checked[taskIndex++]!;
    files.set(task.display, task.absolute);
    if (result.source) sources.set(task.display, result.source);
    findings.push(...result.findings);
    if (broken) continue;
    if (!result.data) {
      complete = false;
      continue;
    }
    if (result.data.kind === 'plan') {
      findings.push(...locate([{ code: 'INCLUDE_KIND', path: ['kind'], args: { problem: 'plan-included' } }], task.display, result.source));
      complete = false;
      continue;
    }
    if (complete) mergeInto({ indicators, observations, judgements, origins }, result.data, entry.relativePath);
  }
  if (!complete || !header) return { plan: null, findings, sources, folder, files };
  const plan: Plan = { header, indicators, observations, judgements, origins };

  // Every file exactly as the build checked it (validated-cache.ts), and the build caches a
  // plan only when it has no finding at all: the meaning checks would find nothing again.
  if (root.fromCache && checked.every((result) => result.fromCache)) return { plan, findings, sources, folder, files };
  const relativeToDisplay = new Map([...files].map(([display, absolute]) => [relative(folder, absolute).split(sep).join('/'), display]));
  for (const { origin, finding } of checkMeaning(plan, PLAN_FILE)) {
    const display = relativeToDisplay.get(origin.file) ?? origin.file;
    findings.push(...locate([{ ...finding, path: [...origin.path, ...finding.path] }], display, sources.get(display) ?? null));
  }
  return { plan, findings, sources, folder, files };
}

interface Include {
  relativePath: string;
  /** Its place in plan.yaml's `include`. */
  index: number;
  resolved: { absolute: string } | { fact: IncludeProblem };
}

/** An included file as the plan keeps it. */
interface IncludedFile {
  kind: FileKind | null;
  findings: Finding[];
  source: SourceFile | null;
  data: PlanFileData | null;
  fromCache?: boolean;
}

/**
 * Included files above this many bytes in all are checked file by file, each file's text
 * and parse let go once it is checked (read again only for a position a finding or an edit
 * asks for), its data kept with strings of its own, one copy of each a file (none of them a
 * slice that would keep the whole text alive). A smaller plan keeps its files as read:
 * nothing to save, and no copying on the embedded plan's start.
 */
export const LARGE_PLAN_BYTES = 2 * 1024 * 1024;

function checkIncluded(tasks: readonly FileTask[], fs: PlanFs, options: LoadOptions): IncludedFile[] {
  const cache = options.cache;
  const sizes = tasks.map((task) => {
    try {
      return fs.size(task.absolute);
    } catch {
      return 0;
    }
  });
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  // Workers read from the disk: a plan read from git or with an edit overlaid stays here.
  const workers = fs === diskFs && !cache ? (options.workers ?? workerCount(bytes, tasks.length)) : 0;
  if (!(options.fileByFile ?? (bytes >= LARGE_PLAN_BYTES || workers > 0))) {
    return tasks.map((task) => {
      const result = readPlanFile(task.absolute, task.display, { expectedKinds: task.expectedKinds, fs, cache });
      return { kind: result.kind, findings: findingsOfRead(result, task.display), source: result.source, data: result.data, fromCache: result.fromCache };
    });
  }
  const sizeOf = new Map(tasks.map((task, index) => [task, sizes[index]!]));
  return checkFiles(
    tasks,
    workers,
    (check, task) => ({
      kind: check.kind,
      findings: check.findings,
      source: check.decoded ? new SourceFile(task.display, undefined, () => readText(task.absolute, fs) ?? '') : null,
      data: keptData(check),
    }),
    fs,
    (task) => sizeOf.get(task) ?? 0,
    options.workersOnly,
  );
}

/** An include's absolute path, or why it cannot be read: outside the folder, missing, or a link out. */
function resolveInclude(folder: string, relativePath: string, fs: PlanFs): { absolute: string } | { fact: IncludeProblem } {
  const absolute = resolve(folder, relativePath);
  const path = relativePath;
  if (isAbsolute(path) || !isInside(absolute, folder)) return { fact: { code: 'INCLUDE_OUTSIDE', args: { path, check: 'path' } } };
  if (!fs.exists(absolute)) return { fact: { code: 'INCLUDE_MISSING', args: { path } } };
  if (!isInside(fs.realpath(absolute), fs.realpath(folder))) return { fact: { code: 'INCLUDE_OUTSIDE', args: { path, check: 'link' } } };
  return { absolute };
}

type IncludeProblem = FindingFact<'INCLUDE_OUTSIDE' | 'INCLUDE_MISSING'>;

interface PlanLists {
  indicators: Indicator[];
  observations: Observation[];
  judgements: Judgement[];
  origins: { indicators: OriginIndex<Indicator>; observations: OriginIndex<Observation>; judgements: OriginIndex<Judgement> };
}

function mergeInto(plan: PlanLists, data: IndicatorsFile | ObservationsFile, file: string): void {
  const append = <T extends object>(list: T[], origins: OriginIndex<T>, key: string, items: readonly T[] | undefined): void => {
    if (!items) return;
    origins.addRun(file, key, list.length, items.length);
    for (const item of items) list.push(item);
  };
  if (data.kind === 'indicators') append(plan.indicators, plan.origins.indicators, 'indicators', data.indicators);
  else {
    append(plan.observations, plan.origins.observations, 'observations', data.observations);
    append(plan.judgements, plan.origins.judgements, 'judgements', data.judgements);
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export function displayPath(absolutePath: string, base: string): string {
  const rel = relative(base, absolutePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : absolutePath;
}
