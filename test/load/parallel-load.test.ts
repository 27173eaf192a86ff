// However a plan's files are checked (whole on this thread, file by file keeping only their
// data, or by worker threads) the findings are the same, in the same order and at the same
// file:line:col, and so is the plan: file by file on every fixture, the embedded plan, the
// national example and a generated plan; by workers on a plan of each kind of finding and
// the large ones. The workers run the bundle (dist/check-worker.cjs, built by `npm test`).

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../../fixtures/generate-plan.mjs';
import { loadPlan, type LoadedPlan, type LoadOptions } from '../../src/load/load-plan.js';
import { lastCheck, WORKER_BUNDLE } from '../../src/load/parallel-check.js';
import { OriginIndex } from '../../src/validate/origins.js';
import { EMBEDDED_PLAN, PACKAGE_ROOT } from '../../src/util/package-paths.js';

const temp = mkdtempSync(join(tmpdir(), 'plan-parallel-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const generated = join(temp, 'generated');
generatePlan(generated, 1500);

const fixtures = (kind: string): string[] => readdirSync(join(PACKAGE_ROOT, 'fixtures', kind)).map((name) => join(PACKAGE_ROOT, 'fixtures', kind, name));
const FOLDERS = [EMBEDDED_PLAN, join(PACKAGE_ROOT, 'examples', 'national-14th-fyp'), ...fixtures('valid'), ...fixtures('invalid'), generated];
/**
 * Worker threads take some 75 ms to start: they check a plan of each kind of finding
 * (syntax, encoding, data, schema, includes, meaning across files) and the large ones.
 */
const WITH_WORKERS = [
  EMBEDDED_PLAN,
  join(PACKAGE_ROOT, 'examples', 'national-14th-fyp'),
  generated,
  ...['malformed-yaml', 'non-utf8', 'control-character-in-name', 'key-typo', 'include-missing', 'duplicate-id-across-files', 'duplicate-observation', 'alias-bomb'].map((name) => join(PACKAGE_ROOT, 'fixtures', 'invalid', name)),
];
const named = (folders: string[]): [string, string][] => folders.map((folder) => [folder.slice(PACKAGE_ROOT.length + 1) || folder, folder]);

/**
 * What a load gives that anyone can see: findings, plan, files and the text of every
 * source. Origins as a list in the plan's order (a map keyed by objects compares in
 * quadratic time).
 */
function seen(loaded: LoadedPlan): unknown {
  const plan = loaded.plan;
  return {
    findings: loaded.findings,
    plan: plan && {
      ...plan,
      origins: {
        indicators: plan.indicators.map((item) => plan.origins.indicators.get(item)),
        observations: plan.observations.map((item) => plan.origins.observations.get(item)),
        judgements: plan.judgements.map((item) => plan.origins.judgements.get(item)),
      },
    },
    files: [...loaded.files],
    sources: [...loaded.sources].map(([file, source]) => [file, source.text]),
  };
}

function load(folder: string, options: LoadOptions): LoadedPlan {
  return loadPlan(folder, { displayBase: folder, ...options });
}

describe.each(named(FOLDERS))('%s', (_name, folder) => {
  it('file by file on one thread: the same findings, plan and sources', () => {
    expect(seen(load(folder, { workers: 0, fileByFile: true }))).toEqual(seen(load(folder, { workers: 0, fileByFile: false })));
  });
});

describe.each(named(WITH_WORKERS))('%s', (_name, folder) => {
  it('every file checked by worker threads: the same findings, plan and sources', () => {
    expect(existsSync(WORKER_BUNDLE), 'npm run build makes the worker bundle').toBe(true);
    const parallel = load(folder, { workers: 2, workersOnly: true });
    const included = parallel.files.size - 1;
    expect(lastCheck.byWorkers, 'files the workers checked').toBe(included);
    expect(seen(parallel)).toEqual(seen(load(folder, { workers: 0, fileByFile: false })));
  });
});

describe('origins', () => {
  it('each item at its file and index, looked up by item or by place', () => {
    const loaded = load(generated, { workers: 1 });
    const plan = loaded.plan!;
    for (const [list, key] of [
      [plan.indicators, 'indicators'],
      [plan.observations, 'observations'],
    ] as const) {
      const origins = plan.origins[key] as OriginIndex<object>;
      expect(origins).toBeInstanceOf(OriginIndex);
      expect(origins.size).toBe(list.length);
      let previous = { file: '', index: -1 };
      list.forEach((item, place) => {
        const origin = origins.get(item)!;
        expect(origins.at(place)).toEqual(origin);
        expect(origin.path[0]).toBe(key);
        const index = origin.path[1] as number;
        expect(index).toBe(origin.file === previous.file ? previous.index + 1 : 0);
        previous = { file: origin.file, index };
      });
      expect([...origins.keys()]).toEqual(list);
    }
    expect(plan.origins.observations.get({ ...plan.observations[0]! })).toBeUndefined();
  });
});
