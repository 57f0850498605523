import type { FastifyReply } from 'fastify';
import type { ReceiptView, SubmissionReceipt } from '../../shared/api/reports';
import type { Queryable } from '../db/db';
import type { AppError } from '../http/errors';
import { getRegion } from '../regions/service';
import type { PagesEnv } from './env';
import type { PageI18n } from './i18n';
import { Layout, renderDocument } from './Layout';
import { Receipt, type ReceiptPageData } from './Receipt';
import { asTimeZone, lookupMessage, sendHtml } from './respond';
import { TrackPage } from './Track';

/** 'SURADITA, CISAUK, KABUPATEN TANGERANG, BANTEN' and the region's zone; null for an unknown code. */
export async function placeOf(db: Queryable, code: string) {
  try {
    const r = await getRegion(db, code);
    return { name: [r, ...r.ancestors.slice().reverse()].map((x) => x.name).join(', '), timeZone: r.timeZone };
  } catch {
    return null;
  }
}

/** The receipt page's data for a submission just made: the receipt plus what the form said. */
export async function receiptData(
  db: Queryable,
  receipt: SubmissionReceipt,
  regionCode: string,
  said: Pick<ReceiptPageData, 'parties' | 'acts' | 'evidence' | 'links' | 'placeDetail'>,
): Promise<ReceiptPageData> {
  const place = await placeOf(db, regionCode);
  return {
    kind: receipt.kind,
    trackingCode: receipt.trackingCode,
    receivedAt: receipt.receivedAt,
    timeZone: asTimeZone(place?.timeZone),
    office: receipt.office,
    incidentRegion: place ? { name: place.name } : null,
    ...said,
    requirements: receipt.requirements,
  };
}

/** The receipt page's data from a receipt looked up by its code. */
export async function fromView(db: Queryable, view: ReceiptView): Promise<ReceiptPageData> {
  const place = view.incidentRegion ? await placeOf(db, view.incidentRegion.code) : null;
  return {
    ...view,
    timeZone: asTimeZone(view.timeZone),
    incidentRegion: place ? { name: place.name } : view.incidentRegion,
  };
}

export function receiptPage(env: PagesEnv, i18n: PageI18n, data: ReceiptPageData, path: string): string {
  const isTip = data.kind === 'TIP';
  return renderDocument(
    <Layout
      i18n={i18n}
      assets={env.assets}
      title={i18n.t(isTip ? 'receipt.tipTitle' : 'receipt.title')}
      section={isTip ? 'tip' : 'report'}
      path={path}
    >
      <Receipt i18n={i18n} data={data} />
    </Layout>,
  );
}

/** The tracking page with a lookup's error (malformed or unknown code, rate limited…). */
export function trackError(env: PagesEnv, reply: FastifyReply, i18n: PageI18n, code: string, err: AppError) {
  return sendHtml(reply, err.status, trackHtml(env, i18n, code, lookupMessage(err, i18n), null), 'no-store');
}

export function trackHtml(
  env: PagesEnv,
  i18n: PageI18n,
  code: string,
  error: string | null,
  result: Parameters<typeof TrackPage>[0]['result'],
): string {
  return renderDocument(
    <Layout i18n={i18n} assets={env.assets} title={i18n.t('track.title')} section="track" path="/lacak">
      <TrackPage i18n={i18n} code={code} error={error} result={result} />
    </Layout>,
  );
}
