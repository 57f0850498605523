import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ReportSubmission } from '../../shared/api/reports';
import { AppError } from '../http/errors';
import { actorOf } from '../http/mount';
import { readSubmission } from '../http/submission';
import { submitPublicReport } from '../reports/public-service';
import { receiptFor } from '../reports/receipt-service';
import type { PagesEnv } from './env';
import { chooseLang, pageI18n } from './i18n';
import { intakePages, type IntakePage } from './intake-pages';
import { areaPreparer } from './prepare';
import { fromView, receiptPage, trackError } from './receipts';
import { ReportForm, reportFieldNames, reportRows } from './ReportForm';
import { formText, sendHtml } from './respond';

/** GET /lapor (the form), POST /lapor (the submission → receipt), POST /lapor/terima (receipt by code). */

/** Groups given when absent, so an untouched group's fields are each reported as required. */
const REPORT_GROUPS = { reporter: () => ({}), incident: () => ({}), parties: () => [] };

const REPORT_PAGE: IntakePage<ReportSubmission> = {
  path: '/lapor',
  kind: 'report',
  Form: ReportForm,
  fields: (values) => reportFieldNames(reportRows(values)),
  read: (env, request, capture) =>
    readSubmission(request, env.deps, ReportSubmission, {
      arrays: ['acts'],
      files: true,
      prepare: areaPreparer(env.deps.db, ReportSubmission, 'incident', capture, REPORT_GROUPS),
    }),
  store: submitPublicReport,
  summary: (body) => ({
    regionCode: body.incident.regionCode,
    parties: body.parties.map((p) => ({ name: p.name, subjectType: p.subjectType })),
    acts: body.acts,
    links: body.links,
    placeDetail: body.incident.placeDetail ?? null,
  }),
};

/** The receipt of a report sent by the enhanced form (by XMLHttpRequest), from its code. */
async function receiptByCode(env: PagesEnv, request: FastifyRequest, reply: FastifyReply, path: string) {
  const i18n = pageI18n(chooseLang(request, reply));
  const code = formText(request.body, 'code');
  try {
    const view = await receiptFor(env.deps, actorOf(request, null), env.deps.clock(), code);
    return sendHtml(reply, 200, receiptPage(env, i18n, await fromView(env.deps.db, view), path), 'no-store');
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return trackError(env, reply, i18n, code, err);
  }
}

export function reportPages(app: FastifyInstance, env: PagesEnv): void {
  intakePages(app, env, REPORT_PAGE);
  app.post('/lapor/terima', (request, reply) => receiptByCode(env, request, reply, '/lapor'));
  app.post('/informasi/terima', (request, reply) => receiptByCode(env, request, reply, '/informasi'));
}
