// The end-to-end tests run the built CLI: build it first, always, so that a stale dist/
// is never what they test (about a second).

import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '..');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build failed before the tests:\n${build.stdout}${build.stderr}`);
}
