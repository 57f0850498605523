import { allowedCommands, routeFor } from '../../domain/cases';
import { localDateOf } from '../../domain/deadlines/calendar';
import type { CaseDetail, DeadlineView, ForwardingView } from '../../shared/api/cases';
import { CASE_COMMANDS, GAKKUMDU_STEPS, type CaseCommandType, type CriminalArticle } from '../../shared/cases';
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/db';
import { officeName } from '../reports/office';
import type { CaseAccess } from './access';
import { snapshotOf } from './command-service';
import { presentDeadline } from './deadline-rows';
import * as fwd from './forwarding-repository';
import { officeOfCase, presentCaseItem } from './presenter';
import * as repo from './repository';
import { loadRuleBook, type RuleBook } from './rules-repository';

/** Every command but the follow-up needs the right to handle the case (the state machine then says which apply now). */
const NEEDS_HANDLE: readonly CaseCommandType[] = CASE_COMMANDS.filter((c) => c !== 'RECORD_FOLLOW_UP');

/**
 * Why a forwarding went to its body: the routing rule for the category, subject and date of the act.
 * One sentence in Bahasa Indonesia, " / ", the same in English (as every explanation).
 */
function routeExplanation(book: RuleBook, f: fwd.ForwardingRow, actOn: string): string {
  const route = routeFor(book.routing, { category: f.category, subjectType: f.subject_type, actOn });
  const what = `${f.category} × ${f.subject_type}, ${actOn}`;
  if (!route) {
    return `Tidak ada aturan penerusan untuk ${what}; ${f.body} dipilih petugas / No routing rule for ${what}; ${f.body} chosen by the officer`;
  }
  const r = route.rule;
  const period = `${r.effectiveFrom}${r.effectiveTo ? `–${r.effectiveTo}` : ''}`;
  if (route.body !== f.body) {
    return `Aturan (${period}) menunjuk ${route.body}; petugas memilih ${f.body}. ${r.source} / The rule (${period}) names ${route.body}; the officer chose ${f.body}.`;
  }
  return `${what} → ${f.body} menurut aturan yang berlaku ${period}: ${r.source} / ${what} → ${f.body} by the rule in force ${period}.`;
}

function presentForwarding(
  book: RuleBook,
  row: repo.CaseRow,
  f: fwd.ForwardingRow,
  followUps: readonly fwd.FollowUpRow[],
  deadline: DeadlineView | undefined,
  now: Date,
): ForwardingView {
  const actOn = row.act_on ?? localDateOf(row.received_at, row.time_zone);
  const expectedReply: DeadlineView = deadline ?? {
    code: 'FORWARDING_REPLY',
    ref: f.id,
    startOn: f.letter_date,
    lastDay: f.expected_reply_on,
    dueAt: f.expected_reply_at.toISOString(),
    zoneLabel: row.time_zone,
    state: f.final ? 'OK' : f.expected_reply_at <= now ? 'OVERDUE' : 'OK',
    met: f.final,
    rule: {
      code: 'FORWARDING_REPLY',
      regime: row.regime,
      effectiveFrom: f.letter_date,
      days: null,
      unit: null,
      source: '-',
    },
    extension: null,
    explanation: `Tanggal jawaban ditetapkan petugas: ${f.expected_reply_on} / Reply date set by the officer`,
  };
  return {
    id: f.id,
    caseId: f.case_id,
    partyPosition: f.party_position,
    partyName: f.party_name,
    subjectType: f.subject_type,
    category: f.category,
    body: f.body,
    bodyDetail: f.body_detail,
    letterNumber: f.letter_number,
    letterDate: f.letter_date,
    expectedReply,
    status: f.status,
    final: f.final,
    routeExplanation: routeExplanation(book, f, actOn),
    followUps: followUps
      .filter((u) => u.forwarding_id === f.id)
      .map((u) => ({
        seq: u.seq,
        status: u.status,
        sanctions: u.sanctions,
        note: u.note,
        recordedBy: u.recorded_by_name,
        recordedAt: u.recorded_at.toISOString(),
      })),
  };
}

/** The forwardings of a case as the API shows them. */
export async function presentForwardings(db: Queryable, row: repo.CaseRow, now: Date): Promise<ForwardingView[]> {
  const [book, deadlines, forwardings] = await Promise.all([
    loadRuleBook(db, localDateOf(row.received_at, row.time_zone)),
    repo.findDeadlines(db, row.id),
    fwd.findForwardings(db, row.id),
  ]);
  const followUps = await fwd.findFollowUps(
    db,
    forwardings.map((f) => f.id),
  );
  return forwardings.map((f) => {
    const d = deadlines.find((x) => x.code === 'FORWARDING_REPLY' && x.ref === f.id);
    return presentForwarding(
      book,
      row,
      f,
      followUps,
      d ? presentDeadline(book, d, row.time_zone, now) : undefined,
      now,
    );
  });
}

/** Everything the case page shows, and only the actions this officer may take now. */
export async function presentCaseDetail(
  db: Queryable,
  principal: Principal,
  row: repo.CaseRow,
  access: CaseAccess,
  now: Date,
): Promise<CaseDetail> {
  const [book, reports, parties, deadlines, events, documents, gakkumdu, snapshot, forwardings] = await Promise.all([
    loadRuleBook(db, localDateOf(row.received_at, row.time_zone)),
    repo.findCaseReports(db, row.id),
    repo.findParties(db, row.id),
    repo.findDeadlines(db, row.id),
    repo.findEvents(db, row.id),
    fwd.findDocuments(db, row.id),
    fwd.findGakkumdu(db, row.id),
    snapshotOf(db, row),
    presentForwardings(db, row, now),
  ]);
  const discussions = gakkumdu ? await fwd.findDiscussions(db, row.id) : [];
  const deadlineViews = deadlines.map((d) => presentDeadline(book, d, row.time_zone, now));
  const domainAllowed = allowedCommands(snapshot, { role: principal.role });
  const allowed = domainAllowed.filter((c) =>
    c === 'RECORD_FOLLOW_UP' ? access.followUp !== null : NEEDS_HANDLE.includes(c) && access.handle,
  );
  const GAKKUMDU_CODES = new Set<string>(GAKKUMDU_STEPS);
  return {
    ...presentCaseItem(row, now),
    regime: row.regime,
    electionId: row.election_id,
    governorElection: row.governor_election,
    actOn: row.act_on,
    registeredAt: row.registered_at?.toISOString() ?? null,
    requirementsMet: row.requirements_met,
    decisionExtended: row.decision_extended,
    mergedInto: row.merged_into,
    reports: reports.map((r) => ({
      id: r.id,
      kind: r.kind,
      channel: r.channel,
      receivedAt: r.received_at.toISOString(),
      reporterName: r.name_masked,
      hasEmail: r.has_email,
      requirements: r.requirements,
      evidenceCount: r.evidence_count,
    })),
    parties: parties.map((p) => ({
      position: p.position,
      name: p.name,
      subjectType: p.subject_type,
      positionTitle: p.position_title,
      agency: p.agency,
      regionCode: p.region_code,
      identityNumber: p.identity_number,
      categories: p.categories,
    })),
    deadlines: deadlineViews.filter((d) => d.code !== 'FORWARDING_REPLY' && !GAKKUMDU_CODES.has(d.code)),
    timeline: events.map((e) => ({
      seq: e.seq,
      command: e.command,
      from: e.from_status,
      to: e.to_status,
      reasonCode: e.reason_code,
      note: e.note,
      public: e.public,
      actor: e.actor_name,
      at: e.at.toISOString(),
      data: e.data,
    })),
    forwardings,
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      number: d.number,
      sha256: d.sha256,
      forwardingId: d.forwarding_id,
      createdAt: d.created_at.toISOString(),
    })),
    gakkumdu: gakkumdu
      ? {
          centre: { code: gakkumdu.centre_code, name: officeName(gakkumdu.centre_level, gakkumdu.centre_name) },
          stage: gakkumdu.stage,
          article: gakkumdu.article as CriminalArticle | null,
          openedAt: gakkumdu.opened_at.toISOString(),
          discussions: discussions.map((d) => ({
            seq: d.seq,
            stage: d.stage,
            heldOn: d.held_on,
            article: d.article as CriminalArticle,
            conclusion: d.conclusion,
            minutes: d.minutes,
            recordedBy: d.recorded_by_name,
            recordedAt: d.recorded_at.toISOString(),
          })),
          deadlines: deadlineViews.filter((d) => GAKKUMDU_CODES.has(d.code)),
        }
      : null,
    allowed,
    can: {
      forward: access.handle && domainAllowed.includes('FORWARD'),
      followUp: access.followUp !== null && forwardings.some((f) => !f.final),
      delegate: access.handle && domainAllowed.includes('DELEGATE'),
      merge: access.handle && domainAllowed.includes('MERGE'),
      gakkumdu: access.gakkumdu || (access.handle && !snapshot.status.startsWith('NOT_') && gakkumdu === null),
      documents: access.handle,
      override: access.override,
    },
  };
}

export { officeOfCase };
