import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { buildOpenApi } from '../../server/http/openapi';
import { allRoutes } from '../../server/routes';

export function registerOpenApiCommand(program: Command): void {
  program
    .command('openapi')
    .description('Tulis dokumen OpenAPI / write the OpenAPI document')
    .option('--out <file>', 'output file', 'openapi.json')
    .action((opts: { out: string }) => {
      writeFileSync(opts.out, JSON.stringify(buildOpenApi(allRoutes()), null, 2) + '\n');
      console.log(`wrote ${opts.out}`);
    });
}
