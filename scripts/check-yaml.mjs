// Development aid: validate YAML plan files against schemas/ with ajv at run time.
// (The CLI uses precompiled validators; this script exists for quick checks while editing.)
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: true });
addFormats(ajv);
const validators = Object.fromEntries(
  ['plan', 'indicators', 'observations'].map((kind) => [
    kind,
    ajv.compile(JSON.parse(readFileSync(new URL(`../schemas/${kind}.schema.json`, import.meta.url), 'utf8'))),
  ]),
);
let failed = false;
for (const file of process.argv.slice(2)) {
  const data = parse(readFileSync(file, 'utf8'), { uniqueKeys: true });
  const validate = validators[data?.kind];
  if (!validate) { console.log(`${file}: unknown kind ${data?.kind}`); failed = true; continue; }
  if (!validate(data)) {
    failed = true;
    for (const e of validate.errors) console.log(`${file}: ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  } else console.log(`${file}: ok`);
}
process.exit(failed ? 1 : 0);
