// plan schema [KIND]: the JSON Schemas of the plan file kinds, the report and the findings.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../util/errors.js';
import { defineCommand, result } from './command.js';
import { SCHEMAS_DIR } from '../util/package-paths.js';

export const SCHEMA_KINDS = ['plan', 'indicators', 'observations', 'report', 'findings', 'diff'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

export function schemaText(kind: string): string {
  if (!(SCHEMA_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`unknown schema ${JSON.stringify(kind)}; choose one of ${SCHEMA_KINDS.join(', ')}`);
  }
  return readFileSync(join(SCHEMAS_DIR, `${kind}.schema.json`), 'utf8');
}

export function schemaCommand(kind: string | undefined): string {
  if (kind === undefined) return SCHEMA_KINDS.map((name) => `${name}\n`).join('');
  return schemaText(kind);
}

export const schema = defineCommand<Record<string, never>>({
  declare: (program) =>
    program
      .command('schema')
      .description(`print a JSON Schema: ${SCHEMA_KINDS.join(', ')} (without KIND: list them)`)
      .argument('[kind]', 'which schema'),
  run: ([kind]) => result({ stdout: schemaCommand(kind as string | undefined) }),
});
