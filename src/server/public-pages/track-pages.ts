import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { normalizeTrackingCode } from '../../domain/intake/tracking-code';
import { withdrawByReporter } from '../cases/withdraw';
import { AppError } from '../http/errors';
import { actorOf } from '../http/mount';
import { trackReport } from '../reports/public-service';
import { receiptPdfFor } from '../reports/receipt-service';
import type { PagesEnv } from './env';
import { chooseLang, pageI18n } from './i18n';
import { trackError, trackHtml } from './receipts';
import { formText, sendHtml } from './respond';

/** GET/POST /lacak (status by code) and POST /lapor/tanda-terima.pdf (the receipt as PDF). */

async function postTrack(env: PagesEnv, request: FastifyRequest, reply: FastifyReply) {
  const i18n = pageI18n(chooseLang(request, reply));
  const code = formText(request.body, 'code');
  try {
    const result = await trackReport(env.deps, actorOf(request, null), env.deps.clock(), code);
    return sendHtml(reply, 200, trackHtml(env, i18n, code, null, result), 'no-store');
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return trackError(env, reply, i18n, code, err);
  }
}

async function postWithdraw(env: PagesEnv, request: FastifyRequest, reply: FastifyReply) {
  const i18n = pageI18n(chooseLang(request, reply));
  const code = formText(request.body, 'code');
  try {
    const actor = actorOf(request, null);
    const result = await withdrawByReporter(env.deps, actor, env.deps.clock(), code, formText(request.body, 'note'));
    return sendHtml(reply, 200, trackHtml(env, i18n, code, null, result), 'no-store');
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return trackError(env, reply, i18n, code, err);
  }
}

async function postPdf(env: PagesEnv, request: FastifyRequest, reply: FastifyReply) {
  const i18n = pageI18n(chooseLang(request, reply));
  const code = formText(request.body, 'code');
  try {
    const pdf = await receiptPdfFor(env.deps, actorOf(request, null), env.deps.clock(), code);
    // The file name from the canonical code only: nothing the client typed reaches the header.
    const name = normalizeTrackingCode(code) ?? 'netra';
    return reply
      .status(200)
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="tanda-terima-${name}.pdf"`)
      .type('application/pdf')
      .send(pdf);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return trackError(env, reply, i18n, code, err);
  }
}

export function trackPages(app: FastifyInstance, env: PagesEnv): void {
  app.get('/lacak', async (request, reply) => {
    const i18n = pageI18n(chooseLang(request, reply));
    return sendHtml(reply, 200, trackHtml(env, i18n, '', null, null), 'no-cache');
  });
  app.post('/lacak', (request, reply) => postTrack(env, request, reply));
  app.post('/lacak/cabut', (request, reply) => postWithdraw(env, request, reply));
  app.post('/lapor/tanda-terima.pdf', (request, reply) => postPdf(env, request, reply));
}
