// `plan status --format csv` read back the way a spreadsheet reads it: the bytes (a UTF-8
// byte-order mark, CRLF records), RFC 4180 fields by a strict parser written here, and
// then the cells against the JSON report of the same run, which is the model the CSV
// renders: a row per indicator, Chinese intact, numbers that parse as numbers and keep
// what the data supports, a target for every row, no formula left live and none invented.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusReport } from '../../src/commands/status.js';
import { loadPlan } from '../../src/load/load-plan.js';
import type { MilestoneTarget, Plan } from '../../src/model/types.js';
import { csvCell, renderCsv, runsAsFormula } from '../../src/render/csv-reporter.js';
import type { Report, ReportIndicator } from '../../src/render/report-model.js';
import { EMBEDDED_PLAN } from '../../src/util/package-paths.js';
import { indicator, makePlan, series } from '../engine/plan-builder.js';

const ROOT = resolve(import.meta.dirname, '../..');
const today = new Date('2026-11-29T12:00:00Z');

/**
 * RFC 4180 as Excel applies it, strictly: records end with CRLF, a field with a comma, a
 * quote or a line break is quoted, a quote inside is doubled. A bare CR or LF outside
 * quotes, or a quote inside an unquoted field, is an error here (Excel would split the
 * row or show the quote), so the parser fails the test instead of guessing.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error(`unterminated quoted field in record ${records.length + 1}`);
        field += text.slice(at, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
    } else {
      const end = text.slice(at).search(/[,\r\n]/);
      field = end < 0 ? text.slice(at) : text.slice(at, at + end);
      if (field.includes('"')) throw new Error(`a quote inside an unquoted field: ${field}`);
      at += field.length;
    }
    record.push(field);
    if (text[at] === ',') {
      at += 1;
    } else if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
    } else if (at < text.length) {
      throw new Error(`bare ${JSON.stringify(text[at])} after field ${JSON.stringify(field)} in record ${records.length + 1}`);
    } else {
      throw new Error('the last record does not end with CRLF');
    }
  }
  return records;
}

/** What Excel's import reads as a number (in a locale with a decimal point). */
const EXCEL_NUMBER = /^-?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i;

/** A signed number, with a percent sign or not: a value to every spreadsheet, never a formula. */
const SIGNED_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

function significantDigits(cell: string): number {
  const mantissa = cell.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '');
  return mantissa.replace(/0+$/, '').length;
}

const WRITTEN: Record<string, (row: ReportIndicator) => number | null> = {
  target: (row) => (typeof row.target.value === 'number' ? row.target.value : null),
  baseline: (row) => row.baseline?.value ?? null,
  latest_value: (row) => row.latest?.value ?? null,
  latest_year: (row) => row.latest?.year ?? null,
  target_year: (row) => row.target.year,
};

const COMPUTED: Record<string, (row: ReportIndicator) => number | null> = {
  expected: (row) => row.computed.expected,
  progress: (row) => row.computed.progress,
  pace: (row) => row.computed.pace,
  average_growth: (row) => row.computed.averageGrowth,
  required_growth: (row) => row.computed.requiredGrowth,
  projected: (row) => row.computed.projected,
};

let folder: string;
let plan: Plan;
let report: Report;
let bytes: Buffer;
let header: string[];
let rows: Map<string, Record<string, string>>;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'plan-csv-'));
  plan = loadPlan(EMBEDDED_PLAN).plan!;
  report = statusReport(plan, { year: '2025' }, today);
  const file = join(folder, 'status.csv');
  writeFileSync(file, renderCsv(report));
  bytes = readFileSync(file);
  const records = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)));
  header = records[0]!;
  rows = new Map(records.slice(1).map((record) => [record[0]!, Object.fromEntries(header.map((name, i) => [name, record[i]!]))]));
  for (const record of records) expect(record.length, record.join(',')).toBe(header.length);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('CSV read back as Excel reads it', () => {
  it('starts with a UTF-8 byte-order mark, ends every record with CRLF and never breaks a line elsewhere', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').length - 1).toBe(report.indicators.length + 1);
  });

  it('has a row per indicator, in the report order, with the Chinese names intact', () => {
    expect([...rows.keys()]).toEqual(report.indicators.map((row) => row.id));
    expect(report.indicators.length).toBe(plan.indicators.length);
    for (const row of report.indicators) {
      expect(rows.get(row.id)!.name_zh).toBe(row.name.zh);
      expect(rows.get(row.id)!.name_en).toBe(row.name.en);
    }
    expect(rows.get('gdp-growth')!.name_zh).toBe('全市生产总值年均增长率');
  });

  it('writes numbers a spreadsheet reads as numbers: plan values as written, computed ones to 6 significant digits', () => {
    let checked = 0;
    for (const row of report.indicators) {
      const cells = rows.get(row.id)!;
      for (const [column, value] of Object.entries(WRITTEN)) {
        const expected = value(row);
        if (expected === null) {
          expect(cells[column], `${row.id} ${column}`).toBe('');
          continue;
        }
        expect(cells[column], `${row.id} ${column}`).toMatch(EXCEL_NUMBER);
        expect(Number(cells[column]), `${row.id} ${column}`).toBe(expected);
        checked += 1;
      }
      for (const [column, value] of Object.entries(COMPUTED)) {
        const expected = value(row);
        if (expected === null) {
          expect(cells[column], `${row.id} ${column}`).toBe('');
          continue;
        }
        const cell = cells[column]!;
        expect(cell, `${row.id} ${column}`).toMatch(EXCEL_NUMBER);
        expect(significantDigits(cell), `${row.id} ${column} ${cell}`).toBeLessThanOrEqual(Number.isInteger(expected) ? 15 : 6);
        expect(Math.abs(Number(cell) - expected), `${row.id} ${column} ${cell} against ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * 5e-6);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('keeps the observation in latest_value and the value in the target terms in its own column (GDP: 2025 rate beside the average)', () => {
    const row = report.indicators.find((candidate) => candidate.id === 'gdp-growth')!;
    const cells = rows.get('gdp-growth')!;
    expect(header).not.toContain('latest');
    expect(Number(cells.latest_value)).toBe(row.latest!.value);
    expect(Number(cells.latest_year)).toBe(row.latest!.year);
    expect(Number(cells.current_in_target_terms)).toBeCloseTo(row.current!, 4);
    // The check means something only if the two differ, as they do for an average.
    expect(Number(cells.current_in_target_terms)).not.toBe(Number(cells.latest_value));
    expect(cells.current_text).toMatch(/\/yr \(2025\)$/);
  });

  it('gives every row a target: text for each, the reference, the standard, the deliverable', () => {
    for (const row of report.indicators) expect(rows.get(row.id)!.target_text, row.id).not.toBe('');
    const byKind = (kind: string): ReportIndicator[] => report.indicators.filter((row) => row.target.kind === kind);
    expect(byKind('in-step-with').length + byKind('standard').length + byKind('milestone').length).toBeGreaterThan(10);
    for (const row of byKind('in-step-with')) expect(rows.get(row.id)!.target_text).toContain(String(row.target.indicator));
    for (const row of byKind('standard')) expect(rows.get(row.id)!.target_text).toContain(String(row.target.standard).replace(/\s*\(.*\)$/, ''));
    for (const row of byKind('milestone')) {
      const deliverable = (plan.indicators.find((candidate) => candidate.id === row.id)!.target as MilestoneTarget).deliverable;
      expect(rows.get(row.id)!.target_detail).toBe(deliverable);
    }
  });

  it('leaves the milestone unit "-" as it is and neutralises exactly the cells a spreadsheet would evaluate', () => {
    const dashUnits = report.indicators.filter((row) => row.unit === '-');
    expect(dashUnits.length).toBeGreaterThan(10);
    for (const row of dashUnits) expect(rows.get(row.id)!.unit).toBe('-');
    expect(bytes.toString('utf8')).not.toMatch(/(^|,)"?'-/m);
    let neutralised = 0;
    for (const cells of rows.values()) {
      for (const [column, cell] of Object.entries(cells)) {
        // Nothing left that Excel would run: a trigger is a plain number or a lone dash.
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell === '-' || SIGNED_NUMBER.test(cell), `${column}: ${cell}`).toBe(true);
        if (cell.startsWith("'")) {
          expect(cell.slice(1), `${column}: ${cell}`).toMatch(/^[=+\-@]/);
          neutralised += 1;
        }
      }
    }
    // The embedded plan has one such text today: "+10.25% …" (land productivity), twice.
    expect(neutralised).toBeGreaterThan(0);
  });

  it('is what `plan status --format csv` prints, BOM first', () => {
    const bin = join(ROOT, 'bin', 'plan.js');
    const run = spawnSync(process.execPath, [bin, 'status', '--plan', EMBEDDED_PLAN, '--year', '2025', '--format', 'csv'], { cwd: folder, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status, run.stderr.toString()).toBe(0);
    expect([...run.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const printed = parseCsv(run.stdout.subarray(3).toString('utf8'));
    expect(printed[0]).toEqual(header);
    expect(printed.length - 1).toBe(report.indicators.length);
  });
});

describe('formula neutralisation, cell by cell', () => {
  const cases: [string, string][] = [
    ['-', '-'],
    ['-5', '-5'],
    ['+3.2', '+3.2'],
    ['-9%', '-9%'],
    ['1e-7', '1e-7'],
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['+10.25% over 2024', "'+10.25% over 2024"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['--', "'--"],
    ['- item', "'- item"],
    ['+', "'+"],
    ['≥+20%', '≥+20%'],
    ['−9%', '−9%'],
    ['a-b', 'a-b'],
    [' =1', ' =1'],
  ];
  it.each(cases)('%j → %s', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('a tab or carriage return inside text is escaped, never left to start a cell', () => {
    expect(csvCell('\t=1')).toBe('\\t=1');
    expect(csvCell('\r=1')).toBe('\\r=1');
    expect(runsAsFormula('\t=1')).toBe(true);
  });

  it('numbers: written ones keep every digit written, computed ones 6 significant digits', () => {
    expect(csvCell(38700.58, 'written')).toBe('38700.58');
    expect(csvCell(0.013, 'written')).toBe('0.013');
    expect(csvCell(12.3 + 13.6, 'written')).toBe('25.9');
    expect(csvCell(0.926651173623482)).toBe('0.926651');
    expect(csvCell(10.250000000000004)).toBe('10.25');
    expect(csvCell(-0.0028728812056396658)).toBe('-0.00287288');
    expect(csvCell(24870895)).toBe('24870895');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('a hostile plan: every text cell that would run is neutralised, a dash unit is not', () => {
    const hostile = makePlan({
      indicators: [
        indicator('formula', { kind: 'level', comparator: '>=', value: 50 }, { name: { zh: '=1+1', en: '@SUM(A1)' }, unit: '-', quote: '+cmd' }),
        indicator('dash', { kind: 'level', comparator: '>=', value: 50 }, { name: { zh: '-', en: '-2+3' }, unit: '-' }),
      ],
      observations: series('formula', { 2020: 40, 2021: 42 }),
    });
    const records = parseCsv(renderCsv(statusReport(hostile, {}, today)).slice(1));
    const names = records[0]!;
    const cell = (record: string[], name: string): string => record[names.indexOf(name)]!;
    expect(cell(records[1]!, 'name_zh')).toBe("'=1+1");
    expect(cell(records[1]!, 'name_en')).toBe("'@SUM(A1)");
    expect(cell(records[1]!, 'unit')).toBe('-');
    expect(cell(records[2]!, 'name_zh')).toBe('-');
    expect(cell(records[2]!, 'name_en')).toBe("'-2+3");
  });
});
