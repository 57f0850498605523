import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock';
import { tempDir } from '../test/tmp';

const tmp = () => tempDir('lock');

describe('data dir lock', () => {
  it('refuses a second holder while the first process lives', () => {
    const dir = tmp();
    // The parent process (vitest) is alive: a lock naming it belongs to "another process".
    writeFileSync(path.join(dir, 'netra.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/PID \d+/);
  });

  it('takes over a stale lock whose process is gone, and releases it', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'netra.lock'), '2147483646');
    const release = lockDataDir(dir);
    expect(existsSync(path.join(dir, 'netra.lock'))).toBe(true);
    release();
    expect(existsSync(path.join(dir, 'netra.lock'))).toBe(false);
  });
});
