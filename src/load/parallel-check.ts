// Checking a large plan's files on every core: worker threads and the main thread take the
// next unchecked file from one shared counter until none is left, so a thread that gets the
// slow files simply takes fewer. The main thread waits for the workers' results without
// giving up its synchronous call (Atomics.wait, receiveMessageOnPort): loading a plan stays
// one plain function call whichever way it runs.
//
// Small plans never start a worker: starting one costs more than it saves (the embedded
// plan is checked in a few milliseconds). A worker that cannot start, fails or stays silent
// costs time, never a result: the main thread checks whatever it left unreported.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { MessagePort, Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../util/package-paths.js';
import { checkFile, type FileCheck, type FileTask } from './check-file.js';
import { diskFs, type PlanFs } from './plan-fs.js';

/**
 * Below this many bytes of included files, one thread checks them: a worker takes about
 * 75 ms to start (measured), the time the main thread needs for about 2 MB.
 */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

/** The bundled worker (scripts/build.mjs). */
export const WORKER_BUNDLE = join(PACKAGE_ROOT, 'dist', 'check-worker.cjs');

/** What a worker is given. */
export interface WorkerInput {
  tasks: FileTask[];
  /** [0]: the next task to take; [1]: results posted so far. */
  shared: SharedArrayBuffer;
  port: MessagePort;
}

/** What a worker posts for each task it took. */
export type WorkerOutput = { index: number; check: FileCheck } | { index: number; error: string };

/**
 * How many worker threads to start for `bytes` of files: PLAN_WORKERS when set (0: none;
 * tests use it to force workers on a small plan), else one per core beyond the main
 * thread's for a large plan, none for a small one. (PLAN_WORKERS_ONLY=1 leaves every file to
 * the workers, so that a test of a small plan sees them check it.)
 */
export function workerCount(bytes: number, tasks: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.PLAN_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), tasks);
  if (bytes < PARALLEL_MIN_BYTES || tasks < 2) return 0;
  return Math.max(0, Math.min(builtin<typeof import('node:os')>('node:os').availableParallelism() - 1, tasks - 1, 7));
}

/**
 * A built-in module loaded when first needed: node:worker_threads costs every start 1.6 ms
 * (measured), and only a large plan starts a worker. The bundle is CommonJS and has
 * `require`; the sources run as ES modules in the tests.
 */
function builtin<T>(name: string): T {
  return (typeof require === 'function' ? require(name) : createRequire(import.meta.url)(name)) as T;
}

/** Who checked the files of the last call of `checkFiles`: for the tests, and PLAN_DEBUG_WORKERS. */
export const lastCheck = { workers: 0, here: 0, byWorkers: 0 };

/**
 * Every task checked by the main thread and `workers` worker threads, each result handed to
 * `take` on the main thread as it arrives (so that what a file leaves behind is let go
 * early); what `take` makes of them is returned in the order of the tasks. The main thread
 * reads through `fs`; workers read the disk.
 */
export function checkFiles<T>(
  tasks: readonly FileTask[],
  workers: number,
  take: (check: FileCheck, task: FileTask) => T,
  fs: PlanFs = diskFs,
  bytesOf: (task: FileTask) => number = () => 0,
  onlyWorkers?: boolean,
): T[] {
  onlyWorkers ??= process.env.PLAN_WORKERS_ONLY === '1';
  const results = new Array<T>(tasks.length);
  const done = new Uint8Array(tasks.length);
  Object.assign(lastCheck, { workers, here: 0, byWorkers: 0 });
  if (workers <= 0 || tasks.length === 0) {
    for (let index = 0; index < tasks.length; index++) results[index] = take(checkFile(tasks[index]!, fs), tasks[index]!);
    lastCheck.here = tasks.length;
    return results;
  }
  const { MessageChannel, receiveMessageOnPort, Worker } = builtin<typeof import('node:worker_threads')>('node:worker_threads');
  const shared = new SharedArrayBuffer(8);
  const counters = new Int32Array(shared);
  const ports: MessagePort[] = [];
  const started: Worker[] = [];
  for (let i = 0; i < workers; i++) {
    const { port1, port2 } = new MessageChannel();
    try {
      const input: WorkerInput = { tasks: [...tasks], shared, port: port2 };
      const worker = new Worker(WORKER_BUNDLE, { workerData: input, transferList: [port2], stdout: true, stderr: true });
      // Errors are the main thread's to make up for (below), not the process's to die of.
      worker.on('error', () => {});
      worker.unref();
      started.push(worker);
      ports.push(port1);
    } catch {
      port1.close();
      port2.close();
    }
  }

  let received = 0;
  let remaining = tasks.length;
  const checkHere = (index: number): void => {
    if (done[index]) return;
    results[index] = take(checkFile(tasks[index]!, fs), tasks[index]!);
    lastCheck.here += 1;
    done[index] = 1;
    remaining -= 1;
  };
  const drain = (): void => {
    const failed: number[] = [];
    for (const port of ports) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        received += 1;
        const output = message.message as WorkerOutput;
        if (!('check' in output)) failed.push(output.index);
        else if (!done[output.index]) {
          results[output.index] = take(output.check, tasks[output.index]!);
          lastCheck.byWorkers += 1;
          done[output.index] = 1;
          remaining -= 1;
        }
      }
    }
    // A task a worker failed on is checked here, where its findings (or its error) belong.
    for (const index of failed) checkHere(index);
  };

  while (!onlyWorkers || started.length === 0) {
    drain();
    const index = Atomics.add(counters, 0, 1);
    if (index >= tasks.length) break;
    checkHere(index);
  }
  // Wait for the tasks the workers took. A worker that died holding one
  // never reports it: after a silence longer than its files could take, check them here.
  let silentSince = Date.now();
  while (remaining > 0) {
    const posted = Atomics.load(counters, 1);
    drain();
    if (remaining === 0) break;
    // Posted but not yet received: the message is on its way.
    if (received < posted) continue;
    if (Atomics.wait(counters, 1, posted, 100) !== 'timed-out') {
      silentSince = Date.now();
      continue;
    }
    const pending = tasks.filter((_, index) => !done[index]);
    const patience = 2000 + pending.reduce((sum, task) => sum + bytesOf(task), 0) / 5000;
    if (Date.now() - silentSince > patience) for (let index = 0; index < tasks.length; index++) checkHere(index);
  }
  if (process.env.PLAN_DEBUG_WORKERS) process.stderr.write(`plan: ${lastCheck.here} files checked on the main thread, ${lastCheck.byWorkers} by ${workers} worker(s)\n`);
  for (const port of ports) port.close();
  for (const worker of started) void worker.terminate();
  return results;
}
