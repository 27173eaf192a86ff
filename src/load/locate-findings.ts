// Findings given their place: line and column in the file they concern.

import { toPointer, type Finding, type PendingFinding } from '../model/findings.js';
import type { ReadResult } from './read-plan-file.js';
import type { SourceFile } from './source-file.js';

/** The findings of one file read: those already positioned, and those located now. */
export function findingsOfRead(result: ReadResult, display: string): Finding[] {
  return [...result.positioned.map((problem) => ({ ...problem, severity: 'error' as const, file: display })), ...locate(result.pending, display, result.source)];
}

/** Give pending findings their line and column. */
export function locate(pending: readonly PendingFinding[], file: string, source: SourceFile | null): Finding[] {
  return pending.map((finding) => {
    const position = source ? source.positionAt(finding.path, finding.atKey) : { line: 0, col: 0 };
    return {
      code: finding.code,
      severity: finding.severity ?? 'error',
      file,
      line: position.line,
      col: position.col,
      message: finding.message,
      pointer: toPointer(finding.path),
    };
  });
}
