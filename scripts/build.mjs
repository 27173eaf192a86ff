// Build: precompile the JSON Schema validators (ajv standalone) and bundle the CLI into
// one CommonJS file (esbuild), so that a start pays for neither schema compilation nor
// hundreds of module resolutions.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { CLI_TABLE3_PATCHES, patchCliTable3 } from './fast-cli-table3.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaKinds = ['plan', 'indicators', 'observations'];

function compileValidators() {
  const ajv = new Ajv2020({
    allErrors: true,
    discriminator: true,
    strict: true,
    strictNumbers: true,
    // Errors carry their parent schema, which names the allowed keys for "did you mean".
    verbose: true,
    code: { source: true, lines: false },
  });
  addFormats(ajv, ['date']);
  // ajv-formats' full `uri` regex costs about 0.1 ms a URL (8 ms on the 77 of the
  // embedded plan, measured); a plan's URLs need a scheme and no white space, not RFC 3986.
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]+$/i);
  const exports = {};
  for (const kind of schemaKinds) {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', `${kind}.schema.json`), 'utf8'));
    ajv.addSchema(schema);
    exports[kind] = schema.$id;
  }
  // CommonJS on purpose: ajv's ESM standalone output still require()s its runtime
  // helpers; esbuild bundles the CommonJS form cleanly.
  const code = standaloneCode(ajv, exports);
  const outDir = join(root, 'src', 'validate', 'generated');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'validators.cjs'), code);
  const declarations = schemaKinds
    .map((kind) => `export declare const ${kind}: import('../compiled-validator.js').CompiledValidator;`)
    .join('\n');
  writeFileSync(join(outDir, 'validators.d.cts'), declarations + '\n');
}

/** A hash of everything the bundle is made from. */
function hashSources() {
  const hash = createHash('sha256');
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'schemas'));
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * commander requires node:child_process at load time, for executable subcommands that
 * `plan` never uses; with it come net, dgram and the stream wrappers, about 3 ms of every
 * start (measured). This defers the require until something asks for it.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(eager)) throw new Error(`commander changed: "${eager}" not found in ${args.path}`);
      const lazy = "let childProcessModule; const childProcess = new Proxy({}, { get: (_, key) => (childProcessModule ??= require('node:child_process'))[key] });";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * `plan` decides colour itself (a terminal, NO_COLOR, --no-color) and hands chalk the level;
 * chalk's own detection would load node:tty (and with it node:net), 2 ms of every start
 * (measured). Its environment-free variant, the one chalk ships for browsers, reports no
 * colour and loads nothing.
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(builder) {
    builder.onResolve({ filter: /^#supports-color$/ }, (args) => ({ path: join(dirname(args.importer), 'vendor', 'supports-color', 'browser.js') }));
  },
};

/** cli-table3's hot spots made cheaper as it is bundled (scripts/fast-cli-table3.mjs). */
const fastCliTable3 = {
  name: 'fast-cli-table3',
  setup(builder) {
    const applied = new Set();
    builder.onLoad({ filter: /[\\/]node_modules[\\/]cli-table3[\\/].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = patchCliTable3(args.path, source, applied);
      return patched === source ? undefined : { contents: patched, loader: 'js' };
    });
    builder.onEnd(() => {
      if (applied.size !== CLI_TABLE3_PATCHES.length) throw new Error(`fast-cli-table3: ${CLI_TABLE3_PATCHES.length - applied.size} patch(es) found no file; has the install layout of cli-table3 changed?`);
    });
  },
};

/** How the CLI and the worker are bundled alike. */
const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  // CommonJS, so that bin/plan.js can compile the CLI with V8's code cache (vm.Script).
  format: 'cjs',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  sourcemap: false,
  // The sources' one use of import.meta.url is behind a check for __filename.
  logOverride: { 'empty-import-meta': 'silent' },
  logLevel: 'warning',
};

async function bundle() {
  await build({
    plugins: [lazyChildProcess, chalkWithoutDetection, fastCliTable3],
    // Loaded with import() by `plan report` alone (ES modules, several MB): never at start.
    external: ['vega', 'vega-lite'],
    define: { __PLAN_BUILD_ID__: JSON.stringify(buildId) },
    // The first line names the build: bin/load-bundle.js keys the code cache by it.
    banner: { js: `// plan-build ${buildId}` },
    entryPoints: [join(root, 'src', 'cli.ts')],
    outfile: join(root, 'dist', 'cli.cjs'),
    ...BUNDLE_OPTIONS,
  });
}

/**
 * The bundle's one import() must be the loader's (src/util/import-module.ts): inside
 * vm.Script a raw dynamic import has no loader and fails only when bundled, never in tests.
 */
function checkNoRawImport() {
  const bundled = readFileSync(join(root, 'dist', 'cli.cjs'), 'utf8');
  const served = bundled.replace(/typeof __planImport=="function"\?__planImport\((\w+)\):import\(\1\)/g, '');
  const raw = /\bimport\(/.exec(served);
  if (raw) throw new Error(`dist/cli.cjs holds a dynamic import() that fails when bundled (…${served.slice(Math.max(0, raw.index - 80), raw.index + 40)}…); load modules on demand with importModule()`);
}

/**
 * The worker thread that checks a large plan's files beside the main thread
 * (src/load/parallel-check.ts): its own small bundle, the reading and checking of one file
 * without the commands, tables and charts.
 */
async function bundleCheckWorker() {
  await build({
    entryPoints: [join(root, 'src', 'load', 'check-worker.ts')],
    outfile: join(root, 'dist', 'check-worker.cjs'),
    ...BUNDLE_OPTIONS,
  });
}

/**
 * V8's code cache for the bundle, taken after a run of `plan status` on the embedded plan
 * so that it holds the functions a start needs already compiled. Node 20 has no
 * module.enableCompileCache; bin/load-bundle.js hands this to vm.Script under a name that
 * holds this Node's version, the architecture and the build id (the build runs on the
 * machine that will use it: npm install's prepare).
 */
async function writeCodeCache() {
  const { compileBundle, writeCache } = createRequire(import.meta.url)(join(root, 'bin', 'load-bundle.js'));
  const { script, exports, cachePath } = compileBundle({ cacheOnExit: false });
  const silent = { stdout: () => {}, stderr: () => {} };
  const exitCode = process.exitCode;
  await exports.run(['node', 'plan', 'status', '--format', 'json'], silent);
  await exports.run(['node', 'plan', 'status'], silent);
  process.exitCode = exitCode;
  writeCache(script, cachePath);
}

/**
 * The embedded plan, parsed and schema-checked once here, so that `plan status` on it
 * starts without doing either (src/load/validated-cache.ts). An invalid embedded plan gets
 * no cache: the CLI then reports its findings as for any plan.
 */
async function prevalidateEmbeddedPlan() {
  const helper = join(root, 'dist', '.prevalidate.mjs');
  await build({ entryPoints: [join(root, 'src', 'load', 'prevalidate.ts')], outfile: helper, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" } });
  const { prevalidate } = await import(pathToFileURL(helper).href);
  const { cache, findings } = prevalidate(join(root, 'plan'), buildId);
  rmSync(helper);
  const out = join(root, 'dist', 'embedded-plan.json');
  if (cache) writeFileSync(out, JSON.stringify(cache));
  else {
    rmSync(out, { force: true });
    console.warn(`embedded plan has ${findings} finding(s): no validated cache written`);
  }
}

compileValidators();
const buildId = hashSources();
rmSync(join(root, 'dist'), { recursive: true, force: true });
await bundle();
await bundleCheckWorker();
checkNoRawImport();
await prevalidateEmbeddedPlan();
await writeCodeCache();
