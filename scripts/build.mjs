// Build: precompile the JSON Schema validators (ajv standalone) and bundle the CLI into
// one ES module (esbuild), so that a start pays for neither schema compilation nor
// hundreds of module resolutions.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

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
  addFormats(ajv, ['date', 'uri']);
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

async function bundle() {
  await build({
    entryPoints: [join(root, 'src', 'cli.ts')],
    outfile: join(root, 'dist', 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: false,
    // Some bundled CommonJS packages call require() for Node built-ins.
    banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

compileValidators();
await bundle();
