// The "plain schema" ajv-cli is compared against: our schemas without what ajv-cli cannot
// take (ajv's discriminator keyword, ajv-formats), and dates left untyped because ajv-cli's
// YAML reader (js-yaml 3, default schema) turns them into Date objects.

import { readFileSync } from 'node:fs';

export function plainSchema(path) {
  return strip(JSON.parse(readFileSync(path, 'utf8')));
}

function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  if (node.discriminator) return { type: 'object', required: ['kind'] };
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'format') continue;
    out[key] = strip(value);
  }
  if (node.format === 'date') delete out.type;
  return out;
}
