// The worker thread of parallel-check.ts (bundled alone as dist/check-worker.cjs): takes
// the next unchecked file from the shared counter, checks it, posts the result, until no
// file is left.

import { workerData } from 'node:worker_threads';
import { checkFile } from './check-file.js';
import { diskFs } from './plan-fs.js';
import type { WorkerInput, WorkerOutput } from './parallel-check.js';

const { tasks, shared, port } = workerData as WorkerInput;
const counters = new Int32Array(shared);
for (;;) {
  const index = Atomics.add(counters, 0, 1);
  if (index >= tasks.length) break;
  let output: WorkerOutput;
  let transfer: ArrayBuffer[] = [];
  try {
    const check = checkFile(tasks[index]!, diskFs, true);
    output = { index, check };
    if (check.data && 'packed' in check.data) transfer = [check.data.packed.ops.buffer as ArrayBuffer, check.data.packed.numbers.buffer as ArrayBuffer];
  } catch (error) {
    output = { index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(output, transfer);
  Atomics.add(counters, 1, 1);
  Atomics.notify(counters, 1);
}
port.close();
