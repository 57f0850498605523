import type { Logger } from 'pino';
import type { Database } from '../db/db';

/** Loads reference data that is missing (regions, elections, holidays). Idempotent. */
export async function seedReferenceData(_db: Database, _opts: { log: Logger; now: Date }): Promise<void> {
  // Filled in by the regions/elections work.
}
