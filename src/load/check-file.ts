// One included file checked on its own, in whichever thread: read, parse, data and schema
// checks, findings located. What comes back is all the plan keeps of the file: its kind, its
// findings and its data packed (value-codec.ts); the text and the parsed document are let go.

import type { FileKind, PlanFileData } from '../model/types.js';
import type { Finding } from '../model/findings.js';
import { findingsOfRead } from './locate-findings.js';
import { diskFs, type PlanFs } from './plan-fs.js';
import { readPlanFile } from './read-plan-file.js';
import { packValue, unpackValue, type PackedValue } from './value-codec.js';

export interface FileTask {
  absolute: string;
  display: string;
  expectedKinds: readonly FileKind[];
}

export interface FileCheck {
  kind: FileKind | null;
  /** The text was read and decoded: there is a source to quote findings from. */
  decoded: boolean;
  findings: Finding[];
  /** The data, when the file passed its own checks: packed to cross to another thread, else as parsed. */
  data: { packed: PackedValue } | { parsed: PlanFileData } | null;
}

/**
 * `pack`: for another thread (whose copy of the strings is its own already); else the data
 * is read with strings of its own (read-plan-file.ts), ready to keep.
 */
export function checkFile(task: FileTask, fs: PlanFs = diskFs, pack = false): FileCheck {
  const result = readPlanFile(task.absolute, task.display, { expectedKinds: task.expectedKinds, fs, ownStrings: !pack });
  const findings = findingsOfRead(result, task.display);
  const data = result.data ? (pack ? { packed: packValue(result.data) } : { parsed: result.data }) : null;
  return { kind: result.kind, decoded: result.source !== null, findings, data };
}

/** The data of a check as the plan keeps it, whichever thread made it. */
export function keptData(check: FileCheck): PlanFileData | null {
  if (!check.data) return null;
  return 'packed' in check.data ? (unpackValue(check.data.packed) as PlanFileData) : check.data.parsed;
}
