// Which plan a command works on: --plan, else ./plan.yaml, else the embedded Shanghai plan.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EMBEDDED_PLAN, PACKAGE_ROOT } from '../util/package-paths.js';

export interface PlanChoice {
  path: string;
  /** Base for the paths shown in findings. */
  displayBase: string;
  embedded: boolean;
}

export function choosePlan(planOption: string | undefined, cwd = process.cwd()): PlanChoice {
  if (planOption) return { path: resolve(cwd, planOption), displayBase: cwd, embedded: false };
  if (existsSync(resolve(cwd, 'plan.yaml'))) return { path: cwd, displayBase: cwd, embedded: false };
  return { path: EMBEDDED_PLAN, displayBase: PACKAGE_ROOT, embedded: true };
}
