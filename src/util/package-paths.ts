// Where the package's own files are, from the bundled dist/cli.cjs (or src/ in tests).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  // The bundle is CommonJS (bin/load-bundle.js) and knows its own __filename; the sources
  // run as ES modules in the tests. Avoiding URL parsing in the bundle saves a start ~3 ms.
  let folder = typeof __filename === 'string' ? dirname(__filename) : dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('package root not found');
    folder = parent;
  }
  return folder;
}

export const PACKAGE_ROOT = packageRoot();
export const EMBEDDED_PLAN = join(PACKAGE_ROOT, 'plan');
export const SCHEMAS_DIR = join(PACKAGE_ROOT, 'schemas');
