// plan record as separate processes, through the built CLI: two started at once both
// land (the lock serialises them). The kill test is in test/slow (npm run test:slow).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BIN, copyOf, env, expectValidPlan, runRecord } from './process-helpers.js';

describe('plan record in separate processes', () => {
  it('exit codes through the CLI: 0 recorded, 1 refused with the finding, 2 for bad usage', () => {
    const folder = copyOf('plan');
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'record', ...args, '--plan', folder], { env: env(), encoding: 'utf8' });
    const recorded = run('air-pollutants', '2025', '27', '--component', 'pm25', '--source', 'bulletin', '--published', '2026-03-01');
    expect(recorded.status, recorded.stderr).toBe(0);
    expect(recorded.stdout).toBe('');
    const refused = run('air-pollutants', '2025', '27', '--source', 'bulletin');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/COMPONENT_REQUIRED/);
    const typo = run('air-polutants', '2025', '27', '--source', 'bulletin');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/did you mean air-pollutants\?/);
    expect(run('air-pollutants', '2025', 'x', '--source', 'b').status).toBe(2);
    expect(run('air-pollutants', '2025', '27').stderr).toMatch(/--source/);
    for (const result of [recorded, refused, typo]) expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('two started at once on the same file both land', async () => {
    const folder = copyOf('fixtures/valid/minimal');
    const file = join(folder, 'observations.yaml');
    for (let round = 0; round < 3; round++) {
      const years = [2028 + 2 * round, 2029 + 2 * round];
      const runs = await Promise.all(years.map((year) => runRecord(['gdp-growth', String(year), '5', '--measure', 'rate', '--source', `run ${year}`, '--plan', folder], file)));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      const recorded = (jsYaml.load(readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as { observations: { year: number }[] }).observations.map((o) => o.year);
      for (const year of years) expect(recorded).toContain(year);
      expect(recorded).toHaveLength(3 + 2 * round);
    }
    expect(existsSync(`${file}.lock`)).toBe(false);
    expectValidPlan(folder);
  });
});
