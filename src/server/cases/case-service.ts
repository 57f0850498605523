import type { z } from 'zod';
import { decide } from '../../domain/cases';
import type {
  CaseDetail,
  CaseListItem,
  CaseListQuery,
  DelegateRequest,
  MergeRequest,
  TransitionRequest,
} from '../../shared/api/cases';
import type { Page } from '../../shared/api/common';
import { levelOfCode } from '../../shared/roles';
import { mutate, type Actor, type AuditEntry } from '../audit/audit';
import type { Principal } from '../auth/principal';
import type { AppDeps } from '../deps';
import { AppError } from '../http/errors';
import { offsetOf, offsetPage } from '../http/pagination';
import { authorize, reachOf } from '../policies';
import { requireRegions } from '../regions/service';
import { requireAccess, visibleCase } from './access';
import { applyTransition, assertTransition, snapshotOf } from './command-service';
import { DUE_SOON_HOURS } from './deadline-rows';
import { presentCaseDetail } from './detail';
import { listCases, workload } from './inbox-repository';
import { notifyReporters } from './notify';
import { officeOfCase, presentCaseItem } from './presenter';
import * as repo from './repository';

/** The inbox: open cases of the officer's reach by nearest deadline (or every case, newest first). */
export async function listCaseInbox(
  deps: AppDeps,
  principal: Principal,
  query: z.infer<typeof CaseListQuery>,
): Promise<Page<CaseListItem>> {
  const { region: reach } = reachOf(principal, 'cases.read');
  if (query.region) authorize(principal, 'cases.read', { region: query.region });
  const offset = offsetOf(query.cursor);
  const now = deps.clock();
  const { rows, total } = await listCases(
    deps.db,
    {
      reach,
      open: query.open === 'true',
      status: query.status,
      kind: query.kind,
      category: query.category,
      subjectType: query.subjectType,
      act: query.act,
      region: query.region,
      deadline: query.deadline,
      now,
      dueSoonHours: DUE_SOON_HOURS,
    },
    { limit: query.limit, offset },
  );
  return offsetPage(
    rows.map((r) => presentCaseItem(r, now)),
    total,
    offset,
    query.limit,
  );
}

/** Per office within reach: open, due soon, overdue, unanswered forwardings (the office above sees them). */
export async function getWorkload(deps: AppDeps, principal: Principal) {
  const { region: reach } = reachOf(principal, 'cases.read');
  const rows = await workload(deps.db, reach, deps.clock(), DUE_SOON_HOURS);
  return {
    dueSoonHours: DUE_SOON_HOURS,
    rows: rows.map((r) => ({
      office: officeOfCase(r),
      open: r.open,
      dueSoon: r.due_soon,
      overdue: r.overdue,
      unansweredForwardings: r.unanswered,
    })),
  };
}

export async function getCase(deps: AppDeps, principal: Principal, id: string): Promise<CaseDetail> {
  const { row, access } = await visibleCase(deps.db, principal, id);
  return presentCaseDetail(deps.db, principal, row, access, deps.clock());
}

/** Runs `fn` on the locked case inside one audited transaction, then answers with the case page. */
export async function withLockedCase(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  id: string,
  fn: (
    tx: Parameters<Parameters<typeof mutate>[3]>[0],
    found: Awaited<ReturnType<typeof visibleCase>>,
  ) => Promise<AuditEntry | AuditEntry[]>,
): Promise<CaseDetail> {
  await mutate(deps.db, actor, now, async (tx) => {
    const found = await visibleCase(tx, principal, id, { lock: true });
    return { result: null, audit: await fn(tx, found) };
  });
  return getCase(deps, principal, id);
}

export async function transitionCase(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  id: string,
  req: TransitionRequest,
): Promise<CaseDetail> {
  return withLockedCase(deps, actor, now, principal, id, async (tx, { row, access }) => {
    requireAccess(access, 'handle');
    return applyTransition(deps, tx, principal, row, req, now);
  });
}

/**
 * Merges other cases (each still before registration, of an office this officer handles) into this
 * one: their reports, parties and reporters move over; each reporter keeps standing and is told.
 */
export async function mergeCases(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  id: string,
  req: z.infer<typeof MergeRequest>,
): Promise<CaseDetail> {
  if (req.caseIds.includes(id)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Perkara tidak dapat digabung dengan dirinya / A case cannot merge into itself',
      {
        in: 'body',
        issues: [{ path: ['caseIds'], code: 'self_merge', message: id }],
      },
    );
  }
  return withLockedCase(deps, actor, now, principal, id, async (tx, target) => {
    requireAccess(target.access, 'handle');
    if (target.row.status === 'MERGED' || !target.row.is_open) {
      throw new AppError('INVALID_TRANSITION', 'Perkara tujuan sudah selesai / The target case is closed', {
        allowed: [],
      });
    }
    const audit: AuditEntry[] = [];
    // Lock in id order so two merges cannot deadlock.
    for (const sourceId of [...new Set(req.caseIds)].sort()) {
      const source = await visibleCase(tx, principal, sourceId, { lock: true });
      requireAccess(source.access, 'handle');
      const t = decide(await snapshotOf(tx, source.row), { type: 'MERGE', intoCaseId: id }, { role: principal.role });
      assertTransition(t);
      const { rows: reports } = await tx.query<{ id: string }>(
        'SELECT id FROM reports WHERE case_id = $1 ORDER BY received_at, id',
        [sourceId],
      );
      for (const r of reports) await repo.attachReport(tx, id, r.id);
      await tx.query('UPDATE case_deadlines SET met_at = $2 WHERE case_id = $1 AND met_at IS NULL', [sourceId, now]);
      await repo.updateCase(tx, sourceId, { status: 'MERGED', mergedInto: id, closedAt: now }, now);
      await repo.appendEvent(
        tx,
        sourceId,
        {
          command: 'MERGE',
          from: t.from,
          to: t.to,
          note: req.note,
          public: true,
          data: { into: id },
          actorId: principal.userId,
        },
        now,
      );
      await repo.appendEvent(
        tx,
        id,
        {
          command: 'MERGE',
          from: target.row.status,
          to: target.row.status,
          note: req.note,
          public: false,
          data: { from: sourceId, reports: reports.map((r) => r.id) },
          actorId: principal.userId,
        },
        now,
      );
      await repo.refreshSummary(tx, sourceId);
      await notifyReporters(deps, tx, sourceId, 'MERGED', now);
      audit.push({ action: 'case.merged', subjectType: 'case', subjectId: sourceId, data: { into: id } });
    }
    await repo.refreshSummary(tx, id);
    audit.push({ action: 'case.merged_into', subjectType: 'case', subjectId: id, data: { from: req.caseIds } });
    return audit;
  });
}

/**
 * Hands a case up to the province or down to one of its regencies. The officer must handle the
 * case now; the new office must be the parent province or a regency under the current province.
 */
export async function delegateCase(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  id: string,
  req: z.infer<typeof DelegateRequest>,
): Promise<CaseDetail> {
  await requireRegions(deps.db, [req.officeCode]);
  return withLockedCase(deps, actor, now, principal, id, async (tx, { row, access }) => {
    requireAccess(access, 'handle');
    const t = decide(
      await snapshotOf(tx, row),
      { type: 'DELEGATE', toOffice: req.officeCode, note: req.note },
      {
        role: principal.role,
      },
    );
    assertTransition(t);
    const from = row.office_code;
    const up = levelOfCode(from) === 'regency' && req.officeCode === from.slice(0, 2);
    const down =
      levelOfCode(from) === 'province' &&
      levelOfCode(req.officeCode) === 'regency' &&
      req.officeCode.startsWith(`${from}.`);
    if (!up && !down) {
      throw new AppError(
        'PRECONDITION_FAILED',
        'Pelimpahan hanya ke provinsi di atasnya atau kabupaten/kota di bawahnya / Delegate only up to the province or down to its regencies',
        { failed: ['NOT_IN_HIERARCHY'], from, to: req.officeCode },
      );
    }
    await repo.updateCase(tx, id, { officeCode: req.officeCode }, now);
    await repo.appendEvent(
      tx,
      id,
      {
        command: 'DELEGATE',
        from: t.from,
        to: t.to,
        note: req.note,
        public: false,
        data: { from, to: req.officeCode },
        actorId: principal.userId,
      },
      now,
    );
    return {
      action: 'case.delegated',
      subjectType: 'case',
      subjectId: id,
      data: { from, to: req.officeCode, direction: up ? 'up' : 'down' },
    };
  });
}
