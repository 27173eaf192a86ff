// A headless Chromium driven through the DevTools protocol over a pipe
// (`--remote-debugging-pipe`: JSON messages ended by a NUL byte on file descriptors 3 and
// 4), so the HTML report's test needs no WebSocket client and no browser download: Node's
// child_process and the system's `chromium` (Debian's package; .ci/run installs it).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** The Chromium on PATH, or null. */
export function findChromium(): string | null {
  for (const name of ['chromium', 'chromium-browser']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

interface Pending {
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
  method: string;
}

export class Browser {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners: { method: string; sessionId?: string; resolve: (params: Record<string, unknown>) => void }[] = [];
  private buffer = '';
  private stderr = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const fromBrowser = child.stdio[4] as Readable;
    fromBrowser.setEncoding('utf8');
    fromBrowser.on('data', (chunk: string) => this.receive(chunk));
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    child.on('exit', (code) => {
      for (const { reject, method } of this.pending.values()) reject(new Error(`chromium exited (${code}) during ${method}: ${this.stderr}`));
      this.pending.clear();
    });
  }

  static launch(executable: string): Browser {
    const profile = mkdtempSync(join(tmpdir(), 'plan-chromium-'));
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-sandbox', // CI runs as root, where Chromium's sandbox will not start
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--hide-scrollbars', // overlay scrollbars, as a phone has: the viewport keeps its width
      '--force-color-profile=srgb',
    ];
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    return new Browser(child, profile);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      (this.child.stdio[3] as Writable).write(`${message}\0`);
    });
  }

  /** The next event of this name (in this session), as a promise made before the action that causes it. */
  event(method: string, sessionId?: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.listeners.push({ method, ...(sessionId ? { sessionId } : {}), resolve }));
  }

  /** A new page of the given viewport, its session id returned. */
  async newPage(width: number, height: number, mobile: boolean): Promise<Page> {
    const { targetId } = (await this.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await this.send('Page.enable', {}, sessionId);
    await this.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile }, sessionId);
    return new Page(this, sessionId);
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    await Promise.race([this.send('Browser.close').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000))]);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    rmSync(this.profile, { recursive: true, force: true });
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
      const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; method?: string; sessionId?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message: string } };
      this.buffer = this.buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting?.resolve(message.result ?? {});
      } else if (message.method) {
        const index = this.listeners.findIndex((listener) => listener.method === message.method && (!listener.sessionId || listener.sessionId === message.sessionId));
        if (index >= 0) this.listeners.splice(index, 1)[0]!.resolve(message.params ?? {});
      }
    }
  }
}

export class Page {
  constructor(
    private readonly browser: Browser,
    readonly sessionId: string,
  ) {}

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.browser.send(method, params, this.sessionId);
  }

  async goto(url: string): Promise<void> {
    const loaded = this.browser.event('Page.loadEventFired', this.sessionId);
    await this.send('Page.navigate', { url });
    await loaded;
  }

  /** A page expression's value (JSON-serialisable), or the exception it threw. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = (await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(`${exceptionDetails.text} ${exceptionDetails.exception?.description ?? ''}`);
    return result.value;
  }

  /** A PNG of the viewport (or of the clip, in CSS pixels), as bytes. */
  async screenshot(clip?: { x: number; y: number; width: number; height: number }): Promise<Buffer> {
    const { data } = (await this.send('Page.captureScreenshot', { format: 'png', ...(clip ? { clip: { ...clip, scale: 1 }, captureBeyondViewport: true } : {}) })) as { data: string };
    return Buffer.from(data, 'base64');
  }
}
