import { describe, expect, it } from 'vitest';
import { lineKeeping } from '../../src/util/line-io.js';

function recorder(): { log: string[]; io: ReturnType<typeof lineKeeping> } {
  const log: string[] = [];
  return { log, io: lineKeeping({ stdout: (text) => log.push(`out:${text}`), stderr: (text) => log.push(`err:${text}`) }) };
}

describe('output that never leaves a line open', () => {
  it('ends an open stdout line before stderr speaks', () => {
    const { log, io } = recorder();
    io.stdout('data without a newline');
    io.stderr('✗ 1 error\n');
    expect(log).toEqual(['out:data without a newline', 'out:\n', 'err:✗ 1 error\n']);
  });

  it('ends it at the finish, and adds nothing to a line already ended', () => {
    const { log, io } = recorder();
    io.stdout('a\n');
    io.stderr('note\n');
    io.stdout('b');
    io.finish();
    io.finish();
    expect(log).toEqual(['out:a\n', 'err:note\n', 'out:b', 'out:\n']);
  });

  it('writes nothing for empty text and nothing at the finish of an empty run', () => {
    const { log, io } = recorder();
    io.stdout('');
    io.finish();
    expect(log).toEqual([]);
  });
});
