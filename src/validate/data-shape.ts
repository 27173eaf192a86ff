// Checks that no schema can express: numbers that are not finite, control characters in
// text, prototype-altering keys and absurd nesting. Run before the schema, on plain data.

import type { PendingFinding } from '../model/findings.js';
import { CONTROL_CHARACTER } from '../util/escape.js';

const MAX_DEPTH = 32;
/** Fields that are single-line by nature: a line break in them is a mistake. */
const SINGLE_LINE_KEYS = new Set(['id', 'zh', 'en', 'unit', 'section', 'indicator', 'component', 'source', 'url', 'authority', 'standard']);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function checkDataShape(data: unknown): PendingFinding[] {
  const findings: PendingFinding[] = [];
  // One path stack for the whole walk, copied only into a finding: a plan of 10,000
  // indicators has a million nodes, and a new array per node is most of the walk's cost.
  const path: (string | number)[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) {
      findings.push({ code: 'NESTING_TOO_DEEP', path: [...path], args: { limit: MAX_DEPTH } });
      return;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) findings.push({ code: 'NUMBER_NOT_FINITE', path: [...path], args: { value: String(value) } });
    } else if (typeof value === 'string') {
      const key = path.at(-1);
      if (CONTROL_CHARACTER.test(value)) {
        findings.push({ code: 'CONTROL_CHARACTER', path: [...path], args: { character: firstControl(value) } });
      } else if (typeof key === 'string' && SINGLE_LINE_KEYS.has(key) && /[\r\n]/.test(value)) {
        findings.push({ code: 'CONTROL_CHARACTER', path: [...path], args: { key } });
      }
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        walk(value[index], depth + 1);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        path.push(key);
        if (FORBIDDEN_KEYS.has(key)) findings.push({ code: 'KEY_FORBIDDEN', path: [...path], atKey: true, args: { key } });
        else walk((value as Record<string, unknown>)[key], depth + 1);
        path.pop();
      }
    }
  };
  walk(data, 0);
  return findings;
}

/** The first control character of the text, as `U+001B`. */
function firstControl(value: string): string {
  const match = CONTROL_CHARACTER.exec(value);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : '';
}
