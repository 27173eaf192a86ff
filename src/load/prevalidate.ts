// Build step: check a plan folder the ordinary way and, if it has no finding at all, record
// each file's text with its parsed data (see validated-cache.ts).

import { loadPlan } from './load-plan.js';
import { readPlanFile } from './read-plan-file.js';
import type { ValidatedCacheFile } from './validated-cache.js';

export function prevalidate(folder: string, version: string): { cache: ValidatedCacheFile | null; findings: number } {
  const loaded = loadPlan(folder, { displayBase: folder });
  if (!loaded.plan || loaded.findings.length > 0) return { cache: null, findings: loaded.findings.length };
  const files: ValidatedCacheFile['files'] = [];
  for (const [display, absolute] of loaded.files) {
    const result = readPlanFile(absolute, display);
    if (!result.data || !result.kind || !result.source) return { cache: null, findings: 1 };
    files.push({ kind: result.kind, data: result.data, text: result.source.text });
  }
  return { cache: { version, files }, findings: 0 };
}
