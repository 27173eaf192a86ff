// A unified diff of two texts, line by line: what `plan record --dry-run` would change.
// An edit touches a few lines, so the common head and tail are cut off first and the
// longest common subsequence is computed only over the lines in between.

export interface DiffOptions {
  oldLabel: string;
  newLabel: string;
  /** Unchanged lines shown around each change. */
  context?: number;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Above this many cells (old lines × new lines in between), every middle line counts as changed. */
const MAX_LCS_CELLS = 4_000_000;

/** The diff in unified format; empty when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, options: DiffOptions): string {
  if (oldText === newText) return '';
  const context = options.context ?? 3;
  const ops = diffLines(splitLines(oldText), splitLines(newText));
  let out = `--- ${options.oldLabel}\n+++ ${options.newLabel}\n`;
  for (const hunk of hunks(ops, context)) out += hunk;
  return out;
}

/** Lines without their breaks; a last line without a break is marked, as diff does. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else lines[lines.length - 1] += '\n\\ No newline at end of file';
  return lines;
}

function diffLines(before: readonly string[], after: readonly string[]): Op[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const oldMiddle = before.slice(head, before.length - tail);
  const newMiddle = after.slice(head, after.length - tail);
  const same = (line: string): Op => ({ kind: ' ', line });
  return [...before.slice(0, head).map(same), ...diffMiddle(oldMiddle, newMiddle), ...before.slice(before.length - tail).map(same)];
}

function diffMiddle(before: readonly string[], after: readonly string[]): Op[] {
  const removed = before.map((line): Op => ({ kind: '-', line }));
  const added = after.map((line): Op => ({ kind: '+', line }));
  if (before.length === 0 || after.length === 0 || before.length * after.length > MAX_LCS_CELLS) return [...removed, ...added];
  // common[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const width = after.length + 1;
  const common = new Uint32Array((before.length + 1) * width);
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      common[i * width + j] = before[i] === after[j] ? common[(i + 1) * width + j + 1]! + 1 : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      ops.push({ kind: ' ', line: before[i]! });
      i++;
      j++;
    } else if (common[(i + 1) * width + j]! >= common[i * width + j + 1]!) {
      ops.push({ kind: '-', line: before[i++]! });
    } else {
      ops.push({ kind: '+', line: after[j++]! });
    }
  }
  while (i < before.length) ops.push({ kind: '-', line: before[i++]! });
  while (j < after.length) ops.push({ kind: '+', line: after[j++]! });
  return ops;
}

function hunks(ops: readonly Op[], context: number): string[] {
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const out: string[] = [];
  let groupStart = 0;
  while (groupStart < changed.length) {
    // Changes closer than twice the context share one hunk.
    let groupEnd = groupStart;
    while (groupEnd + 1 < changed.length && changed[groupEnd + 1]! - changed[groupEnd]! <= 2 * context) groupEnd++;
    const from = Math.max(0, changed[groupStart]! - context);
    const to = Math.min(ops.length, changed[groupEnd]! + context + 1);
    let oldStart = 0;
    let newStart = 0;
    for (let index = 0; index < from; index++) {
      if (ops[index]!.kind !== '+') oldStart++;
      if (ops[index]!.kind !== '-') newStart++;
    }
    const body = ops.slice(from, to);
    const oldCount = body.filter((op) => op.kind !== '+').length;
    const newCount = body.filter((op) => op.kind !== '-').length;
    // An empty side names the line before it, as diff -u does.
    const range = (start: number, count: number): string => `${count === 0 ? start : start + 1},${count}`;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n` + body.map((op) => `${op.kind}${op.line}\n`).join(''));
    groupStart = groupEnd + 1;
  }
  return out;
}
