// Every target kind and the module that owns it. The one place a kind is looked up.

import type { Target, TargetKind } from '../model/types.js';
import { annual } from './annual.js';
import { averageGrowth } from './average-growth.js';
import { change } from './change.js';
import { cumulativeGrowth } from './cumulative-growth.js';
import { cumulativeSum } from './cumulative-sum.js';
import { everyYear } from './every-year.js';
import { external } from './external.js';
import { factor } from './factor.js';
import { inStepWith } from './in-step-with.js';
import type { KindModule } from './kind-module.js';
import { level } from './level.js';
import { milestone } from './milestone.js';
import { reduction } from './reduction.js';
import { relative } from './relative.js';
import { standard } from './standard.js';

export const KIND_MODULES: { readonly [K in TargetKind]: KindModule<K> } = {
  level,
  'average-growth': averageGrowth,
  'cumulative-growth': cumulativeGrowth,
  factor,
  reduction,
  'cumulative-sum': cumulativeSum,
  'every-year': everyYear,
  'in-step-with': inStepWith,
  standard,
  external,
  milestone,
  change,
  relative,
  annual,
};

/**
 * The module of a target's kind. Its methods take the union of targets; each module's own
 * signature narrows it, which method parameters allow (they are checked bivariantly), and
 * `KIND_MODULES` above is what guarantees the kinds agree.
 */
export function kindOf(target: Target): KindModule {
  return KIND_MODULES[target.kind] as KindModule;
}
