// Compiles the bundled CLI (dist/cli.cjs) with V8's code cache when there is one that
// matches, and returns the compiled script and the bundle's exports. Shared by
// bin/plan.js and by the build, which makes the cache. CommonJS like the bundle (see
// bin/package.json): an ES module entry point costs every start about 4 ms of
// module-loader set-up (measured).

'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundlePath = join(__dirname, '..', 'dist', 'cli.cjs');
const cachePath = `${bundlePath}.cache`;

function compileBundle() {
  const source = readFileSync(bundlePath, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  // __planImport: code compiled by vm.Script has no import() of its own; this file's serves
  // the modules `plan report` loads on demand (src/util/import-module.ts).
  const wrapper = `(function (exports, require, module, __filename, __dirname, __planImport) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: bundlePath, cachedData });
  const module = { exports: {} };
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath), importModule);
  return { script, exports: module.exports };
}

module.exports = { compileBundle };
