import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TipSubmission } from '../../shared/api/reports';
import { AppError } from '../http/errors';
import { actorOf } from '../http/mount';
import { readSubmission } from '../http/submission';
import { submitTip } from '../reports/public-service';
import type { PagesEnv } from './env';
import type { FieldErrors } from './fields';
import { FormValues } from './form-values';
import { chooseLang, clientMessages, pageI18n, type PageI18n } from './i18n';
import { Layout, renderDocument } from './Layout';
import { areaPreparer, captured } from './prepare';
import { receiptData, receiptPage } from './receipts';
import { regenciesByProvince, type AreaCandidate } from './regions';
import { formTitle, newIdempotencyKey, refusalOf, sendHtml } from './respond';
import { TIP_FIELDS, TipForm } from './TipForm';

/** GET /informasi (the anonymous tip form) and POST /informasi (the tip → its receipt). */

interface FormState {
  values: FormValues;
  errors: FieldErrors;
  message: string | null;
  candidates: AreaCandidate[];
  reattach: boolean;
}

async function renderForm(env: PagesEnv, i18n: PageI18n, state: FormState): Promise<string> {
  const regions = await regenciesByProvince(env.deps.db);
  return renderDocument(
    <Layout i18n={i18n} assets={env.assets} title={formTitle(i18n, 'tip.title', state)} section="tip" path="/informasi">
      <TipForm
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

async function postTip(env: PagesEnv, request: FastifyRequest, reply: FastifyReply) {
  const i18n = pageI18n(chooseLang(request, reply));
  const capture = captured();
  try {
    const sub = await readSubmission(request, env.deps, TipSubmission, {
      files: true,
      prepare: areaPreparer(env.deps.db, TipSubmission, 'top', capture),
    });
    const evidence = sub.files.map((f) => ({ filename: f.filename, size: f.size }));
    const body = sub.body;
    const receipt = await submitTip(env.deps, actorOf(request, null), env.deps.clock(), sub);
    const data = await receiptData(env.deps.db, receipt, body.regionCode, {
      parties: [],
      acts: [],
      evidence,
      links: body.links,
      placeDetail: body.placeDetail ?? null,
    });
    return sendHtml(reply, 200, receiptPage(env, i18n, data, '/informasi'), 'no-store');
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const refusal = refusalOf(err, i18n, TIP_FIELDS, env.deps.config.uploads);
    const html = await renderForm(env, i18n, {
      values: new FormValues(capture.raw ?? {}),
      errors: refusal.errors,
      message: refusal.message,
      candidates: capture.candidates,
      reattach: true,
    });
    return sendHtml(reply, refusal.status, html, 'no-store');
  }
}

export function tipPages(app: FastifyInstance, env: PagesEnv): void {
  app.get('/informasi', async (request, reply) => {
    const i18n = pageI18n(chooseLang(request, reply));
    const html = await renderForm(env, i18n, {
      values: new FormValues(),
      errors: new Map(),
      message: null,
      candidates: [],
      reattach: false,
    });
    return sendHtml(reply, 200, html, 'no-cache');
  });
  app.post('/informasi', (request, reply) => postTip(env, request, reply));
}
