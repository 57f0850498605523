import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import type { SubmissionReceipt } from '../../shared/api/reports';
import type { Actor } from '../audit/audit';
import type { AppDeps } from '../deps';
import { AppError } from '../http/errors';
import { actorOf } from '../http/mount';
import { takeSubmitSlot } from '../reports/public-service';
import type { Submission } from '../http/submission';
import type { IntakeFormProps } from './blocks';
import type { PagesEnv } from './env';
import type { FieldErrors } from './fields';
import { FormValues } from './form-values';
import { chooseLang, clientMessages, pageI18n, type PageI18n } from './i18n';
import { Layout, renderDocument } from './Layout';
import { captured, type Captured } from './prepare';
import type { ReceiptPageData } from './Receipt';
import { receiptData, receiptPage } from './receipts';
import { regenciesByProvince, type AreaCandidate } from './regions';
import { formTitle, newIdempotencyKey, refusalOf, sendHtml } from './respond';

/**
 * The flow the report form (/lapor) and the tip form (/informasi) share: GET renders the empty form;
 * POST reads, stores and answers with the receipt, or renders the form again with what was typed,
 * each problem next to its field, and a request to attach the files again.
 */
export interface IntakePage<T> {
  path: '/lapor' | '/informasi';
  kind: 'report' | 'tip';
  Form: (p: IntakeFormProps) => ReactElement;
  /** The field names the form has when showing these values, to place a refusal's issues. */
  fields: (values: FormValues) => ReadonlySet<string>;
  /** Reads and validates a submission; `capture` keeps what was typed (and place candidates). */
  read: (env: PagesEnv, request: FastifyRequest, capture: Captured) => Promise<Submission<T>>;
  store: (deps: AppDeps, actor: Actor, now: Date, sub: Submission<T>) => Promise<SubmissionReceipt>;
  /** What the receipt repeats of the submission, and the region whose name and zone it shows. */
  summary: (body: T) => Pick<ReceiptPageData, 'parties' | 'acts' | 'links' | 'placeDetail'> & { regionCode: string };
}

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

async function renderForm<T>(env: PagesEnv, i18n: PageI18n, page: IntakePage<T>, state: FormState): Promise<string> {
  const regions = await regenciesByProvince(env.deps.db);
  const { Form } = page;
  return renderDocument(
    <Layout
      i18n={i18n}
      assets={env.assets}
      title={formTitle(i18n, `${page.kind}.title`, state)}
      section={page.kind}
      path={page.path}
    >
      <Form
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

async function postIntake<T>(env: PagesEnv, page: IntakePage<T>, request: FastifyRequest, reply: FastifyReply) {
  const i18n = pageI18n(chooseLang(request, reply));
  const capture = captured();
  try {
    await takeSubmitSlot(env.deps, actorOf(request, null), env.deps.clock());
    const sub = await page.read(env, request, capture);
    const evidence = sub.files.map((f) => ({ filename: f.filename, size: f.size }));
    const { regionCode, parties, acts, links, placeDetail } = page.summary(sub.body);
    const receipt = await page.store(env.deps, actorOf(request, null), env.deps.clock(), sub);
    const data = await receiptData(env.deps.db, receipt, regionCode, { parties, acts, evidence, links, placeDetail });
    return sendHtml(reply, 200, receiptPage(env, i18n, data, page.path), 'no-store');
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const values = new FormValues(capture.raw ?? {});
    const refusal = refusalOf(err, i18n, page.fields(values), env.deps.config.uploads);
    const html = await renderForm(env, i18n, page, {
      values,
      errors: refusal.errors,
      message: refusal.message,
      candidates: capture.candidates,
      reattach: true,
    });
    return sendHtml(reply, refusal.status, html, 'no-store');
  }
}

/** GET and POST of one intake form. */
export function intakePages<T>(app: FastifyInstance, env: PagesEnv, page: IntakePage<T>): void {
  app.get(page.path, async (request, reply) => {
    const i18n = pageI18n(chooseLang(request, reply));
    return sendHtml(reply, 200, await renderForm(env, i18n, page, EMPTY), 'no-cache');
  });
  app.post(page.path, (request, reply) => postIntake(env, page, request, reply));
}
