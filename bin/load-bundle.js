// Compiles the bundled CLI (dist/cli.cjs) with V8's code cache when there is one made for
// this very bundle, Node version and architecture, and returns the compiled script and the
// bundle's exports. Shared by bin/plan.js and by the build. CommonJS like the bundle (see
// bin/package.json): an ES module entry point costs every start about 4 ms of
// module-loader set-up (measured).
//
// The cache is made on the machine that runs it: by the build (npm install's prepare) and
// again after any run that found none or had it rejected. Its name holds the Node version,
// the architecture and the bundle's build id, so a cache is only ever offered to the V8 that
// made it; a rejected one is noticed (said under PLAN_DEBUG=1) and replaced.

'use strict';
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundlePath = join(__dirname, '..', 'dist', 'cli.cjs');

/** The cache file for this bundle (its first line names its build) on this Node and CPU. */
function cachePathFor(source) {
  const build = /^\/\/ plan-build ([0-9a-z]+)/.exec(source);
  return join(dirname(bundlePath), `cli.${process.version}.${process.arch}.${build ? build[1] : 'unversioned'}.cache`);
}

function compileBundle(options = {}) {
  const source = readFileSync(bundlePath, 'utf8');
  const cachePath = cachePathFor(source);
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
  const rejected = cachedData !== undefined && script.cachedDataRejected === true;
  if (rejected && process.env.PLAN_DEBUG === '1') process.stderr.write(`plan: V8 rejected the code cache ${cachePath}; compiled from source, a new cache is made\n`);
  // After the run, so that the cache holds the functions a command compiled.
  if ((cachedData === undefined || rejected) && options.cacheOnExit !== false) process.once('exit', () => writeCache(script, cachePath));
  const module = { exports: {} };
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath), importModule);
  return { script, exports: module.exports, cachePath, rejected };
}

/** Best effort: a folder the user cannot write only means no cache. Atomic, so a reader never sees half of one. */
function writeCache(script, path) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
  }
}

module.exports = { compileBundle, cachePathFor, writeCache };
