import type {
  ElectionCreate,
  ElectionDetail,
  ElectionListQuery,
  ElectionSummary,
  ElectionUpdate,
} from '../../shared/api/elections';
import type { Page } from '../../shared/api/common';
import { mutate, type Actor, type AuditEntry } from '../audit/audit';
import type { Database, Queryable } from '../db/db';
import { conflict, notFound } from '../http/errors';
import { offsetOf, offsetPage } from '../http/pagination';
import { ancestorCodes, requireRegions } from '../regions/service';
import {
  countRegions,
  findElection,
  findElectionRegions,
  findStages,
  insertElection,
  listElectionRecords,
  replaceRegions,
  replaceStages,
  updateElectionRow,
  type ElectionRecord,
} from './repository';

async function summaries(db: Queryable, records: ElectionRecord[]): Promise<ElectionSummary[]> {
  const ids = records.map((r) => r.id);
  const [stages, counts] = await Promise.all([findStages(db, ids), countRegions(db, ids)]);
  return records.map((r) => {
    const c = counts.find((x) => x.election_id === r.id);
    return {
      id: r.id,
      name: r.name,
      regime: r.regime,
      source: r.source,
      stages: stages
        .filter((s) => s.election_id === r.id)
        .map((s) => ({ code: s.code, name: s.name, startsOn: s.starts_on, endsOn: s.ends_on })),
      regionCounts: { province: c?.province ?? 0, regency: c?.regency ?? 0 },
      createdAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
    };
  });
}

export async function listElections(db: Queryable, query: ElectionListQuery): Promise<Page<ElectionSummary>> {
  const offset = offsetOf(query.cursor);
  if (query.region) await requireRegions(db, [query.region]);
  const regionCodes = query.region ? [...ancestorCodes(query.region), query.region] : undefined;
  const { rows, total } = await listElectionRecords(db, { regime: query.regime, regionCodes }, offset, query.limit);
  return offsetPage(await summaries(db, rows), total, offset, query.limit);
}

export async function getElection(db: Queryable, id: string): Promise<ElectionDetail> {
  const record = await findElection(db, id);
  if (!record) throw notFound(`pemilihan / election ${id}`);
  const [summary] = await summaries(db, [record]);
  const regions = await findElectionRegions(db, id);
  return { ...summary!, regions };
}

/**
 * Stores a new election with its stages and regions inside `tx`. Region codes not in `regions`
 * are not linked (the first-start seed on a partial region load relies on it); callers that must
 * refuse them call `requireRegions` first, as `writeNew` does.
 */
export async function storeNewElection(tx: Queryable, input: ElectionCreate, now: Date): Promise<void> {
  await insertElection(tx, input, now);
  await replaceStages(tx, input.id, input.stages);
  await replaceRegions(tx, input.id, input.regions);
}

/** Writes a new election inside `tx`; its regions must exist. */
async function writeNew(tx: Queryable, input: ElectionCreate, now: Date): Promise<void> {
  await requireRegions(tx, input.regions);
  await storeNewElection(tx, input, now);
}

function auditData(input: Partial<ElectionCreate>) {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.regime !== undefined ? { regime: input.regime } : {}),
    ...(input.source !== undefined ? { source: input.source } : {}),
    ...(input.stages !== undefined ? { stages: input.stages } : {}),
    ...(input.regions !== undefined ? { regionCount: input.regions.length } : {}),
  };
}

export async function createElection(
  db: Database,
  actor: Actor,
  now: Date,
  input: ElectionCreate,
): Promise<ElectionDetail> {
  await mutate(db, actor, now, async (tx) => {
    if (await findElection(tx, input.id))
      throw conflict(`Pemilihan sudah ada / Election already exists: ${input.id}`, { id: input.id });
    await writeNew(tx, input, now);
    return {
      result: null,
      audit: { action: 'election.create', subjectType: 'election', subjectId: input.id, data: auditData(input) },
    };
  });
  return getElection(db, input.id);
}

async function applyUpdate(tx: Queryable, current: ElectionRecord, patch: ElectionUpdate, now: Date): Promise<void> {
  if (patch.regions) await requireRegions(tx, patch.regions);
  await updateElectionRow(
    tx,
    current.id,
    {
      name: patch.name ?? current.name,
      regime: patch.regime ?? current.regime,
      source: patch.source === undefined ? current.source : patch.source,
    },
    now,
  );
  if (patch.stages) await replaceStages(tx, current.id, patch.stages);
  if (patch.regions) await replaceRegions(tx, current.id, patch.regions);
}

export async function updateElection(
  db: Database,
  actor: Actor,
  now: Date,
  id: string,
  patch: ElectionUpdate,
): Promise<ElectionDetail> {
  await mutate(db, actor, now, async (tx) => {
    const current = await findElection(tx, id, { lock: true });
    if (!current) throw notFound(`pemilihan / election ${id}`);
    await applyUpdate(tx, current, patch, now);
    return {
      result: null,
      audit: { action: 'election.update', subjectType: 'election', subjectId: id, data: auditData(patch) },
    };
  });
  return getElection(db, id);
}

/**
 * Creates or replaces every election given, all in one transaction: one unknown region and
 * nothing is written. Used by `netra import elections`.
 */
export async function importElections(
  db: Database,
  actor: Actor,
  now: Date,
  inputs: readonly ElectionCreate[],
): Promise<{ created: string[]; replaced: string[] }> {
  return mutate(db, actor, now, async (tx) => {
    await requireRegions(
      tx,
      inputs.flatMap((e) => e.regions),
    );
    const created: string[] = [];
    const replaced: string[] = [];
    const audit: AuditEntry[] = [];
    for (const input of inputs) {
      const current = await findElection(tx, input.id, { lock: true });
      if (current) {
        await applyUpdate(tx, current, input, now);
        replaced.push(input.id);
      } else {
        await writeNew(tx, input, now);
        created.push(input.id);
      }
      audit.push({
        action: current ? 'election.update' : 'election.create',
        subjectType: 'election',
        subjectId: input.id,
        data: { ...auditData(input), via: 'import' },
      });
    }
    return { result: { created, replaced }, audit };
  });
}
