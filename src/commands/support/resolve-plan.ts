// Which plan a command works on: --plan; else the nearest plan.yaml in the current folder
// or a folder above it, as git finds its repository (a command run in a subfolder of a
// plan works on that plan); else the embedded Shanghai plan, which is said on stderr.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readValidatedCache, type ValidatedCache } from '../../load/validated-cache.js';
import { BUILD_ID } from '../../util/build-id.js';
import { EMBEDDED_PLAN, PACKAGE_ROOT } from '../../util/package-paths.js';

export interface PlanChoice {
  path: string;
  /** Base for the paths shown in findings. */
  displayBase: string;
  /** Chosen because no plan was named and none was found: the package's own plan. */
  embedded: boolean;
  /** For the embedded plan's folder: its files as the build parsed and checked them. */
  cache?: ValidatedCache;
}

export const EMBEDDED_NOTICE = 'plan: no plan.yaml here or above; using the embedded Shanghai plan\n';

export function choosePlan(planOption: string | undefined, cwd = process.cwd()): PlanChoice {
  if (planOption) {
    const path = resolve(cwd, planOption);
    // The embedded plan named by its path is still the one the build checked: its cache
    // serves (it is used only for files whose text is unchanged).
    return { path, displayBase: cwd, embedded: false, ...(isEmbeddedFolder(path) ? withCache() : {}) };
  }
  const found = findPlanUpward(cwd);
  if (found) return { path: found, displayBase: cwd, embedded: false };
  return { path: EMBEDDED_PLAN, displayBase: PACKAGE_ROOT, embedded: true, ...withCache() };
}

/** The nearest folder from `cwd` upward that holds a plan.yaml, or null. */
export function findPlanUpward(cwd: string): string | null {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'plan.yaml'))) return folder;
    if (dirname(folder) === folder) return null;
  }
}

function isEmbeddedFolder(path: string): boolean {
  return path === EMBEDDED_PLAN || path === join(EMBEDDED_PLAN, 'plan.yaml');
}

function withCache(): { cache?: ValidatedCache } {
  const cache = readValidatedCache(join(PACKAGE_ROOT, 'dist', 'embedded-plan.json'), BUILD_ID);
  return cache ? { cache } : {};
}
