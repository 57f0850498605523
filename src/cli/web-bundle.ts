import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm start` builds the web bundle when it is missing or older than its sources (src/web,
 * src/shared, vite.config.ts), so a fresh clone and a `git pull` both serve the current UI.
 */
export function webBundleIsStale(root: string, distDir: string): boolean {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = [path.join(root, 'src/web'), path.join(root, 'src/shared'), path.join(root, 'vite.config.ts')];
  return sources.some((s) => newestMtime(s) > built);
}

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Builds the bundle (production mode) when `webBundleIsStale`; returns whether it built. */
export async function ensureWebBundle(root: string, distDir: string, log: (line: string) => void = () => undefined) {
  if (!webBundleIsStale(root, distDir)) return false;
  log('Membangun antarmuka web / building the web bundle…');
  const { build } = await import('vite');
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    // The production React build even when NODE_ENV says otherwise (tests run with NODE_ENV=test).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  });
  return true;
}
