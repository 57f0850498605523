import type { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from '../server/config';
import { DataDirLockedError } from '../server/db/lock';
import type { Database } from '../server/db/db';
import { prepare } from '../server/boot';
import type { Actor } from '../server/audit/audit';
import { userInfo } from 'node:os';

/** Known failures print their message and exit 1; anything else prints the stack and exits 2. */
export async function runCli(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof CliError) {
      console.error(err.message);
      process.exit(1);
    }
    console.error(err);
    process.exit(2);
  }
}

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Opens the configured database (migrated, reference data loaded), runs `fn`, closes it. */
export async function withDatabase<T>(fn: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, () => undefined);
  const { db } = await prepare({ ...config, logLevel: 'warn' });
  try {
    return await fn(db, config);
  } finally {
    await db.close();
  }
}

/** The actor of audit events written from the command line. */
export function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry */
  }
  return { id: null, label: `cli:${user}`, ip: null, userAgent: 'netra-cli', requestId: null };
}
