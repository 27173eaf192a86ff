// Findings given their place: line and column in the file they concern.

import { factOf, toPointer, type Finding, type PendingFinding } from '../model/findings.js';
import type { ReadResult } from './read-plan-file.js';
import type { SourceFile } from './source-file.js';

/** The findings of one file read: those already positioned, and those located now. */
export function findingsOfRead(result: ReadResult, display: string): Finding[] {
  return [...result.positioned.map((problem) => ({ ...factOf(problem), severity: 'error' as const, file: display, line: problem.line, col: problem.col })), ...locate(result.pending, display, result.source)];
}

/** Give pending findings their line and column. */
export function locate(pending: readonly PendingFinding[], file: string, source: SourceFile | null): Finding[] {
  return pending.map((finding) => {
    const position = source ? source.positionAt(finding.path, finding.atKey) : { line: 0, col: 0 };
    return {
      ...factOf(finding),
      severity: finding.severity ?? 'error',
      file,
      line: position.line,
      col: position.col,
      pointer: toPointer(finding.path),
    };
  });
}
