// Findings in the language asked for, through the built CLI as CI runs it and through the
// commands that refuse an invalid plan: the same codes, places and exit code in English and
// in Chinese, only the words differ; the JSON keeps `message` (in the language) beside
// `args` (the same in both).

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/commands/diff.js';
import { InvalidPlanError } from '../../src/commands/support/load-valid-plan.js';
import { recordCommand } from '../../src/commands/record.js';
import type { FindingFact } from '../../src/model/findings.js';
import { findingText } from '../../src/render/finding-text.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'plan.js');
/** One slip of each stage: a key typo (schema), a tab (syntax), a comparator against the direction (meaning), a repeated observation. */
const BAD = ['key-typo', 'tab-indentation', 'comparator-contradicts-direction', 'duplicate-observation'].map((name) => `fixtures/invalid/${name}`);
const temp = mkdtempSync(join(tmpdir(), 'plan-finding-language-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function plan(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
  if (run.error) throw run.error;
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

const HAN = /\p{Script=Han}/u;
/** `file:line:col  CODE  message` → [where and code, message]. */
const FINDING_LINE = /^(\S+:\d+:\d+ {2}[A-Z_]+) {2}(.*)$/;

function findingLines(stdout: string): [string, string][] {
  return stdout.split('\n').flatMap((line) => {
    const match = FINDING_LINE.exec(line);
    return match ? [[match[1]!, match[2]!] as [string, string]] : [];
  });
}

describe('plan --lang zh validate', () => {
  const en = plan(['--lang', 'en', 'validate', ...BAD]);
  const zh = plan(['--lang', 'zh', 'validate', ...BAD]);

  it('text: the same codes at the same places, the same quoted lines and exit code; the words Chinese', () => {
    expect(en.status).toBe(1);
    expect(zh.status).toBe(en.status);
    const english = findingLines(en.stdout);
    const chinese = findingLines(zh.stdout);
    for (const folder of BAD) expect(english.some(([where]) => where.startsWith(`${folder}/`)), folder).toBe(true);
    expect(chinese.map(([where]) => where)).toEqual(english.map(([where]) => where));
    for (const [index, [, message]] of chinese.entries()) {
      expect(message).toMatch(HAN);
      expect(message).not.toBe(english[index]![1]);
      expect(english[index]![1]).not.toMatch(HAN);
    }
    // The quoted source lines and carets are the file's, in any language.
    expect(zh.stdout.split('\n').filter((line) => line.startsWith('  '))).toEqual(en.stdout.split('\n').filter((line) => line.startsWith('  ')));
  });

  it('text: the summary on stderr in the language', () => {
    expect(en.stderr).toMatch(/^✗ \d+ errors in \d+ files\n$/);
    const [, errors, files] = /^✗ (\d+) errors in (\d+) files/.exec(en.stderr)!;
    expect(zh.stderr).toBe(`✗ ${files} 个文件中有 ${errors} 个错误\n`);
  });

  it('json: every finding has `message` in the language and `args`, the same facts in both languages', () => {
    const english = JSON.parse(plan(['--lang', 'en', 'validate', ...BAD, '--format', 'json']).stdout) as (FindingFact & Record<string, unknown>)[];
    const run = plan(['--lang', 'zh', 'validate', ...BAD, '--format', 'json']);
    expect(run.status).toBe(1);
    const chinese = JSON.parse(run.stdout) as (FindingFact & Record<string, unknown>)[];
    expect(chinese.length).toBe(english.length);
    const facts = (findings: typeof english) => findings.map(({ message: _message, ...rest }) => rest);
    expect(facts(chinese)).toEqual(facts(english));
    for (const [index, finding] of chinese.entries()) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['code', 'severity', 'file', 'line', 'col', 'message', 'args']));
      expect(typeof finding.args).toBe('object');
      expect(finding.message).toBe(findingText(finding, 'zh'));
      expect(finding.message).toMatch(HAN);
      expect(english[index]!.message).toBe(findingText(english[index]!, 'en'));
    }
    // One of each stage's findings, its facts as numbers and names.
    expect(chinese.find((finding) => finding.code === 'KEY_UNKNOWN')?.args).toEqual({ key: 'untis', at: 'indicators[1]', suggestion: 'unit' });
    expect(chinese.find((finding) => finding.code === 'COMPARATOR_DIRECTION')?.args).toEqual({ comparator: '>=', value: 20, direction: 'decrease' });
  });

  it('github: the same annotations, their text Chinese', () => {
    const english = plan(['--lang', 'en', 'validate', ...BAD, '--format', 'github']).stdout.trim().split('\n');
    const run = plan(['--lang', 'zh', 'validate', ...BAD, '--format', 'github']);
    expect(run.status).toBe(1);
    const chinese = run.stdout.trim().split('\n');
    const properties = (line: string): string => line.slice(0, line.indexOf('::', 2));
    expect(chinese.map(properties)).toEqual(english.map(properties));
    for (const line of chinese) expect(line.slice(line.indexOf('::', 2))).toMatch(HAN);
  });
});

describe('the commands that refuse an invalid plan print its findings in the language', () => {
  it('status: exit 1, the findings in Chinese, the refusal line as it was', () => {
    const en = plan(['--lang', 'en', 'status', '--plan', BAD[0]!]);
    const zh = plan(['--lang', 'zh', 'status', '--plan', BAD[0]!]);
    expect(zh.status).toBe(1);
    expect(en.status).toBe(1);
    expect(zh.stderr).toContain('indicators.yaml:25:5  KEY_UNKNOWN  indicators[1] 中有未知的键 `untis`；是否应为 `unit`？');
    expect(en.stderr).toContain('indicators.yaml:25:5  KEY_UNKNOWN  unknown key `untis` at indicators[1]; did you mean `unit`?');
    expect(zh.stderr.split('\n').at(-2)).toBe(en.stderr.split('\n').at(-2));
  });

  it('record: a change that would make the plan invalid is refused with its findings in Chinese', () => {
    const folder = join(temp, 'record');
    cpSync(join(ROOT, 'fixtures', 'valid', 'minimal'), folder, { recursive: true });
    const before = readFileSync(join(folder, 'observations.yaml'), 'utf8');
    const outcome = recordCommand('gdp-growth', '2029', '-120', { plan: folder, source: 's', measure: 'rate', lang: 'zh' }, { cwd: folder });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toMatch(/observations\.yaml:\d+:\d+ {2}VALUE_IMPOSSIBLE {2}年增长率 -120% 不可能出现/);
    expect(readFileSync(join(folder, 'observations.yaml'), 'utf8')).toBe(before);
  });

  it('diff: an invalid side stops the diff with its findings in Chinese', () => {
    const folder = join(temp, 'diff');
    cpSync(join(ROOT, 'fixtures', 'valid', 'minimal'), folder, { recursive: true });
    const file = join(folder, 'plan.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('revision: 1\nrevisions', 'revision: 2\nrevisions'));
    const refusal = (() => {
      try {
        diffCommand(join(ROOT, 'fixtures', 'valid', 'minimal'), folder, { failOn: [], format: 'text', lang: 'zh' }, temp);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(InvalidPlanError);
    expect((refusal as InvalidPlanError).exitCode).toBe(1);
    expect((refusal as InvalidPlanError).details).toContain('REVISION_UNLISTED  修订版本 2 在 `revisions` 中没有记录');
  });
});
