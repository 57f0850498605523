import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { mutate, SYSTEM_ACTOR } from '../audit/audit';
import type { Database, Queryable } from '../db/db';
import { countElectionRegions, findElection } from '../elections/repository';
import { storeNewElection } from '../elections/service';
import { upsertHolidayRows } from '../elections/holidays-repository';
import { parseCatalogueJson, parsePublishedEditionJson } from '../index-editions/files';
import { loadCatalogue, loadPublishedEdition } from '../index-editions/service';
import { parseElectionsJson, parseHolidaysCsv, type Parsed } from './files';
import { readRegionRows, REGION_SOURCE, type RegionFilter } from './region-source';
import { analyzeRegions, insertRegions, isDatasetLoaded, lockSeeding, recordDatasetLoad } from './repository';

/**
 * Seed files shipped with Netra: elections/*.json, holidays/*.csv, and the vulnerability index's
 * catalogue (index/catalogue-*.json) and published editions (index/editions/*.json). A new year or
 * edition is a new file.
 */
export const DATASETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'datasets');

export interface SeedOptions {
  log: Pick<Logger, 'info' | 'warn'>;
  now: Date;
  /** Load only part of the country (tests). */
  regionFilter?: RegionFilter;
  datasetsDir?: string;
  onRegionProgress?: (done: number, total: number) => void;
}

/**
 * Loads reference data that is missing (regions, elections, holidays, the index's catalogue and
 * published editions). Idempotent: each data set is recorded in `reference_loads` once loaded, and
 * never loaded again (an admin's later edits and deletions stay). Each set loads in one transaction
 * with its audit event.
 */
export async function seedReferenceData(db: Database, opts: SeedOptions): Promise<void> {
  await seedRegions(db, opts);
  const dir = opts.datasetsDir ?? DATASETS_DIR;
  for (const file of await listFiles(path.join(dir, 'holidays'), '.csv')) {
    await seedFile(
      db,
      opts,
      `holidays/${file}`,
      path.join(dir, 'holidays', file),
      parseHolidaysCsv,
      async (tx, holidays) => {
        const { created } = await upsertHolidayRows(tx, holidays, opts.now, { keepExisting: true });
        return { holidays: created.length };
      },
    );
  }
  for (const file of await listFiles(path.join(dir, 'elections'), '.json')) {
    await seedFile(
      db,
      opts,
      `elections/${file}`,
      path.join(dir, 'elections', file),
      parseElectionsJson,
      async (tx, elections) => {
        let created = 0;
        let skippedRegions = 0;
        for (const e of elections) {
          if (await findElection(tx, e.id)) continue;
          await storeNewElection(tx, e, opts.now);
          skippedRegions += e.regions.length - (await countElectionRegions(tx, e.id));
          created++;
        }
        // Regions missing from a partial region load (tests) are skipped, not invented.
        if (skippedRegions > 0) opts.log.warn({ skippedRegions }, 'election regions not loaded: unknown region codes');
        return { elections: created, skippedRegions };
      },
    );
  }
  await seedIndex(db, opts, path.join(dir, 'index'));
}

/** The vulnerability index: the default catalogue first, then the published editions. */
async function seedIndex(db: Database, opts: SeedOptions, dir: string): Promise<void> {
  for (const file of (await listFiles(dir, '.json')).filter((f) => f.startsWith('catalogue-'))) {
    await seedFile(db, opts, `index/${file}`, path.join(dir, file), parseCatalogueJson, (tx, catalogue) =>
      loadCatalogue(tx, catalogue, opts.now),
    );
  }
  for (const file of await listFiles(path.join(dir, 'editions'), '.json')) {
    await seedFile(
      db,
      opts,
      `index/editions/${file}`,
      path.join(dir, 'editions', file),
      parsePublishedEditionJson,
      async (tx, edition) => {
        const detail = await loadPublishedEdition(tx, edition, opts.now);
        // Regions missing from a partial region load (tests) are skipped, not invented.
        if (detail.skippedRegions) opts.log.warn(detail, 'index scores not loaded: unknown region codes');
        return detail;
      },
    );
  }
}

/** Runs `load` once per data set, under the seed lock, recording it and auditing it. */
async function once(
  db: Database,
  now: Date,
  dataset: string,
  load: (tx: Queryable) => Promise<Record<string, unknown>>,
): Promise<Record<string, unknown> | null> {
  if (await isDatasetLoaded(db, dataset)) return null;
  return mutate(db, SYSTEM_ACTOR, now, async (tx) => {
    await lockSeeding(tx);
    if (await isDatasetLoaded(tx, dataset)) return { result: null, audit: [] };
    const detail = await load(tx);
    await recordDatasetLoad(tx, dataset, now, detail);
    return {
      result: detail,
      audit: { action: 'reference.load', subjectType: 'reference_data', subjectId: dataset, data: detail },
    };
  });
}

async function seedRegions(db: Database, opts: SeedOptions): Promise<void> {
  if (await isDatasetLoaded(db, 'regions')) return;
  const started = performance.now();
  const rows = await readRegionRows(opts.regionFilter);
  const detail = await once(db, opts.now, 'regions', async (tx) => {
    const inserted = await insertRegions(tx, rows, opts.onRegionProgress);
    return { source: REGION_SOURCE, inserted, partial: opts.regionFilter !== undefined };
  });
  if (detail) {
    await analyzeRegions(db);
    opts.log.info({ ...detail, ms: Math.round(performance.now() - started) }, 'regions loaded');
  }
}

async function seedFile<T>(
  db: Database,
  opts: SeedOptions,
  dataset: string,
  file: string,
  parser: (text: string) => Parsed<T>,
  load: (tx: Queryable, value: T) => Promise<Record<string, unknown>>,
): Promise<void> {
  if (await isDatasetLoaded(db, dataset)) return;
  const parsed = parser(await readFile(file, 'utf8'));
  if (!parsed.ok) {
    const where = parsed.issues.map((i) => `  line ${i.line}: ${i.message}`).join('\n');
    throw new Error(`Berkas data referensi rusak / bad reference data file ${file}:\n${where}`);
  }
  const detail = await once(db, opts.now, dataset, (tx) => load(tx, parsed.value));
  if (detail) opts.log.info({ dataset, ...detail }, 'reference data loaded');
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(ext)).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
