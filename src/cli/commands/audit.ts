import type { Command } from 'commander';
import { verifyAuditChain } from '../../server/audit/verify';
import { withDatabase } from '../run';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Jejak audit / audit trail');
  audit
    .command('verify')
    .description('Periksa rantai hash jejak audit / verify the audit hash chain')
    .action(async () => {
      const result = await withDatabase((db) => verifyAuditChain(db));
      if (result.ok) {
        console.log(`OK: ${result.checked} peristiwa audit utuh / audit events intact`);
        return;
      }
      console.error(
        `RUSAK / BROKEN at audit event seq ${result.broken.seq} (${result.broken.reason}); ${result.checked} events before it are intact`,
      );
      process.exitCode = 1;
    });
}
