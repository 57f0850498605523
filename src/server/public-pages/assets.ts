import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The hashed files of the enhancement entry, as Vite's manifest names them. */
export interface PageAssets {
  script: string | null;
  styles: string[];
}

export const ENHANCE_ENTRY = 'public/enhance.ts';

const ManifestChunk = z.object({
  file: z.string(),
  src: z.string().optional(),
  isEntry: z.boolean().optional(),
  css: z.array(z.string()).optional(),
});
const Manifest = z.record(z.string(), ManifestChunk);

/**
 * Reads `<webDir>/.vite/manifest.json` once. Without a web bundle (unit tests, a server started
 * before the first build) the pages render without script and stylesheet: they still work.
 */
export function loadPageAssets(webDir: string | undefined): PageAssets {
  const none: PageAssets = { script: null, styles: [] };
  if (!webDir) return none;
  const file = path.join(webDir, '.vite', 'manifest.json');
  if (!existsSync(file)) return none;
  const parsed = Manifest.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) return none;
  return assetsFromManifest(parsed.data);
}

export function assetsFromManifest(manifest: z.infer<typeof Manifest>): PageAssets {
  const entry = manifest[ENHANCE_ENTRY] ?? Object.values(manifest).find((c) => c.isEntry && c.src === ENHANCE_ENTRY);
  if (!entry) return { script: null, styles: [] };
  return { script: `/${entry.file}`, styles: (entry.css ?? []).map((f) => `/${f}`) };
}
