// Pieces of plan show's text: computed numbers with their reasons grouped, and a quote from
// the main indicator table with its cells told apart.

import { COMPUTED_FIELDS, type Evaluation } from '../engine/types.js';
import type { Indicator } from '../model/types.js';
import { number } from '../report/cells.js';

/**
 * One line per computed number; the fields that are undefined for one and the same reason
 * (a milestone: all eight) share one line, where the first of them would stand.
 */
export function computedLines(computed: Evaluation['computed']): string[] {
  const lines: string[] = [];
  const groups = new Map<string, { at: number; fields: string[] }>();
  for (const field of COMPUTED_FIELDS) {
    const value = computed[field];
    if (value !== null) {
      lines.push(`  ${field.padEnd(15)} ${number(value, 4)}`);
      continue;
    }
    const reason = computed.reasons[field] ?? 'undefined';
    const group = groups.get(reason);
    if (group) group.fields.push(field);
    else {
      groups.set(reason, { at: lines.length, fields: [field] });
      lines.push('');
    }
  }
  for (const [reason, group] of groups) {
    lines[group.at] = group.fields.length === 1 ? `  ${group.fields[0]!.padEnd(15)} — (${reason})` : `  ${group.fields.join(', ')}: — (${reason})`;
  }
  return lines;
}

const ATTRIBUTE_WORDS = { binding: '约束性', expected: '预期性' } as const;

/**
 * A main-table quote is the outline's row run together: name, unit, attribute (预期性 or
 * 约束性), the 2020 value, the 2025 target. It is split at the indicator's own unit and
 * attribute word, and only when both stand there together; the 2020 column is told apart
 * only when it is "-" (the table's mark for none), since two numbers run together cannot
 * be. Null when the quote cannot be split so.
 */
export function mainTableCells(indicator: Pick<Indicator, 'quote' | 'unit' | 'attribute' | 'no'>): string[] | null {
  if (indicator.no === undefined || indicator.no === null || !indicator.attribute) return null;
  const word = ATTRIBUTE_WORDS[indicator.attribute as keyof typeof ATTRIBUTE_WORDS];
  if (!word) return null;
  const joint = `${indicator.unit}${word}`;
  const at = indicator.quote.indexOf(joint);
  if (at <= 0 || indicator.quote.indexOf(joint, at + 1) !== -1) return null;
  const name = indicator.quote.slice(0, at);
  const rest = indicator.quote.slice(at + joint.length);
  if (!rest) return null;
  const values = rest.startsWith('-') && rest.length > 1 ? ['-', rest.slice(1)] : [rest];
  return [name, indicator.unit, word, ...values];
}

/** The source line of show: a main-table quote with its cells apart, any other quote as it is. */
export function sourceLine(indicator: Pick<Indicator, 'quote' | 'unit' | 'attribute' | 'no'>): string {
  const cells = mainTableCells(indicator);
  if (!cells) return `「${indicator.quote}」`;
  const columns = cells.length === 5 ? 'indicator | unit | attribute | 2020 | 2025' : 'indicator | unit | attribute | 2020 and 2025 as printed';
  return `「${cells.join(' | ')}」 (main table: ${columns})`;
}
