import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps';
import { loadPageAssets } from './assets';
import type { PagesEnv } from './env';
import { reportPages } from './report-pages';
import { tipPages } from './tip-pages';
import { trackPages } from './track-pages';

const URLENCODED = 'application/x-www-form-urlencoded';
/** The tracking and receipt forms carry one short field. */
const URLENCODED_LIMIT = 16 * 1024;

/**
 * The public pages citizens use: /lapor (report), /informasi (anonymous tip), /lacak (tracking).
 * Server-rendered HTML that works without JavaScript; `src/web/public/enhance.ts` (found through
 * Vite's manifest in `webDir`) improves them when it runs. Registered before the SPA fallback.
 */
export async function registerPublicPages(
  app: FastifyInstance,
  deps: AppDeps,
  options: { webDir?: string } = {},
): Promise<void> {
  const env: PagesEnv = { deps, assets: loadPageAssets(options.webDir) };
  await app.register(async (scope) => {
    // Cheap phones on slow networks: the HTML (a select of every regency) compresses tenfold.
    await scope.register(fastifyCompress, { global: true, encodings: ['br', 'gzip', 'deflate'] });
    if (!scope.hasContentTypeParser(URLENCODED)) {
      scope.addContentTypeParser(URLENCODED, { parseAs: 'string', bodyLimit: URLENCODED_LIMIT }, (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      });
    }
    reportPages(scope, env);
    tipPages(scope, env);
    trackPages(scope, env);
  });
}
