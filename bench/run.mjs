// npm run bench: start-up of the CLI against bare `node -e 0`, as medians of paired runs
// measured in this one run (runs alternate, so machine noise hits both sides alike).

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'plan.js');
const runs = Number(process.env.BENCH_RUNS ?? 21);

const baseline = ['node', ['-e', '0']];
const cases = [
  ['plan validate (embedded plan)', ['node', [bin, 'validate']]],
  ['plan status (embedded plan)', ['node', [bin, 'status']]],
  ['plan status --format json', ['node', [bin, 'status', '--format', 'json']]],
];

function time([command, args]) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

console.log(`${runs} paired runs each; times are medians in milliseconds\n`);
console.log('| command | median ms | node -e 0 median ms | ratio |');
console.log('|---|---:|---:|---:|');
for (const [label, command] of cases) {
  time(command); // warm the file cache
  const ours = [];
  const bare = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(baseline));
    ours.push(time(command));
  }
  const ratio = median(ours) / median(bare);
  console.log(`| ${label} | ${median(ours).toFixed(1)} | ${median(bare).toFixed(1)} | ${ratio.toFixed(2)}× |`);
}
