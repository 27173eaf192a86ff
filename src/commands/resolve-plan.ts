// Which plan a command works on: --plan, else ./plan.yaml, else the embedded Shanghai plan.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readValidatedCache, type ValidatedCache } from '../load/validated-cache.js';
import { BUILD_ID } from '../util/build-id.js';
import { EMBEDDED_PLAN, PACKAGE_ROOT } from '../util/package-paths.js';

export interface PlanChoice {
  path: string;
  /** Base for the paths shown in findings. */
  displayBase: string;
  embedded: boolean;
  /** For the embedded plan: its files as the build parsed and checked them. */
  cache?: ValidatedCache;
}

export function choosePlan(planOption: string | undefined, cwd = process.cwd()): PlanChoice {
  if (planOption) return { path: resolve(cwd, planOption), displayBase: cwd, embedded: false };
  if (existsSync(resolve(cwd, 'plan.yaml'))) return { path: cwd, displayBase: cwd, embedded: false };
  const cache = readValidatedCache(join(PACKAGE_ROOT, 'dist', 'embedded-plan.json'), BUILD_ID);
  return { path: EMBEDDED_PLAN, displayBase: PACKAGE_ROOT, embedded: true, ...(cache ? { cache } : {}) };
}
