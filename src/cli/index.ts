import { Command } from 'commander';
import { registerAuditCommands } from './commands/audit';
import { registerImportCommands } from './commands/import';
import { registerIndexCommands } from './commands/index-cmd';
import { registerMigrateCommand } from './commands/migrate';
import { registerOpenApiCommand } from './commands/openapi';
import { registerRulesCommands } from './commands/rules';
import { registerSeedCommand } from './commands/seed';
import { registerServeCommand } from './commands/serve';
import { registerUserCommands } from './commands/user';
import { runCli } from './run';

const program = new Command()
  .name('netra')
  .description('Netra — pengawasan netralitas / neutrality supervision. Perintah / commands:')
  .showHelpAfterError();

registerServeCommand(program);
registerMigrateCommand(program);
registerSeedCommand(program);
registerUserCommands(program);
registerImportCommands(program);
registerIndexCommands(program);
registerAuditCommands(program);
registerOpenApiCommand(program);
registerRulesCommands(program);

await runCli(program, process.argv);
