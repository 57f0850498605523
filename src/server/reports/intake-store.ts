import { randomUUID } from 'node:crypto';
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
import { loadIntakeContext, type IntakeContext, type Regime } from './context-repository';
import { checkAgainstReferenceData, referenceCodes, validationFailed, type PlaceAndDates } from './intake-validate';
import { officeCodeFor, officeName } from './office';
import { officeOf } from './presenter';
import * as repo from './repository';
import { openCaseForReport } from '../cases/open-case';
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
  office: { code: string; name: string };
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
  sub: Submission<unknown>,
  place: PlaceAndDates,
): Promise<StoredIntake> {
  try {
    const officeCode = officeCodeFor(draft.incidentRegionCode, draft.governorElection);
    const [province, regency] = draft.incidentRegionCode.split('.');
    const ctx = await loadIntakeContext(deps.db, {
      codes: referenceCodes(place),
      officeCode,
      province: province!,
      regency: regency ? `${province}.${regency}` : null,
      preferProvince: draft.governorElection,
      electionId: draft.electionId,
      knownOn: draft.kind === 'TIP' ? null : draft.knownOn,
    });
    checkAgainstReferenceData(ctx.known, place, now);
    const idemHash = sub.idempotencyKey ? hashIdempotencyKey(draft.channel, sub.idempotencyKey) : null;
    const fingerprint = fingerprintOf(
      sub.body,
      sub.files.map((f) => f.sha256),
    );
    if (idemHash) {
      const earlier = await repo.findReportByIdempotencyHash(deps.db, idemHash);
      if (earlier) return replay(deps, draft, sub.idempotencyKey!, earlier, fingerprint);
    }
    const prepared = prepare(ctx, officeCode, draft, now);
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
  regime: Regime;
  office: { code: string; name: string };
  requirements: RequirementResult | null;
}

function prepare(ctx: IntakeContext, officeCode: string, draft: IntakeDraft, now: Date): Prepared {
  if (draft.electionId && !ctx.election) {
    throw validationFailed([
      { path: ['electionId'], code: 'unknown_election', message: 'Pemilihan tidak dikenal / Unknown election' },
    ]);
  }
  if (!ctx.office)
    throw validationFailed([
      { path: ['incident', 'regionCode'], code: 'unknown_region', message: 'Wilayah tidak dikenal / Unknown region' },
    ]);
  // No election known for the place: the Pilkada rules apply, and the record says no election.
  const regime = ctx.election?.regime ?? 'PILKADA';
  let requirements: RequirementResult | null = null;
  if (draft.kind !== 'TIP' && draft.knownOn) {
    const zone = timeZoneOfCode(draft.incidentRegionCode)!;
    const rule = ctx.windowRules[regime];
    if (!rule)
      throw new AppError('UNAVAILABLE', `Aturan batas waktu laporan ${regime} tidak ada / No report window rule`);
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
        incidentRegionCode: draft.incidentRegionCode,
        zone,
        description: draft.description,
        evidenceCount: 0,
        witnessCount: draft.witnesses.length,
        channel: draft.channel === 'FINDING' ? 'FINDING' : draft.channel === 'WALK_IN' ? 'WALK_IN' : 'WEB',
      },
      rule,
      ctx.holidays,
    );
  }
  return {
    electionId: ctx.election?.id ?? null,
    regime,
    office: { code: officeCode, name: officeName(ctx.office.level, ctx.office.name) },
    requirements,
  };
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
      await repo.insertReport(
        tx,
        {
          id,
          kind: draft.kind,
          channel: draft.channel,
          receivedAt: now,
          electionId: p.electionId,
          regime: p.regime,
          officeCode: p.office.code,
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
          hasEmail: Boolean(identity?.email),
        },
        draft.parties,
        draft.governorElection ? 'ROUTED_GOVERNOR_ELECTION' : 'ROUTED_BY_PLACE',
      );
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
      // Reports and findings open a case (tips do not: they are not a formal report).
      const opened =
        draft.kind === 'TIP'
          ? []
          : [
              await openCaseForReport(
                tx,
                {
                  reportId: id,
                  kind: draft.kind,
                  regime: p.regime,
                  electionId: p.electionId,
                  governorElection: draft.governorElection,
                  officeCode: p.office.code,
                  incidentRegionCode: draft.incidentRegionCode,
                  receivedAt: now,
                  actOn: draft.incidentOn,
                  requirementsMet: requirements?.allMet ?? false,
                  acts: draft.acts,
                  createdBy: draft.createdBy,
                },
                now,
              ),
            ];
      return {
        result: null,
        audit: [
          ...opened,
          {
            action: `${draft.kind.toLowerCase()}.receive`,
            subjectType: 'report',
            subjectId: id,
            // Never personal data in the audit trail: the identity stays sealed in the report.
            data: {
              kind: draft.kind,
              channel: draft.channel,
              office: p.office.code,
              region: draft.incidentRegionCode,
              evidence: sub.files.map((f) => f.sha256),
              links: draft.links.length,
              requirementsMet: requirements?.allMet ?? null,
            },
          },
        ],
      };
    });
  } catch (err) {
    await removeUnreferenced(deps, created);
    throw err;
  }
  return { id, trackingCode, requirements, office: p.office, receivedAt: now };
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
    office: officeOf(earlier),
    receivedAt: earlier.received_at,
  };
}
