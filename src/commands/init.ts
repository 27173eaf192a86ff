// plan init DIR: a new plan skeleton that validates as written, with editor modelines
// pointing at a copy of the schemas inside the folder.

import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatISO } from 'date-fns';
import { writeFileAtomic } from '../edit/atomic-write.js';
import { explainingFileSystem, UsageError } from '../util/errors.js';
import { defineCommand, result } from './command.js';
import { SCHEMAS_DIR } from '../util/package-paths.js';

const PLAN_KINDS = ['plan', 'indicators', 'observations'];

export function initCommand(dir: string, today: Date, cwd = process.cwd()): string {
  const folder = resolve(cwd, dir);
  if (existsSync(join(folder, 'plan.yaml'))) throw new UsageError(`${dir} already holds a plan.yaml; nothing written`);
  if (existsSync(folder) && readdirSync(folder).some((name) => ['indicators.yaml', 'observations.yaml', 'schemas'].includes(name))) {
    throw new UsageError(`${dir} already holds plan files; nothing written`);
  }
  const date = formatISO(today, { representation: 'date' });
  const year = today.getFullYear();
  explainingFileSystem('create the plan in', dir, () => {
    mkdirSync(join(folder, 'schemas'), { recursive: true });
    for (const kind of PLAN_KINDS) copyFileSync(join(SCHEMAS_DIR, `${kind}.schema.json`), join(folder, 'schemas', `${kind}.schema.json`));
    writeFileAtomic(join(folder, 'plan.yaml'), planSkeleton(date, year));
    writeFileAtomic(join(folder, 'indicators.yaml'), indicatorsSkeleton(year));
    writeFileAtomic(join(folder, 'observations.yaml'), observationsSkeleton(year));
  });
  return `created ${dir}/plan.yaml, indicators.yaml, observations.yaml and schemas/\nnext: edit them, then run \`plan validate --plan ${dir}\`\n`;
}

function planSkeleton(date: string, year: number): string {
  return `# yaml-language-server: $schema=schemas/plan.schema.json
schema: plan/v1
kind: plan
id: my-plan
title:
  zh: 我的规划
  en: My plan
period:
  start: ${year + 1}
  end: ${year + 5}
baseYear: ${year}
adopted: ${date}
revision: 1
revisions:
  - revision: 1
    date: ${date}
    note: First version.
defaults:
  approxTolerance: 0.05   # a 左右 (approx) target is met within 5% of its value
  path: compound          # progress expected by now follows the compound path
  thresholds:
    onTrack: 0.95         # pace at or above this is on-track
    atRisk: 0.6           # pace at or above this (and below onTrack) is at-risk
include:
  - indicators.yaml
  - observations.yaml
`;
}

function indicatorsSkeleton(year: number): string {
  return `# yaml-language-server: $schema=schemas/indicators.schema.json
schema: plan/v1
kind: indicators
indicators:
  - id: gdp-growth
    no: 1
    name:
      zh: 地区生产总值年均增长率
      en: Average annual GDP growth
    unit: "%"
    attribute: expected
    direction: increase
    section: "2.1"
    quote: 地区生产总值年均增长5%左右   # the source phrase, verbatim
    target:
      kind: average-growth
      comparator: approx
      value: 5
      observe: rate       # observations are yearly growth rates in percent
  - id: forest-coverage
    no: 2
    name:
      zh: 森林覆盖率
      en: Forest coverage
    unit: "%"
    attribute: binding
    direction: increase
    section: "2.1"
    quote: 森林覆盖率达到20%
    target:
      kind: level
      comparator: ">="
      value: 20
    baseline:
      year: ${year}
      value: 18
      source: the plan's review of the previous period
`;
}

function observationsSkeleton(year: number): string {
  return `# yaml-language-server: $schema=schemas/observations.schema.json
schema: plan/v1
kind: observations
observations:
  - indicator: gdp-growth
    year: ${year + 1}
    value: 5.2
    measure: rate
    source: statistical bulletin ${year + 1}
`;
}

export const init = defineCommand<Record<string, never>>({
  declare: (program) => program.command('init').description('write a new, valid plan skeleton with editor modelines').argument('<dir>', 'folder to create the plan in'),
  run: ([dir], _options, { today }) => result({ stderr: initCommand(dir as string, today) }),
});
