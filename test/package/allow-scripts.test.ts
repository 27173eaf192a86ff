// npm 11 runs no dependency's install script unless package.json's allowScripts approves
// (or denies) it, and warns about each one neither approved nor denied. Every package of
// the lockfile with an install script must have been reviewed: npm install stays quiet.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as Record<string, unknown>;

describe('allowScripts', () => {
  it('covers every package of the lockfile that has an install script', () => {
    const allow = (read('package.json').allowScripts ?? {}) as Record<string, boolean>;
    const packages = read('package-lock.json').packages as Record<string, { version?: string; hasInstallScript?: boolean }>;
    const withScripts = Object.entries(packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version }));
    expect(withScripts.map((entry) => entry.name)).toContain('esbuild');
    const uncovered = withScripts.filter(({ name, version }) => !(name in allow) && !(`${name}@${version}` in allow));
    expect(uncovered).toEqual([]);
    for (const value of Object.values(allow)) expect(typeof value).toBe('boolean');
  });
});
