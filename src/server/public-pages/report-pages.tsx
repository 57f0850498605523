import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ReportSubmission } from '../../shared/api/reports';
import { AppError } from '../http/errors';
import { actorOf } from '../http/mount';
import { readSubmission } from '../http/submission';
import { submitPublicReport } from '../reports/public-service';
import { receiptFor } from '../reports/receipt-service';
import { Layout, renderDocument } from './Layout';
import type { PagesEnv } from './env';
import type { FieldErrors } from './fields';
import { FormValues } from './form-values';
import { chooseLang, clientMessages, pageI18n, type PageI18n } from './i18n';
import { areaPreparer, captured } from './prepare';
import { fromView, receiptData, receiptPage, trackError } from './receipts';
import { regenciesByProvince, type AreaCandidate } from './regions';
import { ReportForm, reportFieldNames, reportRows } from './ReportForm';
import { formText, formTitle, newIdempotencyKey, refusalOf, sendHtml } from './respond';

/** GET /lapor (the form), POST /lapor (the submission → receipt), POST /lapor/terima (receipt by code). */

interface FormState {
  values: FormValues;
  errors: FieldErrors;
  message: string | null;
  candidates: AreaCandidate[];
  reattach: boolean;
}

const EMPTY: FormState = {
  values: new FormValues(),
  errors: new Map(),
  message: null,
  candidates: [],
  reattach: false,
};

async function renderForm(env: PagesEnv, i18n: PageI18n, state: FormState): Promise<string> {
  const regions = await regenciesByProvince(env.deps.db);
  return renderDocument(
    <Layout
      i18n={i18n}
      assets={env.assets}
      title={formTitle(i18n, 'report.title', state)}
      section="report"
      path="/lapor"
    >
      <ReportForm
        ctx={{ i18n, values: state.values, errors: state.errors }}
        regions={regions}
        candidates={state.candidates}
        idempotencyKey={newIdempotencyKey()}
        message={state.message}
        reattach={state.reattach}
        clientMessages={JSON.stringify(clientMessages(i18n))}
        uploads={env.deps.config.uploads}
      />
    </Layout>,
  );
}

/** Groups given when absent, so an untouched group's fields are each reported as required. */
const REPORT_GROUPS = { reporter: () => ({}), incident: () => ({}), parties: () => [] };

async function postReport(env: PagesEnv, request: FastifyRequest, reply: FastifyReply) {
  const i18n = pageI18n(chooseLang(request, reply));
  const capture = captured();
  try {
    const sub = await readSubmission(request, env.deps, ReportSubmission, {
      arrays: ['acts'],
      files: true,
      prepare: areaPreparer(env.deps.db, ReportSubmission, 'incident', capture, REPORT_GROUPS),
    });
    const evidence = sub.files.map((f) => ({ filename: f.filename, size: f.size }));
    const body = sub.body;
    const receipt = await submitPublicReport(env.deps, actorOf(request, null), env.deps.clock(), sub);
    const data = await receiptData(env.deps.db, receipt, body.incident.regionCode, {
      parties: body.parties.map((p) => ({ name: p.name, subjectType: p.subjectType })),
      acts: body.acts,
      evidence,
      links: body.links,
      placeDetail: body.incident.placeDetail ?? null,
    });
    return sendHtml(reply, 200, receiptPage(env, i18n, data, '/lapor'), 'no-store');
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const values = new FormValues(capture.raw ?? {});
    const refusal = refusalOf(err, i18n, reportFieldNames(reportRows(values)), env.deps.config.uploads);
    const html = await renderForm(env, i18n, {
      values,
      errors: refusal.errors,
      message: refusal.message,
      candidates: capture.candidates,
      reattach: true,
    });
    return sendHtml(reply, refusal.status, html, 'no-store');
  }
}

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
  app.get('/lapor', async (request, reply) => {
    const i18n = pageI18n(chooseLang(request, reply));
    return sendHtml(reply, 200, await renderForm(env, i18n, EMPTY), 'no-cache');
  });
  app.post('/lapor', (request, reply) => postReport(env, request, reply));
  app.post('/lapor/terima', (request, reply) => receiptByCode(env, request, reply, '/lapor'));
  app.post('/informasi/terima', (request, reply) => receiptByCode(env, request, reply, '/informasi'));
}
