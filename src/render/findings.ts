// Findings → text, JSON or GitHub workflow commands, in the language asked for (the words
// of each code from finding-text.ts). Reporters return strings; only the CLI writes them.

import type { SourceFile } from '../load/source-file.js';
import { escapeControl, escapeInline } from '../util/escape.js';
import type { Finding } from '../model/findings.js';
import { findingText, warningWord } from './finding-text.js';
import type { Lang } from './messages.js';

export type FindingsFormat = 'text' | 'json' | 'github';
export const FINDINGS_FORMATS: readonly FindingsFormat[] = ['text', 'json', 'github'];

export interface FindingsContext {
  sources: ReadonlyMap<string, SourceFile>;
  lang: Lang;
}

export const findingsReporters: Record<FindingsFormat, (findings: readonly Finding[], context: FindingsContext) => string> = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
};

/**
 * One object a finding (`plan schema findings`): its code and place, `message` in the
 * language asked for, and `args`, the facts the message is made from (by code:
 * `FindingArgs` in src/model/findings.ts).
 */
function formatJson(findings: readonly Finding[], context: FindingsContext): string {
  const objects = findings.map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    col: finding.col,
    message: findingText(finding, context.lang),
    ...(finding.pointer === undefined ? {} : { pointer: finding.pointer }),
    args: finding.args,
  }));
  return JSON.stringify(objects, null, 2) + '\n';
}

function formatText(findings: readonly Finding[], context: FindingsContext): string {
  let out = '';
  for (const finding of findings) {
    const where = finding.line > 0 ? `${finding.file}:${finding.line}:${finding.col}` : finding.file;
    const severity = finding.severity === 'warning' ? `${warningWord(context.lang)} ` : '';
    out += `${escapeInline(where)}  ${severity}${finding.code}  ${escapeInline(findingText(finding, context.lang))}\n`;
    const source = context.sources.get(finding.file);
    if (source && finding.line > 0) {
      const gutter = String(finding.line);
      const { text: line, caret } = clipLine(source.lineText(finding.line), finding.col - 1);
      const text = escapeControl(line).replace(/\t/g, ' ');
      out += `  ${gutter} | ${text}\n`;
      out += `  ${' '.repeat(gutter.length)} | ${' '.repeat(caret)}^\n`;
    }
  }
  return out;
}

/** Longest source line quoted in full; a longer one (a minified or hostile file) is cut around the column. */
const MAX_QUOTED = 160;

function clipLine(line: string, column: number): { text: string; caret: number } {
  const at = Math.max(0, column);
  if (line.length <= MAX_QUOTED) return { text: line, caret: at };
  const start = Math.max(0, Math.min(at - MAX_QUOTED / 2, line.length - MAX_QUOTED));
  const end = start + MAX_QUOTED;
  const text = (start > 0 ? '…' : '') + line.slice(start, end) + (end < line.length ? '…' : '');
  return { text, caret: at - start + (start > 0 ? 1 : 0) };
}

/** GitHub Actions annotations: https://docs.github.com/actions/reference/workflow-commands */
function formatGithub(findings: readonly Finding[], context: FindingsContext): string {
  return findings
    .map((finding) => {
      const properties = [`file=${escapeProperty(finding.file)}`];
      if (finding.line > 0) properties.push(`line=${finding.line}`, `col=${finding.col}`);
      properties.push(`title=${escapeProperty(finding.code)}`);
      return `::${finding.severity === 'warning' ? 'warning' : 'error'} ${properties.join(',')}::${escapeData(findingText(finding, context.lang))}\n`;
    })
    .join('');
}

/** Escaping for a workflow command's message. */
export function escapeData(text: string): string {
  return escapeControl(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a workflow command's property (file, title). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
