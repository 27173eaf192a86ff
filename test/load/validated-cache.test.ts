// The build's cache of the embedded plan is used only for bytes it was made from.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import { prevalidate } from '../../src/load/prevalidate.js';
import { cacheFromFiles, type ValidatedCache } from '../../src/load/validated-cache.js';
import { EMBEDDED_PLAN } from '../../src/util/package-paths.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function copyOfEmbeddedPlan(): string {
  const folder = mkdtempSync(join(tmpdir(), 'plan-cache-'));
  folders.push(folder);
  cpSync(EMBEDDED_PLAN, folder, { recursive: true });
  return folder;
}

function cacheOf(folder: string): ValidatedCache & { hits: number } {
  const { cache } = prevalidate(folder, 'test');
  expect(cache).not.toBeNull();
  const inner = cacheFromFiles(cache!.files);
  const counting = {
    hits: 0,
    lookup(text: string) {
      const found = inner.lookup(text);
      if (found) counting.hits += 1;
      return found;
    },
  };
  return counting;
}

/** plan.yaml and the files it includes. */
function countedFiles(folder: string): number {
  return loadPlan(folder).plan!.header.include.length + 1;
}

describe('validated cache', () => {
  it('serves unchanged files and gives the same plan as a full read', () => {
    const folder = copyOfEmbeddedPlan();
    const cache = cacheOf(folder);
    const cached = loadPlan(folder, { cache });
    const full = loadPlan(folder);
    // every file of the plan: plan.yaml and each it includes
    expect(cache.hits).toBe(countedFiles(folder));
    expect(cached.findings).toEqual([]);
    expect(JSON.stringify(cached.plan!.indicators)).toBe(JSON.stringify(full.plan!.indicators));
  });

  it('misses a file whose bytes changed, so its new problems are found', () => {
    const folder = copyOfEmbeddedPlan();
    const cache = cacheOf(folder);
    const files = countedFiles(folder);
    const file = join(folder, 'indicators', 'main.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    unit: "%"', '    untis: "%"'));
    const loaded = loadPlan(folder, { cache });
    expect(cache.hits).toBe(files - 1);
    expect(loaded.findings.map((finding) => finding.code)).toContain('KEY_UNKNOWN');
  });

  it('is not made for a plan with findings', () => {
    const folder = copyOfEmbeddedPlan();
    const file = join(folder, 'observations', 'shanghai.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('indicator: gdp-growth', 'indicator: gdp-growht'));
    expect(prevalidate(folder, 'test').cache).toBeNull();
  });
});
