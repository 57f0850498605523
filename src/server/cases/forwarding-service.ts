import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { checkFollowUp, decide, routeFor } from '../../domain/cases';
import { endOfDayInstant, localDateOf } from '../../domain/deadlines/calendar';
import type { FollowUpRequest, ForwardingListQuery, ForwardingView, ForwardRequest } from '../../shared/api/cases';
import { FINAL_FOLLOW_UP_STATUSES, type ReceivingBody } from '../../shared/cases';
import { mutate, type Actor } from '../audit/audit';
import type { Principal } from '../auth/principal';
import type { AppDeps } from '../deps';
import { AppError, notFound } from '../http/errors';
import { offsetOf, offsetPage } from '../http/pagination';
import { authorize, reachOf } from '../policies';
import { requireAccess, visibleCase } from './access';
import { assertTransition, snapshotOf } from './command-service';
import { deadlineRow } from './deadline-rows';
import { withLockedCase } from './case-service';
import { presentForwardings } from './detail';
import { officeOfCase } from './presenter';
import * as fwd from './forwarding-repository';
import { notifyReporters } from './notify';
import * as repo from './repository';
import { loadRuleBook } from './rules-repository';

function invalid(path: string, code: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { in: 'body', issues: [{ path: [path], code, message }] });
}

/**
 * Forwards a decided category of one reported party to the body that sanctions (by default the
 * body the routing rules give for the category, subject and date of the act) and starts the
 * expected-reply deadline. A crime forwarded to Gakkumdu opens the shared workspace.
 */
export async function forwardCase(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  id: string,
  req: ForwardRequest,
) {
  return withLockedCase(deps, actor, now, principal, id, async (tx, { row, access }) => {
    requireAccess(access, 'handle');
    const t = decide(await snapshotOf(tx, row), { type: 'FORWARD' }, { role: principal.role });
    assertTransition(t);
    const party = (await repo.findParties(tx, id)).find((p) => p.position === req.partyPosition);
    if (!party)
      throw invalid('partyPosition', 'unknown_party', 'Terlapor tidak ada dalam perkara / Unknown reported party');
    if (!party.categories.includes(req.category)) {
      throw new AppError(
        'PRECONDITION_FAILED',
        'Kategori ini tidak diputuskan untuk terlapor tersebut / This category was not decided for this party',
        { failed: ['CATEGORY_NOT_DECIDED'], decided: party.categories },
      );
    }
    const actOn = row.act_on ?? localDateOf(row.received_at, row.time_zone);
    const book = await loadRuleBook(tx, req.letterDate);
    const route = routeFor(book.routing, { category: req.category, subjectType: party.subject_type, actOn });
    const body: ReceivingBody | undefined = req.body ?? route?.body;
    if (!body) {
      throw invalid(
        'body',
        'no_route',
        'Tidak ada aturan penerusan; pilih instansi / No routing rule applies: choose the body',
      );
    }
    const forwardingId = randomUUID();
    let expected: { lastDay: string; dueAt: Date; ruleFrom: string | null };
    if (req.expectedReplyOn) {
      if (req.expectedReplyOn < req.letterDate) {
        throw invalid(
          'expectedReplyOn',
          'before_letter',
          'Tanggal jawaban sebelum tanggal surat / Reply date before the letter',
        );
      }
      expected = {
        lastDay: req.expectedReplyOn,
        dueAt: endOfDayInstant(req.expectedReplyOn, row.time_zone),
        ruleFrom: null,
      };
      await repo.upsertDeadline(tx, id, {
        code: 'FORWARDING_REPLY',
        ref: forwardingId,
        start_on: req.letterDate,
        last_day: expected.lastDay,
        due_at: expected.dueAt,
        rule_regime: row.regime,
        rule_effective_from: req.letterDate,
        extended_from: null,
      });
    } else {
      const d = deadlineRow(book, {
        regime: row.regime,
        code: 'FORWARDING_REPLY',
        start: req.letterDate,
        zone: row.time_zone,
        ref: forwardingId,
      });
      expected = { lastDay: d.last_day, dueAt: d.due_at, ruleFrom: d.rule_effective_from };
      await repo.upsertDeadline(tx, id, d);
    }
    await fwd.insertForwarding(
      tx,
      {
        id: forwardingId,
        caseId: id,
        partyPosition: req.partyPosition,
        category: req.category,
        body,
        bodyDetail: req.bodyDetail ?? null,
        letterNumber: req.letterNumber,
        letterDate: req.letterDate,
        expectedReplyOn: expected.lastDay,
        expectedReplyAt: expected.dueAt,
        ruleEffectiveFrom: route?.rule.effectiveFrom ?? null,
        createdBy: principal.userId,
      },
      now,
    );
    if (body === 'GAKKUMDU') {
      await tx.query(
        `INSERT INTO gakkumdu_cases (case_id, centre_code, stage, article, opened_by, opened_at, updated_at)
         VALUES ($1, $2, 'SECOND_DISCUSSION', NULL, $3, $4, $4) ON CONFLICT (case_id) DO NOTHING`,
        [id, row.office_code, principal.userId, now],
      );
    }
    if (t.to !== row.status) await repo.updateCase(tx, id, { status: t.to }, now);
    const data = {
      forwarding: forwardingId,
      party: req.partyPosition,
      category: req.category,
      body,
      letterNumber: req.letterNumber,
      routeRule: route?.rule.effectiveFrom ?? null,
    };
    await repo.appendEvent(
      tx,
      id,
      { command: 'FORWARD', from: t.from, to: t.to, public: t.publicChange, data, actorId: principal.userId },
      now,
    );
    await repo.refreshSummary(tx, id);
    if (t.publicChange) await notifyReporters(deps, tx, id, t.to, now);
    return { action: 'case.forwarded', subjectType: 'case', subjectId: id, data };
  });
}

/**
 * Records what a receiving body reports back (by its own officer, or a supervisor on its behalf),
 * with the sanction typed by the subject; a final status ends the expected-reply deadline.
 */
export async function recordFollowUp(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  forwardingId: string,
  req: z.infer<typeof FollowUpRequest>,
): Promise<ForwardingView> {
  authorize(principal, 'cases.followup');
  const found = await fwd.findForwarding(deps.db, forwardingId);
  if (!found) throw notFound('penerusan / forwarding');
  await mutate(deps.db, actor, now, async (tx) => {
    // A forwarding of a case out of reach answers exactly like one that does not exist.
    const { row, access } = await visibleCase(tx, principal, found.case_id, { lock: true }).catch((err: unknown) => {
      throw err instanceof AppError && err.code === 'NOT_FOUND' ? notFound('penerusan / forwarding') : err;
    });
    requireAccess(access, 'followUp');
    if (access.followUp !== 'any' && access.followUp !== found.body) throw notFound('penerusan / forwarding');
    if (found.final) {
      throw new AppError(
        'INVALID_TRANSITION',
        'Tindak lanjut akhir sudah dicatat / A final follow-up is already recorded',
        { allowed: [] },
      );
    }
    const problems = checkFollowUp(req.status, req.sanctions, found.subject_type);
    if (problems.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Sanksi tidak sesuai / Sanctions do not fit: ${problems.map((p) => p.code).join(', ')}`,
        {
          in: 'body',
          issues: problems.map((p) => ({
            path: p.index === undefined ? ['sanctions'] : ['sanctions', p.index],
            code: p.code,
            message: p.code,
          })),
        },
      );
    }
    const final = FINAL_FOLLOW_UP_STATUSES.includes(req.status);
    const t = decide(await snapshotOf(tx, row), { type: 'RECORD_FOLLOW_UP', final }, { role: principal.role });
    assertTransition(t);
    await fwd.insertFollowUp(
      tx,
      {
        forwardingId,
        status: req.status,
        sanctions: req.sanctions,
        note: req.note ?? null,
        final,
        by: principal.userId,
      },
      now,
    );
    if (final) await repo.meetDeadlines(tx, row.id, ['FORWARDING_REPLY'], now, forwardingId);
    if (t.to !== row.status) await repo.updateCase(tx, row.id, { status: t.to }, now);
    const data = { forwarding: forwardingId, status: req.status, sanctions: req.sanctions, final };
    await repo.appendEvent(
      tx,
      row.id,
      {
        command: 'RECORD_FOLLOW_UP',
        from: t.from,
        to: t.to,
        note: req.note ?? null,
        public: t.publicChange,
        data,
        actorId: principal.userId,
      },
      now,
    );
    await repo.refreshSummary(tx, row.id);
    if (t.publicChange) await notifyReporters(deps, tx, row.id, t.to, now);
    return { result: null, audit: { action: 'case.follow_up', subjectType: 'case', subjectId: row.id, data } };
  });
  const { row } = await visibleCase(deps.db, principal, found.case_id);
  const views = await presentForwardings(deps.db, row, deps.clock());
  return views.find((v) => v.id === forwardingId)!;
}

/** A receiving body's forwardings (or a supervisor's, in reach), oldest expected reply first. */
export async function listForwardings(deps: AppDeps, principal: Principal, query: z.infer<typeof ForwardingListQuery>) {
  const { region: reach } = reachOf(principal, 'cases.followup');
  const offset = offsetOf(query.cursor);
  const body = principal.role === 'INSTANSI_PENERIMA' ? (principal.body ?? '-') : null;
  const { rows, total } = await fwd.listForwardingsTo(
    deps.db,
    { body, reach, unanswered: query.unanswered === undefined ? undefined : query.unanswered === 'true' },
    { limit: query.limit, offset },
  );
  const now = deps.clock();
  const items = [];
  for (const f of rows) {
    const { row } = await visibleCase(deps.db, principal, f.case_id);
    const view = (await presentForwardings(deps.db, row, now)).find((v) => v.id === f.id)!;
    items.push({ ...view, registerNumber: f.register_number, office: officeOfCase(row), timeZone: row.time_zone });
  }
  return offsetPage(items, total, offset, query.limit);
}
