import type { z } from 'zod';
import type {
  GakkumduDiscussionRequest,
  GakkumduOpenRequest,
  GakkumduStepRequest,
  CaseListQuery,
} from '../../shared/api/cases';
import { GAKKUMDU_STEPS, type DeadlineCode } from '../../shared/cases';
import type { Actor } from '../audit/audit';
import type { Principal } from '../auth/principal';
import type { AppDeps } from '../deps';
import { AppError } from '../http/errors';
import { offsetOf, offsetPage } from '../http/pagination';
import { authorize, reachOf } from '../policies';
import { requireAccess } from './access';
import { withLockedCase } from './case-service';
import { deadlineRow } from './deadline-rows';
import { CASE_COLUMNS, CASE_JOINS, type CaseRow } from './repository';
import { presentCaseItem } from './presenter';
import * as fwd from './forwarding-repository';
import * as repo from './repository';
import { loadRuleBook } from './rules-repository';

/** The criminal-step deadline a stage starts (DOMAIN.md §3), unless the request names another step. */
const STEP_OF_STAGE: Record<z.infer<typeof GakkumduStepRequest>['stage'], DeadlineCode | null> = {
  INVESTIGATION: 'INVESTIGATION',
  PROSECUTION: 'TO_COURT',
  DISTRICT_COURT: 'DISTRICT_VERDICT',
  APPEAL: 'TO_HIGH_COURT',
  HIGH_COURT: 'HIGH_COURT_VERDICT',
  FINAL: null,
  STOPPED: null,
};

/** Shares a case with the Sentra Gakkumdu of its handling office (suspected crime): first discussion. */
export async function openGakkumdu(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  id: string,
  req: z.infer<typeof GakkumduOpenRequest>,
) {
  return withLockedCase(deps, actor, now, principal, id, async (tx, { row, access }) => {
    requireAccess(access, 'handle');
    if (!row.is_open) {
      throw new AppError('INVALID_TRANSITION', 'Perkara sudah selesai / The case is closed', { allowed: [] });
    }
    const { rowCount } = await tx.query(
      `INSERT INTO gakkumdu_cases (case_id, centre_code, stage, article, opened_by, opened_at, updated_at)
       VALUES ($1, $2, 'FIRST_DISCUSSION', $3, $4, $5, $5) ON CONFLICT (case_id) DO NOTHING`,
      [id, row.office_code, req.article, principal.userId, now],
    );
    if (rowCount === 0)
      throw new AppError('CONFLICT', 'Sudah dibagikan ke Sentra Gakkumdu / Already shared with Gakkumdu');
    const data = { centre: row.office_code, article: req.article };
    await repo.appendEvent(
      tx,
      id,
      {
        command: 'GAKKUMDU_OPEN',
        from: row.status,
        to: row.status,
        note: req.note,
        public: false,
        data,
        actorId: principal.userId,
      },
      now,
    );
    return { action: 'case.gakkumdu_opened', subjectType: 'case', subjectId: id, data };
  });
}

/** Minutes of a discussion (first, second or third), with the article considered and the conclusion. */
export async function addDiscussion(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  id: string,
  req: z.infer<typeof GakkumduDiscussionRequest>,
) {
  return withLockedCase(deps, actor, now, principal, id, async (tx, { row, access }) => {
    requireAccess(access, 'gakkumdu');
    await tx.query(
      `INSERT INTO gakkumdu_discussions (case_id, seq, stage, held_on, article, conclusion, minutes, recorded_by, recorded_at)
       VALUES ($1, coalesce((SELECT max(seq) FROM gakkumdu_discussions WHERE case_id = $1), 0) + 1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, req.stage, req.heldOn, req.article, req.conclusion, req.minutes, principal.userId, now],
    );
    const stage = req.conclusion === 'STOP' ? 'STOPPED' : req.stage;
    await tx.query('UPDATE gakkumdu_cases SET stage = $2, article = $3, updated_at = $4 WHERE case_id = $1', [
      id,
      stage,
      req.article,
      now,
    ]);
    if (req.conclusion === 'STOP') await repo.meetDeadlines(tx, id, GAKKUMDU_STEPS, now);
    await repo.refreshSummary(tx, id);
    const data = { stage: req.stage, heldOn: req.heldOn, article: req.article, conclusion: req.conclusion };
    await repo.appendEvent(
      tx,
      id,
      {
        command: 'GAKKUMDU_DISCUSSION',
        from: row.status,
        to: row.status,
        public: false,
        data,
        actorId: principal.userId,
      },
      now,
    );
    return { action: 'case.gakkumdu_discussion', subjectType: 'case', subjectId: id, data };
  });
}

/** Moves the criminal track to a stage and starts that step's deadline; earlier steps are met. */
export async function moveGakkumduStage(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  id: string,
  req: z.infer<typeof GakkumduStepRequest>,
) {
  return withLockedCase(deps, actor, now, principal, id, async (tx, { row, access }) => {
    requireAccess(access, 'gakkumdu');
    const step = req.step ?? STEP_OF_STAGE[req.stage];
    if (step !== null && !GAKKUMDU_STEPS.includes(step)) {
      throw new AppError('VALIDATION_FAILED', 'Bukan tahap pidana / Not a criminal step', {
        in: 'body',
        issues: [{ path: ['step'], code: 'not_a_step', message: step }],
      });
    }
    await repo.meetDeadlines(tx, id, GAKKUMDU_STEPS, now);
    let deadline = null;
    if (step !== null) {
      const book = await loadRuleBook(tx, req.startedOn);
      deadline = deadlineRow(book, { regime: row.regime, code: step, start: req.startedOn, zone: row.time_zone });
      await repo.upsertDeadline(tx, id, deadline);
    }
    await tx.query('UPDATE gakkumdu_cases SET stage = $2, updated_at = $3 WHERE case_id = $1', [id, req.stage, now]);
    await repo.refreshSummary(tx, id);
    const data = { stage: req.stage, step, startedOn: req.startedOn, lastDay: deadline?.last_day ?? null };
    await repo.appendEvent(
      tx,
      id,
      {
        command: 'GAKKUMDU_STAGE',
        from: row.status,
        to: row.status,
        note: req.note ?? null,
        public: false,
        data,
        actorId: principal.userId,
      },
      now,
    );
    return { action: 'case.gakkumdu_stage', subjectType: 'case', subjectId: id, data };
  });
}

/** Cases shared with the officer's Sentra Gakkumdu (centres within their scope), nearest deadline first. */
export async function listGakkumdu(deps: AppDeps, principal: Principal, query: z.infer<typeof CaseListQuery>) {
  authorize(principal, 'gakkumdu.work');
  const { region: reach } = reachOf(principal, 'gakkumdu.work');
  const offset = offsetOf(query.cursor);
  const values: unknown[] = [];
  const where = reach === null ? '' : `WHERE g.centre_code = $1 OR g.centre_code LIKE $2`;
  if (reach !== null) values.push(reach, `${reach}.%`);
  const [list, count] = await Promise.all([
    deps.db.query<CaseRow & { gakkumdu_stage: string; article: string | null }>(
      `SELECT ${CASE_COLUMNS}, g.stage AS gakkumdu_stage, g.article
         FROM gakkumdu_cases g JOIN cases c ON c.id = g.case_id ${CASE_JOINS} ${where}
        ORDER BY c.next_deadline_at ASC NULLS LAST, c.id LIMIT ${query.limit} OFFSET ${offset}`,
      values,
    ),
    deps.db.query<{ total: number }>(`SELECT count(*)::int AS total FROM gakkumdu_cases g ${where}`, values),
  ]);
  const now = deps.clock();
  const items = list.rows.map((r) => ({
    ...presentCaseItem(r, now),
    gakkumduStage: r.gakkumdu_stage as fwd.GakkumduRow['stage'],
    article: r.article as 'PASAL_71_188' | 'PASAL_70_189' | 'OTHER' | null,
  }));
  return offsetPage(items, count.rows[0]?.total ?? 0, offset, query.limit);
}
