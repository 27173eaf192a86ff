// npm run bench: the speed targets (README, speed), each as a ratio of medians of paired runs
// measured in this one run (the two sides alternate, so machine noise hits both alike).
//
// 1. `plan status` on the embedded plan against bare `node -e 0`;
// 2. `plan validate` on a generated 10,000-indicator plan against ajv-cli validating the
//    same files against a plain schema; `plan status --format json` against that ajv-cli run;
// 3. 10× the indicators against the time over start-up (1,000 → 10,000 indicators);
// 4. peak memory (maximum resident set) of each command on the 10,000-indicator plan;
// 5. a country's plans (issue 14): 100,000 indicators in 200 files (82 MB), generated here,
//    `plan validate` and `plan status --format json` against ajv-cli on the same files, in
//    time (paired medians of BENCH_BIG_RUNS, default 3) and in peak memory, and 10× the
//    indicators again (10,000 → 100,000) against the time over start-up.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from '../fixtures/generate-plan.mjs';
import { plainSchema } from './plain-schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out');
const bin = join(root, 'bin', 'plan.js');
const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const quick = Number(process.env.BENCH_RUNS ?? 11);
const slowRuns = Number(process.env.BENCH_SLOW_RUNS ?? 7);
const bigRuns = Number(process.env.BENCH_BIG_RUNS ?? 3);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const plans = { 1000: join(out, 'plan-1000'), 10000: join(out, 'plan-10000'), 100000: join(out, 'plan-100000') };
for (const [count, folder] of Object.entries(plans)) generatePlan(folder, Number(count));
for (const kind of ['indicators', 'observations']) writeFileSync(join(out, `plain-${kind}.json`), JSON.stringify(plainSchema(join(root, 'schemas', `${kind}.schema.json`))));

const node = (args) => ({ command: process.execPath, args });
const plan = (...args) => node([bin, ...args]);
const ajv = (folder) => [
  node([ajvCli, 'validate', '--spec=draft2020', '--all-errors', '-s', join(out, 'plain-indicators.json'), '-d', join(folder, 'indicators', '*.yaml')]),
  node([ajvCli, 'validate', '--spec=draft2020', '--all-errors', '-s', join(out, 'plain-observations.json'), '-d', join(folder, 'observations', '*.yaml')]),
];

/** Milliseconds of one run of one or more commands in sequence. */
function time(commands) {
  let total = 0;
  for (const { command, args } of [commands].flat()) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
    total += Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} exited ${result.status}`);
  }
  return total;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Medians of `runs` alternating runs of a and b. */
function paired(a, b, runs) {
  time(a);
  time(b);
  const timesA = [];
  const timesB = [];
  for (let i = 0; i < runs; i++) {
    timesB.push(time(b));
    timesA.push(time(a));
  }
  return { a: median(timesA), b: median(timesB) };
}

/** Peak resident memory in MiB, from GNU time where the machine has it; of several commands, the largest. */
function peakMiB(commands) {
  if (!existsSync('/usr/bin/time')) return null;
  let peak = null;
  for (const { command, args } of [commands].flat()) {
    const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const kib = Number(result.stderr.trim().split('\n').at(-1));
    if (!Number.isFinite(kib)) return null;
    peak = Math.max(peak ?? 0, kib / 1024);
  }
  return peak;
}

const rows = [];
const row = (what, ours, theirs, against, target, ratio = ours / theirs) => {
  rows.push({ what, ours, theirs, against, ratio, target, met: ratio <= target });
};

let result = paired(plan('status'), node(['-e', '0']), quick);
row('plan status, embedded plan (table)', result.a, result.b, 'node -e 0', 3);
result = paired(plan('status', '--format', 'json'), node(['-e', '0']), quick);
row('plan status --format json, embedded plan', result.a, result.b, 'node -e 0', 1.5);
// Named: without a plan.yaml here or above, validate refuses to fall back on the embedded plan.
result = paired(plan('validate', '--plan', join(root, 'plan')), node(['-e', '0']), quick);
row('plan validate, embedded plan', result.a, result.b, 'node -e 0', 1.5);

const big = plans[10000];
result = paired(plan('validate', '--plan', big), ajv(big), slowRuns);
row('plan validate, 10,000 indicators', result.a, result.b, 'ajv-cli, plain schema', 1.0);
const ajvBig = result.b;
result = paired(plan('status', '--plan', big, '--format', 'json'), ajv(big), slowRuns);
row('plan status --format json, 10,000 indicators', result.a, result.b, 'ajv-cli, plain schema', 1.5);

// A country's plans: 100,000 indicators, side by side with ajv-cli on the same files.
const huge = plans[100000];
result = paired(plan('validate', '--plan', huge), ajv(huge), bigRuns);
row('plan validate, 100,000 indicators', result.a, result.b, 'ajv-cli, plain schema', 0.7);
const ajvHuge = result.b;
result = paired(plan('status', '--plan', huge, '--format', 'json'), ajv(huge), bigRuns);
row('plan status --format json, 100,000 indicators', result.a, result.b, 'ajv-cli, plain schema', 1.0);

// Scaling: time over start-up (`plan --version`), 1,000 → 10,000 and 10,000 → 100,000 indicators.
const startup = paired(plan('--version'), node(['-e', '0']), quick).a;
for (const [label, args] of [
  ['validate', ['validate', '--plan']],
  ['status --format json', ['status', '--format', 'json', '--plan']],
]) {
  const small = paired(plan(...args, plans[1000]), plan('--version'), slowRuns);
  const large = paired(plan(...args, plans[10000]), plan('--version'), slowRuns);
  const largest = paired(plan(...args, plans[100000]), plan('--version'), bigRuns);
  const over = (pair) => pair.a - pair.b;
  row(`plan ${label}: 10× indicators, time over start-up`, over(large), over(small), '1,000 indicators', 12, over(large) / over(small));
  row(`plan ${label}: 10× indicators again, time over start-up`, over(largest), over(large), '10,000 indicators', 11, over(largest) / over(large));
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
console.log(`Paired runs: ${quick} for start-up, ${slowRuns} for the generated plans of 1,000 and 10,000 indicators, ${bigRuns} for 100,000; medians. Start-up of \`plan --version\`: ${fmt(startup)}.\n`);
console.log('| measurement | plan | against | baseline | ratio | target | met |');
console.log('|---|---:|---|---:|---:|---:|:-:|');
for (const r of rows) console.log(`| ${r.what} | ${fmt(r.ours)} | ${r.against} | ${fmt(r.theirs)} | ${r.ratio.toFixed(2)}× | ≤ ${r.target}× | ${r.met ? 'yes' : 'no'} |`);

console.log('\n| peak memory | MiB | target | met |');
console.log('|---|---:|---:|:-:|');
for (const [label, command, target] of [
  ['plan validate, 10,000 indicators', plan('validate', '--plan', big), 400],
  ['plan status --format json, 10,000 indicators', plan('status', '--format', 'json', '--plan', big), 400],
  ['ajv-cli, 10,000 indicators (the larger of its two runs)', ajv(big), null],
  ['plan validate, 100,000 indicators', plan('validate', '--plan', huge), 400],
  ['plan status --format json, 100,000 indicators', plan('status', '--format', 'json', '--plan', huge), 600],
  ['ajv-cli, 100,000 indicators (the larger of its two runs)', ajv(huge), null],
]) {
  const mib = peakMiB(command);
  const met = target === null || mib === null ? '' : mib <= target ? 'yes' : 'no';
  console.log(`| ${label} | ${mib === null ? 'n/a' : mib.toFixed(0)} | ${target === null ? '' : `≤ ${target}`} | ${met} |`);
}
console.log(`\najv-cli, its two runs (indicators and observations) together: ${fmt(ajvBig)} on 10,000 indicators, ${fmt(ajvHuge)} on 100,000.`);
