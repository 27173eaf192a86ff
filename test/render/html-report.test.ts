// plan report: a self-contained page, every text from the plan escaped, a chart for every
// indicator with something observed.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/commands/report.js';
import { evaluatePlan } from '../../src/kinds/evaluate.js';
import { dateOfYear } from '../../src/engine/observations.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { chartSpec } from '../../src/render/chart-spec.js';
import { escapeHtml } from '../../src/render/html-report.js';
import { EMBEDDED_PLAN } from '../../src/util/package-paths.js';
import { indicator, makePlan, series } from '../engine/plan-builder.js';

const folder = mkdtempSync(join(tmpdir(), 'plan-report-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const today = new Date('2026-11-29T12:00:00Z');

describe('plan report', () => {
  it('charts every indicator with an observation, and lists every indicator', async () => {
    const plan = loadPlan(EMBEDDED_PLAN).plan!;
    const out = join(folder, 'shanghai.html');
    await reportCommand(plan, { out, lang: 'en', year: '2025' }, today);
    const html = readFileSync(out, 'utf8');
    const charted = evaluatePlan(plan, { asOf: dateOfYear(plan.observations, 2025), rule: { kind: 'year', year: 2025, date: dateOfYear(plan.observations, 2025) }, method: 'pace' }).filter((evaluation) => chartSpec(evaluation) !== null);
    expect(charted.length).toBeGreaterThan(5);
    expect(html.match(/<svg/g)?.length).toBe(charted.length);
    for (const row of plan.indicators) expect(html).toContain(`<section id="${row.id}">`);
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('escapes text from the plan, in the page and in the charts', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const plan = makePlan({
      indicators: [indicator('share', { kind: 'level', comparator: '>=', value: 50 }, { name: { zh: hostile, en: hostile }, unit: hostile, quote: hostile })],
      observations: series('share', { 2020: 40, 2021: 42, 2022: 45 }),
    });
    const out = join(folder, 'hostile.html');
    await reportCommand(plan, { out, lang: 'en' }, today);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml(hostile));
    expect(html.match(/<svg/g)?.length).toBe(1);
  });

  it('refuses a folder as --out (exit 2), writing nothing', async () => {
    const plan = loadPlan(EMBEDDED_PLAN).plan!;
    await expect(reportCommand(plan, { out: folder, lang: 'en' }, today)).rejects.toThrow(/is a folder/);
  });
});
