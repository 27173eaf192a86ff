// Small in-memory plans for the engine tests: a 2021–2025 plan with base year 2020 and the
// default settings, holding whatever indicators, observations and judgements a test gives.

import type { Indicator, Judgement, Observation, Plan, PlanDefaults, PlanHeader, Target } from '../../src/model/types.js';
import { evaluatePlan, type EvaluateOptions } from '../../src/kinds/evaluate.js';
import type { Evaluation } from '../../src/engine/types.js';

export interface PlanParts {
  indicators: Indicator[];
  observations?: Observation[];
  judgements?: Judgement[];
  defaults?: PlanDefaults;
  header?: Partial<PlanHeader>;
}

export function header(overrides: Partial<PlanHeader> = {}): PlanHeader {
  return {
    schema: 'plan/v1',
    kind: 'plan',
    id: 'test-plan',
    title: { zh: '测试规划', en: 'Test plan' },
    period: { start: 2021, end: 2025 },
    baseYear: 2020,
    adopted: '2021-01-27',
    revision: 1,
    revisions: [{ revision: 1, date: '2021-01-27', note: 'first' }],
    defaults: { approxTolerance: 0.05, inStepTolerance: 1, path: 'compound', thresholds: { onTrack: 0.95, atRisk: 0.6 } },
    include: [],
    ...overrides,
  };
}

export function makePlan(parts: PlanParts): Plan {
  const observations = parts.observations ?? [];
  const judgements = parts.judgements ?? [];
  const head = header(parts.header);
  if (parts.defaults) head.defaults = parts.defaults;
  return {
    header: head,
    indicators: parts.indicators,
    observations,
    judgements,
    origins: {
      indicators: new Map(parts.indicators.map((indicator, i) => [indicator, { file: 'indicators/test.yaml', path: ['indicators', i] }])),
      observations: new Map(observations.map((observation, i) => [observation, { file: 'observations/test.yaml', path: ['observations', i] }])),
      judgements: new Map(judgements.map((judgement, i) => [judgement, { file: 'observations/test.yaml', path: ['judgements', i] }])),
    },
  };
}

export function indicator(id: string, target: Target, extra: Partial<Indicator> = {}): Indicator {
  return {
    id,
    name: { zh: id, en: id },
    unit: 'unit',
    attribute: 'expected',
    direction: 'increase',
    section: '2.3',
    quote: id,
    target,
    ...extra,
  };
}

/** Observations of one indicator from a { year: value } table. */
export function series(id: string, values: Record<number, number>, extra: Partial<Observation> = {}): Observation[] {
  return Object.entries(values).map(([year, value]) => ({ indicator: id, year: Number(year), value, source: 'test', ...extra }));
}

export const AS_OF_ALL = (asOf: string): EvaluateOptions => ({ asOf, rule: { kind: 'all' }, method: 'pace' });

/** Evaluates a plan of one indicator and returns its evaluation. */
export function evaluateOne(parts: PlanParts, options: EvaluateOptions = AS_OF_ALL('2023-12-31')): Evaluation {
  const plan = makePlan(parts);
  const evaluations = evaluatePlan(plan, options);
  const first = parts.indicators[0]!.id;
  const found = evaluations.find((evaluation) => evaluation.indicator.id === first);
  if (!found) throw new Error(`no evaluation for ${first}`);
  return found;
}
