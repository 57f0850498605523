import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { startServer, WEB_DIST } from '../../server/boot';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Jalankan server web / run the web server (builds the web bundle when missing)')
    .action(async () => {
      const config = loadConfig();
      if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
        console.log('Membangun antarmuka web / building the web bundle (first start)…');
        const { build } = await import('vite');
        await build({ configFile: path.resolve(WEB_DIST, '../../vite.config.ts'), logLevel: 'warn' });
      }
      const server = await startServer(config, (line) => console.log(line));
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          void server.stop().then(() => process.exit(0));
        });
      }
    });
}
