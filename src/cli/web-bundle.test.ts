import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webBundleIsStale } from './web-bundle';
import { tempDir } from '../server/test/tmp';

function tree() {
  const root = tempDir('web');
  for (const dir of ['src/web', 'src/shared', 'dist/web']) mkdirSync(path.join(root, dir), { recursive: true });
  const touch = (file: string, seconds: number) => {
    writeFileSync(path.join(root, file), 'x');
    utimesSync(path.join(root, file), seconds, seconds);
  };
  return { root, dist: path.join(root, 'dist/web'), touch };
}

describe('web bundle freshness', () => {
  it('is stale when missing or older than a source, fresh otherwise', () => {
    const { root, dist, touch } = tree();
    expect(webBundleIsStale(root, dist)).toBe(true);
    touch('src/web/App.tsx', 1000);
    touch('dist/web/index.html', 2000);
    expect(webBundleIsStale(root, dist)).toBe(false);
    touch('src/shared/errors.ts', 3000);
    expect(webBundleIsStale(root, dist)).toBe(true);
  });
});
