// Pieces of plan show's text: computed numbers with their reasons grouped, and a quote from
// the main indicator table with its cells told apart.

import { COMPUTED_FIELDS, type ComputedField } from '../engine/types.js';
import type { ReportComputed } from './report-model.js';
import type { Indicator } from '../model/types.js';
import { number } from './cells.js';
import { displayWidth } from './display-width.js';
import { messages, type Lang } from './messages.js';

/**
 * One line per computed number; the fields that are undefined for one and the same reason
 * (a milestone: all eight) share one line, where the first of them would stand. The
 * fields are named, and their reasons were worded (report-model.ts), in `lang`.
 */
export function computedLines(computed: ReportComputed, lang: Lang = 'en'): string[] {
  const labels = messages(lang).show.computedLabels;
  const pad = (field: ComputedField): string => labels[field] + ' '.repeat(Math.max(0, 15 - displayWidth(labels[field])));
  const lines: string[] = [];
  const groups = new Map<string, { at: number; fields: ComputedField[] }>();
  for (const field of COMPUTED_FIELDS) {
    const value = computed[field];
    if (value !== null) {
      lines.push(`  ${pad(field)} ${number(value, 4)}`);
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
    const names = group.fields.map((field) => labels[field]);
    lines[group.at] = group.fields.length === 1 ? `  ${pad(group.fields[0]!)} — (${reason})` : `  ${names.join(messages(lang).listSeparator)}${lang === 'zh' ? '：' : ': '}— (${reason})`;
  }
  return lines;
}

/** The attribute words of the outline's main table: the catalogue's Chinese ones. */
const ATTRIBUTE_WORDS = messages('zh').attribute;

/**
 * A main-table quote is the outline's row run together: name, unit, attribute (预期性 or
 * 约束性), the 2020 value, the 2025 target. It is split at the indicator's own unit and
 * attribute word, and only when both stand there together; the 2020 column is told apart
 * only when it is "-" (the table's mark for none), since two numbers run together cannot
 * be. Null when the quote cannot be split so.
 */
export function mainTableCells(indicator: Pick<Indicator, 'quote' | 'unit' | 'attribute' | 'no'>): string[] | null {
  if (indicator.no === undefined || indicator.no === null || !indicator.attribute) return null;
  if (indicator.attribute !== 'binding' && indicator.attribute !== 'expected') return null;
  const word = ATTRIBUTE_WORDS[indicator.attribute];
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
export function sourceLine(indicator: Pick<Indicator, 'quote' | 'unit' | 'attribute' | 'no'>, lang: Lang = 'en'): string {
  const cells = mainTableCells(indicator);
  if (!cells) return `「${indicator.quote}」`;
  const columns = messages(lang).show.mainTable(cells.length === 5 ? 'five' : 'joined');
  return lang === 'zh' ? `「${cells.join(' | ')}」（${columns}）` : `「${cells.join(' | ')}」 (${columns})`;
}
