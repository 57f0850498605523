import type { Database } from '../db/db';
import { regionFilter } from './region-source';
import { seedReferenceData } from './seed';

const quiet = { info: () => undefined, warn: () => undefined };

/**
 * A small, consistent slice of the country for tests, loaded in well under a second: every
 * province and regency/city (so Pilkada 2024's 545 regions exist), and all districts and villages
 * of Banten (36, WIB; Kabupaten and Kota Tangerang) and of Kabupaten Jayapura (91.03, WIT).
 * Elections and holidays are seeded from the shipped data files as at first start.
 */
export const TEST_REGION_FILTER = regionFilter({ levels: ['province', 'regency'], subtrees: ['36', '91.03'] });

export async function seedTestRegions(db: Database, now = new Date('2024-11-18T03:00:00.000Z')): Promise<void> {
  await seedReferenceData(db, { log: quiet, now, regionFilter: TEST_REGION_FILTER });
}
