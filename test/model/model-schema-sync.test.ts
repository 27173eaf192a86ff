// src/model/types.ts and schemas/*.schema.json describe the same files. TypeScript types
// vanish at run time, so the test compares the schemas' property names with objects typed
// as the model: a key the model lacks fails to compile; a key the schema lacks fails here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Component, Indicator, Observation, PlanHeader, Judgement, Baseline } from '../../src/model/types.js';
import { TARGET_KINDS } from '../../src/model/types.js';
import { SCHEMAS_DIR } from '../../src/util/package-paths.js';

type Keys<T> = { [K in keyof Required<T>]: true };

const planKeys: Keys<PlanHeader> = { schema: true, kind: true, id: true, title: true, languages: true, period: true, baseYear: true, adopted: true, revision: true, revisions: true, source: true, defaults: true, include: true };
const indicatorKeys: Keys<Indicator> = { id: true, no: true, name: true, unit: true, attribute: true, direction: true, section: true, quote: true, target: true, annual: true, baseline: true, description: true, components: true, context: true, restatedIn: true };
const observationKeys: Keys<Observation> = { indicator: true, component: true, year: true, value: true, unit: true, measure: true, approx: true, basis: true, source: true, published: true, url: true, quality: true, note: true };
const judgementKeys: Keys<Judgement> = { indicator: true, date: true, status: true, evidence: true, source: true, url: true };
const componentKeys: Keys<Component> = { id: true, name: true, unit: true, statistic: true, limit: true, stricterLimit: true };
const baselineKeys: Keys<Baseline> = { year: true, value: true, source: true, quote: true };

const schema = (name: string): { properties: Record<string, unknown>; $defs: Record<string, { properties?: Record<string, unknown>; oneOf?: { $ref: string }[] }> } =>
  JSON.parse(readFileSync(join(SCHEMAS_DIR, `${name}.schema.json`), 'utf8'));

const sorted = (keys: object): string[] => Object.keys(keys).sort();

describe('model types and schemas', () => {
  it('agree on the plan file', () => {
    expect(sorted(schema('plan').properties)).toEqual(sorted(planKeys));
  });
  it('agree on indicators, components and baselines', () => {
    const defs = schema('indicators').$defs;
    expect(sorted(defs.indicator!.properties!)).toEqual(sorted(indicatorKeys));
    expect(sorted(defs.component!.properties!)).toEqual(sorted(componentKeys));
    expect(sorted(defs.baseline!.properties!)).toEqual(sorted(baselineKeys));
  });
  it('agree on observations and judgements', () => {
    const defs = schema('observations').$defs;
    expect(sorted(defs.observation!.properties!)).toEqual(sorted(observationKeys));
    expect(sorted(defs.judgement!.properties!)).toEqual(sorted(judgementKeys));
  });
  it('agree on the target kinds, one schema branch each', () => {
    const defs = schema('indicators').$defs;
    const kinds = defs.target!.oneOf!.map((branch) => {
      const name = branch.$ref.split('/').at(-1)!;
      return (defs[name]!.properties!.kind as { const: string }).const;
    });
    expect(kinds.sort()).toEqual([...TARGET_KINDS].sort());
  });
});
