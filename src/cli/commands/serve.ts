import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { startServer, WEB_DIST } from '../../server/boot';
import { ensureWebBundle } from '../web-bundle';

const ROOT = path.resolve(WEB_DIST, '../..');

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Jalankan server web / run the web server (builds the web bundle when missing or out of date)')
    .action(async () => {
      const config = loadConfig();
      await ensureWebBundle(ROOT, WEB_DIST, (line) => console.log(line));
      const server = await startServer(config, (line) => console.log(line));
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          void server.stop().then(() => process.exit(0));
        });
      }
    });
}
