import type { FastifyInstance } from 'fastify';
import { TipSubmission } from '../../shared/api/reports';
import { readSubmission } from '../http/submission';
import { submitTip } from '../reports/public-service';
import type { PagesEnv } from './env';
import { intakePages, type IntakePage } from './intake-pages';
import { areaPreparer } from './prepare';
import { TIP_FIELDS, TipForm } from './TipForm';

/** GET /informasi (the anonymous tip form) and POST /informasi (the tip → its receipt). */

const TIP_PAGE: IntakePage<TipSubmission> = {
  path: '/informasi',
  kind: 'tip',
  Form: TipForm,
  fields: () => TIP_FIELDS,
  read: (env, request, capture) =>
    readSubmission(request, env.deps, TipSubmission, {
      files: true,
      prepare: areaPreparer(env.deps.db, TipSubmission, 'top', capture),
    }),
  store: submitTip,
  summary: (body) => ({
    regionCode: body.regionCode,
    parties: [],
    acts: [],
    links: body.links,
    placeDetail: body.placeDetail ?? null,
  }),
};

export function tipPages(app: FastifyInstance, env: PagesEnv): void {
  intakePages(app, env, TIP_PAGE);
}
