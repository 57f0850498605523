import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The web bundle: src/web → dist/web, served by the Fastify app (src/server/http/app.ts). */
export default defineConfig(({ mode }) => ({
  root: path.join(here, 'src/web'),
  base: '/',
  publicDir: false,
  // Vite 8 transforms TSX with Oxc; use React's automatic JSX runtime (as tsconfig's "react-jsx").
  // The JSX dev runtime only for the dev server: a production bundle must not depend on NODE_ENV.
  oxc: { jsx: { runtime: 'automatic', development: mode === 'development' } },
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    // The SPA, and the enhancement script (with its CSS) of the server-rendered public pages, whose
    // hashed file names the server reads from .vite/manifest.json (src/server/public-pages/assets.ts).
    manifest: true,
    rollupOptions: {
      input: {
        main: path.join(here, 'src/web/index.html'),
        enhance: path.join(here, 'src/web/public/enhance.ts'),
      },
    },
  },
  server: {
    // `npx vite --config vite.config.ts` for UI work, with `npm start` serving the API on 8080.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
}));
