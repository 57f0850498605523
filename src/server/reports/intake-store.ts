import { randomUUID } from 'node:crypto';
import { addDays } from '../../domain/deadlines/calendar';
import { maskNik, maskPhone, normalizePhone } from '../../domain/intake/nik';
import { checkRequirements, type RequirementResult } from '../../domain/intake/requirements';
import { timeZoneOfCode } from '../../domain/regions/time-zone';
import type { ReportedParty } from '../../shared/api/reports';
import type { Channel, IntakeKind, ReporterType, ViolationType } from '../../shared/intake';
import { mutate, type Actor } from '../audit/audit';
import { PG, pgErrorCode } from '../db/db';
import type { AppDeps } from '../deps';
import { AppError, conflict } from '../http/errors';
import type { Submission } from '../http/submission';
import { identityKeyId, maskName, sealIdentity, type ReporterIdentity, type WitnessIdentity } from './identity';
import { validationFailed } from './intake-validate';
import { officeCodeFor } from './office';
import * as repo from './repository';
import { fingerprintOf, hashIdempotencyKey, hashTrackingCode, newTrackingCode } from './tracking';

/** Everything an intake record holds, whichever channel it came through. */
export interface IntakeDraft {
  kind: IntakeKind;
  channel: Channel;
  incidentRegionCode: string;
  incidentOn: string | null;
  incidentTime: string | null;
  placeDetail: string | null;
  knownOn: string | null;
  governorElection: boolean;
  electionId: string | null;
  description: string | null;
  acts: readonly ViolationType[];
  links: readonly string[];
  parties: readonly ReportedParty[];
  witnesses: readonly WitnessIdentity[];
  reporter: { type: ReporterType; identity: ReporterIdentity } | null;
  createdBy: string | null;
  /** Whether the reporter gets a tracking code (web, walk-in, tip; not findings). */
  tracked: boolean;
}

export interface StoredIntake {
  id: string;
  trackingCode: string | null;
  requirements: RequirementResult | null;
  officeCode: string;
  receivedAt: Date;
}

/**
 * Stores one intake record with its evidence, in one transaction with its audit event. Evidence
 * files are moved into the blob store (fsynced) inside the transaction, before COMMIT; if the
 * transaction fails, blobs it created are removed again. A retried submission (same idempotency
 * key, same content) returns the first one; the same key with other content is a 409.
 */
export async function storeIntake(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  draft: IntakeDraft,
  sub: Pick<Submission<unknown>, 'files' | 'idempotencyKey' | 'discard'> & { body: unknown },
): Promise<StoredIntake> {
  try {
    const idemHash = sub.idempotencyKey ? hashIdempotencyKey(draft.channel, sub.idempotencyKey) : null;
    const fingerprint = fingerprintOf(
      sub.body,
      sub.files.map((f) => f.sha256),
    );
    if (idemHash) {
      const earlier = await repo.findReportByIdempotencyHash(deps.db, idemHash);
      if (earlier) return replay(deps, draft, sub.idempotencyKey!, earlier, fingerprint);
    }
    const prepared = await prepare(deps, draft, now);
    try {
      return await insert(deps, actor, now, draft, sub, prepared, { idemHash, fingerprint });
    } catch (err) {
      // Two identical submissions at once: the second waits on the unique key, then replays the first.
      if (idemHash && pgErrorCode(err) === PG.UNIQUE_VIOLATION) {
        const earlier = await repo.findReportByIdempotencyHash(deps.db, idemHash);
        if (earlier) return replay(deps, draft, sub.idempotencyKey!, earlier, fingerprint);
      }
      throw err;
    }
  } finally {
    await sub.discard();
  }
}

interface Prepared {
  electionId: string | null;
  regime: 'PILKADA' | 'PEMILU';
  officeCode: string;
  requirements: RequirementResult | null;
}

async function prepare(deps: AppDeps, draft: IntakeDraft, now: Date): Promise<Prepared> {
  const code = draft.incidentRegionCode;
  const [province, regency] = code.split('.');
  let electionId = draft.electionId;
  let regime: 'PILKADA' | 'PEMILU' | null;
  if (electionId) {
    regime = await repo.findElectionRegime(deps.db, electionId);
    if (!regime) {
      throw validationFailed([
        { path: ['electionId'], code: 'unknown_election', message: 'Pemilihan tidak dikenal / Unknown election' },
      ]);
    }
  } else {
    const found = await repo.findElectionFor(
      deps.db,
      { province: province!, regency: regency ? `${province}.${regency}` : null },
      draft.governorElection,
    );
    electionId = found?.id ?? null;
    // No election known for the place: the Pilkada rules apply, and the record says no election.
    regime = found?.regime ?? 'PILKADA';
  }
  const officeCode = officeCodeFor(code, draft.governorElection);
  let requirements: RequirementResult | null = null;
  if (draft.kind !== 'TIP' && draft.knownOn) {
    const zone = timeZoneOfCode(code)!;
    const rule = await repo.findWindowRule(deps.db, regime, draft.knownOn);
    if (!rule)
      throw new AppError('UNAVAILABLE', `Aturan batas waktu laporan ${regime} tidak ada / No report window rule`);
    const holidays = await repo.holidaysBetween(deps.db, draft.knownOn, addDays(draft.knownOn, 60));
    requirements = checkRequirements(
      {
        kind: draft.kind === 'FINDING' ? 'FINDING' : 'REPORT',
        reporter: draft.reporter
          ? { name: draft.reporter.identity.name, nikValid: true, address: draft.reporter.identity.address }
          : null,
        reportedParties: draft.parties.map((p) => ({ name: p.name, address: p.address ?? null })),
        knownOn: draft.knownOn,
        receivedAt: now,
        incidentOn: draft.incidentOn,
        incidentRegionCode: code,
        zone,
        description: draft.description,
        evidenceCount: 0,
        witnessCount: draft.witnesses.length,
        channel: draft.channel === 'FINDING' ? 'FINDING' : draft.channel === 'WALK_IN' ? 'WALK_IN' : 'WEB',
      },
      rule,
      holidays,
    );
  }
  return { electionId, regime, officeCode, requirements };
}

async function insert(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  draft: IntakeDraft,
  sub: Pick<Submission<unknown>, 'files' | 'idempotencyKey'>,
  p: Prepared,
  keys: { idemHash: string | null; fingerprint: string },
): Promise<StoredIntake> {
  const id = randomUUID();
  const trackingCode = draft.tracked ? newTrackingCode(deps.config.secretKey, draft.channel, sub.idempotencyKey) : null;
  const requirements = p.requirements ? withEvidence(p.requirements, sub.files.length + draft.links.length) : null;
  const identity = draft.reporter?.identity;
  const phone = identity ? (normalizePhone(identity.phone) ?? identity.phone) : null;
  const created: string[] = [];
  try {
    await mutate(deps.db, actor, now, async (tx) => {
      await repo.insertReport(tx, {
        id,
        kind: draft.kind,
        channel: draft.channel,
        receivedAt: now,
        electionId: p.electionId,
        regime: p.regime,
        officeCode: p.officeCode,
        incidentRegionCode: draft.incidentRegionCode,
        incidentOn: draft.incidentOn,
        incidentTime: draft.incidentTime,
        placeDetail: draft.placeDetail,
        knownOn: draft.knownOn,
        governorElection: draft.governorElection,
        description: draft.description,
        acts: draft.acts,
        links: draft.links,
        reporterType: draft.reporter?.type ?? null,
        reporterEnc: identity ? sealIdentity(deps.config, id, { ...identity, phone }) : null,
        nameMasked: identity ? maskName(identity.name) : null,
        nikMasked: identity ? maskNik(identity.nik) : null,
        phoneMasked: phone ? maskPhone(phone) : null,
        witnessesEnc: draft.witnesses.length ? sealIdentity(deps.config, id, draft.witnesses) : null,
        witnessCount: draft.witnesses.length,
        identityKeyId: identity || draft.witnesses.length ? identityKeyId(deps.config) : null,
        requirements,
        trackingHash: trackingCode ? hashTrackingCode(trackingCode) : null,
        idempotencyHash: keys.idemHash,
        fingerprint: keys.fingerprint,
        createdBy: draft.createdBy,
      });
      await repo.insertParties(tx, id, draft.parties);
      await repo.insertRouting(tx, {
        reportId: id,
        officeCode: p.officeCode,
        reason: draft.governorElection ? 'ROUTED_GOVERNOR_ELECTION' : 'ROUTED_BY_PLACE',
        routedBy: null,
        at: now,
      });
      let position = 0;
      for (const file of sub.files) {
        const { created: isNew } = await deps.blobs.commit(file);
        if (isNew) created.push(file.sha256);
        await repo.upsertBlob(tx, file, now);
        await repo.insertEvidence(
          tx,
          {
            id: randomUUID(),
            reportId: id,
            position: position++,
            sha256: file.sha256,
            filename: file.filename || `berkas-${position}`,
            addedBy: draft.createdBy,
          },
          now,
        );
      }
      return {
        result: null,
        audit: {
          action: `${draft.kind.toLowerCase()}.receive`,
          subjectType: 'report',
          subjectId: id,
          // Never personal data in the audit trail: the identity stays sealed in the report.
          data: {
            kind: draft.kind,
            channel: draft.channel,
            office: p.officeCode,
            region: draft.incidentRegionCode,
            evidence: sub.files.map((f) => f.sha256),
            links: draft.links.length,
            requirementsMet: requirements?.allMet ?? null,
          },
        },
      };
    });
  } catch (err) {
    await removeUnreferenced(deps, created);
    throw err;
  }
  return { id, trackingCode, requirements, officeCode: p.officeCode, receivedAt: now };
}

/** The requirement result once the number of files and links is known. */
function withEvidence(r: RequirementResult, count: number): RequirementResult {
  if (count === 0) return r;
  const material = r.material.map((m) => (m.code === 'EVIDENCE' ? { ...m, met: true } : m));
  const missing = r.missing.filter((c) => c !== 'EVIDENCE');
  return { ...r, material, missing, allMet: missing.length === 0 };
}

/** Undo for blobs this submission created when its transaction failed (others may hold them since). */
async function removeUnreferenced(deps: AppDeps, hashes: readonly string[]): Promise<void> {
  for (const sha of hashes) {
    if (!(await repo.blobIsRecorded(deps.db, sha))) await deps.blobs.remove(sha);
  }
}

async function replay(
  deps: AppDeps,
  draft: IntakeDraft,
  key: string,
  earlier: repo.ReportRow,
  fingerprint: string,
): Promise<StoredIntake> {
  if (earlier.fingerprint !== fingerprint) {
    throw conflict('Kunci idempotensi sudah dipakai untuk kiriman lain / Idempotency key reused with other content');
  }
  return {
    id: earlier.id,
    trackingCode: draft.tracked ? newTrackingCode(deps.config.secretKey, draft.channel, key) : null,
    requirements: earlier.requirements,
    officeCode: earlier.office_code,
    receivedAt: earlier.received_at,
  };
}
